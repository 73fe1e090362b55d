import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/harness.ts';
import { tenantWithUnits } from '../../../test/factories/tenant.ts';
import { readCsvRows } from '../../platform/files/csv-records.ts';
import { withTx } from '../../platform/db/database.ts';
import { findCurrentVersion } from './catalog.repo.ts';
import { fromNationalRecord, type NationalRecord } from './national-record.ts';
import { catalogRecordsFromCsv } from './national-csv.ts';
import { importCatalog } from './use-cases/import-catalog.ts';

const CSV = [
  'code;Tên thủ tục;Lĩnh vực;Mã lĩnh vực;CẤP THỰC HIỆN;Cách thức thực hiện;Thành phần hồ sơ;Căn cứ pháp lý;Từ khóa;Toàn trình',
  '1.001193;Thủ tục đăng ký khai sinh;Hộ tịch;G15-TP07;Cấp Xã;"Trực tiếp | 1 Ngày làm việc | 0 | Miễn lệ phí đăng ký đúng hạn',
  'Trực tuyến | 1 Ngày làm việc | 8.000 đồng | Cấp bản sao trích lục";"Trường hợp thông thường:',
  'Tờ khai đăng ký khai sinh | 1 | 0 | x',
  'Giấy chứng sinh | 1 | 0 | có',
  'Văn bản ủy quyền | 0 | 1 |";60/2014/QH13 | Luật Hộ tịch;giấy khai sinh, làm giấy khai sinh;x',
  '2.000815;Chứng thực bản sao;Chứng thực;;Cấp Tỉnh;Tận nhà | 3 tuần | phí cao;Bản chính | một | 0;;;',
].join('\n');

describe('a catalogue CSV in the national database layout', () => {
  const { records, problems } = catalogRecordsFromCsv(readCsvRows(CSV));

  it('reads headers in either naming and maps channels, documents, legal basis and keywords', () => {
    const definition = fromNationalRecord(records[0]?.value as NationalRecord);
    expect(definition).toMatchObject({
      code: '1.001193',
      level: 'commune',
      field: { code: 'G15-TP07', name: 'Hộ tịch' },
      onlineLevel: 'full',
      processingTime: { value: 1, unit: 'working_days' },
      legalBasis: [{ code: '60/2014/QH13', name: 'Luật Hộ tịch' }],
      keywords: ['giấy khai sinh', 'làm giấy khai sinh'],
      uncertainties: [],
    });
    expect(definition.channels.map((c) => [c.channel, c.fee.amount])).toEqual([
      ['counter', 0],
      ['online', 8000],
    ]);
    expect(definition.cases).toEqual([
      {
        key: 'case-1',
        name: 'Trường hợp thông thường',
        documents: [
          { key: 'doc-1', name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0, required: true },
          { key: 'doc-2', name: 'Giấy chứng sinh', originals: 1, copies: 0, required: true },
          { key: 'doc-3', name: 'Văn bản ủy quyền', originals: 0, copies: 1, required: false },
        ],
      },
    ]);
  });

  it('names every cell it cannot read, with the line its row starts on', () => {
    expect(problems.map((p) => [p.line, p.message.split(' — ')[0]])).toEqual([
      [7, 'executionMethods, dòng 1: hình thức nộp "Tận nhà" không rõ'],
      [7, 'executionMethods, dòng 1: không đọc được thời hạn "3 tuần"'],
      [7, 'executionMethods, dòng 1: không đọc được phí "phí cao"'],
      [7, 'executionCases, dòng 1: cần "Tên giấy tờ | bản chính | bản sao | bắt buộc"'],
    ]);
    const unknown = catalogRecordsFromCsv(readCsvRows('Mã thủ tục,Tên,Lĩnh vực\n1.000001,x,y\n')).problems;
    expect(unknown.slice(0, 4).map((p) => p.message.split(' — ')[1])).toEqual([
      'unknown column "Tên"',
      'missing column "name"',
      'missing column "level"',
      'missing column "executionMethods"',
    ]);
  });
});

describe('importing a CSV catalogue', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db.drop());

  it('publishes the rows it can read, like any national record', async () => {
    const tenant = await tenantWithUnits(db.database);
    const [first] = catalogRecordsFromCsv(readCsvRows(CSV)).records;
    const summary = await importCatalog(db.database, tenant.id, first ? [first] : [], { publishedBy: 'test' });
    expect(summary).toEqual({ total: 1, published: 1, unchanged: 0 });
    const stored = await withTx(db.database, tenant.id, (tx) => findCurrentVersion(tx, tenant.id, '1.001193'));
    expect(stored?.definition.channels.find((c) => c.channel === 'online')?.fee).toEqual({
      amount: 8000,
      text: 'Cấp bản sao trích lục: 8000 đồng',
    });
  });
});
