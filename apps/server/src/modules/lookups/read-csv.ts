import { CsvError, parse } from 'csv-parse/sync';
import type { CsvRecord, RowProblem } from './domain/check-rows.ts';

const NOT_UTF8 =
  'Tệp không phải văn bản UTF-8 (có thể là mã TCVN3/VNI hoặc tệp Excel). Trong Excel chọn Lưu thành › "CSV UTF-8" rồi nhập lại.';

/** The delimiter of the header line: Excel in a Vietnamese locale writes `;`, others `,` or a tab. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const count = (char: string) => header.split(char).length - 1;
  return [',', ';', '\t'].reduce((best, char) => (count(char) > count(best) ? char : best), ',');
}

/**
 * Reads a CSV file's text into records with their starting line: UTF-8 (a byte-order mark is
 * dropped), NFC, `,` `;` or tab delimited, quoted cells may span lines; blank lines are skipped.
 * Text that is not UTF-8 or not CSV comes back as a problem on the line where it shows.
 */
export function readCsv(text: string): { ok: true; records: CsvRecord[] } | { ok: false; problems: RowProblem[] } {
  const normal = text.replace(/\r\n?/g, '\n').normalize('NFC');
  const broken = normal.indexOf('\uFFFD');
  if (broken >= 0)
    return { ok: false, problems: [{ line: normal.slice(0, broken).split('\n').length, message: NOT_UTF8 }] };
  try {
    const parsed = parse(normal, {
      bom: true,
      delimiter: delimiterOf(normal.replace(/^\uFEFF/, '')),
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; raw: string; info: { lines: number } }[];
    const records = parsed.map(({ record, raw, info }) => ({
      line: info.lines - (raw.replace(/^\n+|\n$/g, '').split('\n').length - 1),
      cells: record,
    }));
    return { ok: true, records };
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error['lines'] === 'number' ? error['lines'] : 1;
      return { ok: false, problems: [{ line, message: `Tệp CSV không đọc được: ${error.message}` }] };
    }
    throw error;
  }
}
