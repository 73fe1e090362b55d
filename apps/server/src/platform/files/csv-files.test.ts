import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { CsvFileError, readCsvRecords, readCsvRows } from './csv-records.ts';
import { csvStream, csvText } from './csv-writer.ts';

function failure(read: () => unknown): CsvFileError | undefined {
  try {
    read();
  } catch (error) {
    if (error instanceof CsvFileError) return error;
    throw error;
  }
  return undefined;
}

describe('reading CSV', () => {
  it('gives each record the line it starts on, skipping blank lines, with `;` and a byte-order mark', () => {
    expect(readCsvRecords('\uFEFFa;b\r\n1;"x\r\ny"\r\n\r\n3;4')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', 'x\ny'] },
      { line: 5, cells: ['3', '4'] },
    ]);
  });

  it('reads tab-delimited text, NFC, trimmed cells, spaces around quotes, and lines after blank ones', () => {
    const decomposed = 'Nguyễn Trãi'.normalize('NFD');
    expect(readCsvRecords(`\n\nstreet\tvt1\n  ${decomposed} \t12.000.000 \n   \n"a\n\nb"\t1`)).toEqual([
      { line: 3, cells: ['street', 'vt1'] },
      { line: 4, cells: ['Nguyễn Trãi', '12.000.000'] },
      { line: 6, cells: ['a\n\nb', '1'] },
    ]);
    expect(readCsvRecords('a, "b" ,c')).toEqual([{ line: 1, cells: ['a', 'b', 'c'] }]);
  });

  it('refuses text that is not UTF-8 and unclosed quotes, naming the line', () => {
    expect(failure(() => readCsvRecords('a,b\n1,2\nNguy\uFFFDn,3'))).toMatchObject({ reason: 'not_utf8', line: 3 });
    const open = failure(() => readCsvRecords('a,b\n1,"2\n3,4'));
    expect(open).toMatchObject({ reason: 'not_csv', line: 3 });
    expect(open?.message).toMatch(/^line 3: not valid CSV \(Quote Not Closed/);
  });

  it('maps rows to their header, and names the row whose cells do not match it, or an empty file', () => {
    expect(readCsvRows('eid;name\r\n000.20.01.H51;"Trung tâm; tỉnh"\r\n')).toEqual({
      header: ['eid', 'name'],
      rows: [{ line: 2, value: { eid: '000.20.01.H51', name: 'Trung tâm; tỉnh' } }],
    });
    const short = failure(() => readCsvRows('a,b,c\n1,2,3\n\n4,5\n'));
    expect(short).toMatchObject({ reason: 'row_length', line: 4 });
    expect(short?.message).toBe('line 4: not valid CSV (2 cells where the header has 3)');
    expect(failure(() => readCsvRows('\uFEFF\r\n'))?.message).toBe('line 1: empty file (a header row is required)');
  });
});

describe('writing CSV', () => {
  const columns = ['code', 'note', 'count'];
  const rows = [
    ['H51-250301-0001', 'Có dấu phẩy, và "ngoặc kép"', 2],
    ['H51-250301-0002', 'hai\ndòng', null],
  ];
  const expected =
    '\uFEFFcode,note,count\nH51-250301-0001,"Có dấu phẩy, và ""ngoặc kép""",2\nH51-250301-0002,"hai\ndòng",\n';

  it('writes a byte-order mark, a header, quoted cells where needed and one line per row', () => {
    expect(csvText(columns, rows)).toBe(expected);
    expect(csvText(['username'], [['admin@tinh']], { bom: false })).toBe('username\nadmin@tinh\n');
    expect(readCsvRows(expected).rows[0]?.value['note']).toBe('Có dấu phẩy, và "ngoặc kép"');
  });

  it('streams the same bytes as it writes at once, and the header alone when there are no rows', async () => {
    async function* from(items: (string | number | null)[][]) {
      for (const item of items) yield await Promise.resolve(item);
    }
    expect((await buffer(csvStream(columns, from(rows)))).toString('utf8')).toBe(expected);
    expect((await buffer(csvStream(columns, from([])))).toString('utf8')).toBe('\uFEFFcode,note,count\n');
  });
});
