import type { RowProblem } from '../../platform/errors.ts';
import type { CsvRow } from '../../platform/files/csv-records.ts';
import type { SourcedRecord } from '../../platform/files/json-records.ts';
import { timeFromText, type NationalRecord } from './national-record.ts';

/**
 * The national procedure database's fields as CSV columns, one row per procedure. A header may be
 * the field's name in the database's JSON layout or the Vietnamese label of its pages (either,
 * any case). Multi-valued cells hold one item per line; table-like cells (channels, documents,
 * legal basis, results) separate their columns with `|`, as the database's pages lay them out.
 * docs/catalog.md documents every column with an example.
 */
export const NATIONAL_CSV_COLUMNS = {
  code: 'Mã thủ tục',
  name: 'Tên thủ tục',
  decisionNo: 'Số quyết định',
  category: 'Lĩnh vực',
  categoryCode: 'Mã lĩnh vực',
  level: 'Cấp thực hiện',
  departmentsExecuting: 'Cơ quan thực hiện',
  subjectTypes: 'Đối tượng thực hiện',
  executionSteps: 'Trình tự thực hiện',
  executionMethods: 'Cách thức thực hiện',
  executionCases: 'Thành phần hồ sơ',
  requirementsAndConditions: 'Yêu cầu, điều kiện thực hiện',
  legalBasises: 'Căn cứ pháp lý',
  results: 'Kết quả thực hiện',
  keywords: 'Từ khóa',
  isFullProcess: 'Toàn trình',
} as const;

export type NationalCsvColumn = keyof typeof NATIONAL_CSV_COLUMNS;

const REQUIRED: readonly NationalCsvColumn[] = ['code', 'name', 'category', 'level', 'executionMethods'];

function fold(header: string): string {
  return header.normalize('NFC').trim().toLocaleLowerCase('vi');
}

const COLUMN_BY_HEADER = new Map<string, NationalCsvColumn>(
  Object.entries(NATIONAL_CSV_COLUMNS).flatMap(([key, label]) => [
    [fold(key), key as NationalCsvColumn],
    [fold(label), key as NationalCsvColumn],
  ]),
);

/** Maps a file's headers to columns; unknown and missing required headers are problems of line 1. */
export function nationalCsvHeader(header: readonly string[]): {
  columns: Map<string, NationalCsvColumn>;
  problems: RowProblem[];
} {
  const columns = new Map<string, NationalCsvColumn>();
  const problems: RowProblem[] = [];
  for (const name of header) {
    const column = COLUMN_BY_HEADER.get(fold(name));
    if (column) columns.set(name, column);
    else problems.push({ line: 1, message: `cột "${name}" không có trong mẫu — unknown column "${name}"` });
  }
  const present = new Set(columns.values());
  for (const column of REQUIRED) {
    if (!present.has(column)) {
      problems.push({
        line: 1,
        message: `thiếu cột "${NATIONAL_CSV_COLUMNS[column]}" — missing column "${column}"`,
      });
    }
  }
  return { columns, problems };
}

function lines(cell: string | undefined, separators = /\r?\n/): string[] {
  return (cell ?? '')
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function cells(line: string): string[] {
  return line.split('|').map((s) => s.trim());
}

const CHANNELS: readonly [RegExp, string][] = [
  [/^(trực tiếp|direct)$/i, 'DIRECT'],
  [/^(trực tuyến|online)$/i, 'ONLINE'],
  [/^((dịch vụ )?bưu chính( công ích)?|postal)$/i, 'POSTAL'],
];

const NATIONAL_UNIT = { working_days: 'WORKING_DAY', working_hours: 'HOUR', days: 'DAY' } as const;

/** "8.000 đồng", "8,000", "Không" → 8000, 8000, 0; undefined when no amount can be read. */
function amountOf(text: string): number | undefined {
  if (text === '' || /^(không|miễn|0)/i.test(text)) return 0;
  const digits = /\d[\d.,\s]*/.exec(text)?.[0].replace(/[.,\s]/g, '');
  return digits ? Number(digits) : undefined;
}

function isYes(text: string): boolean {
  return /^(x|có|co|1|true|yes|bắt buộc|toàn trình)$/i.test(text.trim());
}

type Problems = string[];

function methodsOf(cell: string | undefined, problems: Problems): NationalRecord['executionMethods'] {
  return lines(cell).flatMap((line, i) => {
    const [channel = '', time = '', fee = '', description = ''] = cells(line);
    const method = CHANNELS.find(([pattern]) => pattern.test(channel))?.[1];
    const limit = timeFromText(time);
    const amount = amountOf(fee);
    const at = `executionMethods, dòng ${i + 1}`;
    if (!method) problems.push(`${at}: hình thức nộp "${channel}" không rõ — unknown channel "${channel}"`);
    if (!limit) problems.push(`${at}: không đọc được thời hạn "${time}" — cannot read the time limit "${time}"`);
    if (amount === undefined) problems.push(`${at}: không đọc được phí "${fee}" — cannot read the fee "${fee}"`);
    if (!method || !limit || amount === undefined) return [];
    return [
      {
        submissionMethod: method,
        processingTime: limit.value,
        processingTimeUnit: NATIONAL_UNIT[limit.unit],
        fees: [{ value: amount, description: description || (amount === 0 ? '' : fee) }],
      },
    ];
  });
}

function count(text: string | undefined): number | undefined {
  const value = Number((text ?? '0') || '0');
  return Number.isInteger(value) && value >= 0 && value < 100 ? value : undefined;
}

function casesOf(cell: string | undefined, problems: Problems): NationalRecord['executionCases'] {
  const cases: NonNullable<NationalRecord['executionCases']> = [];
  for (const [i, line] of lines(cell).entries()) {
    if (!line.includes('|')) {
      cases.push({ name: line.replace(/:$/, ''), profileComponents: [] });
      continue;
    }
    const [name = '', originals, copies, required = ''] = cells(line);
    const originalQty = count(originals);
    const copyQty = count(copies);
    if (name === '' || originalQty === undefined || copyQty === undefined) {
      problems.push(
        `executionCases, dòng ${i + 1}: cần "Tên giấy tờ | bản chính | bản sao | bắt buộc" — expected "name | originals | copies | required"`,
      );
      continue;
    }
    if (cases.length === 0) cases.push({ name: 'Hồ sơ', profileComponents: [] });
    cases.at(-1)?.profileComponents?.push({ name, originalQty, copyQty, required: isYes(required) });
  }
  return cases;
}

function pairs(cell: string | undefined): { code: string; name: string }[] {
  return lines(cell).map((line) => {
    const [first = '', ...rest] = cells(line);
    return rest.length === 0 ? { code: '', name: first } : { code: first, name: rest.join(' | ') };
  });
}

function levelOf(text: string, problems: Problems): { isProvince: boolean; isWard: boolean } {
  const folded = text.toLocaleLowerCase('vi');
  const isProvince = /tỉnh|province/.test(folded);
  const isWard = /xã|commune/.test(folded);
  if (!isProvince && !isWard) {
    problems.push(`level: "${text}" không phải Cấp Tỉnh hoặc Cấp Xã — expected Cấp Tỉnh or Cấp Xã`);
  }
  return { isProvince, isWard };
}

/**
 * One CSV row as a record of the national database's JSON layout, which the catalogue import then
 * maps like any national record. Cells that cannot be read are problems of the row's line.
 */
export function nationalRecordFromCsv(
  row: CsvRow,
  columns: ReadonlyMap<string, NationalCsvColumn>,
): { record: NationalRecord; problems: RowProblem[] } {
  const get = (column: NationalCsvColumn): string | undefined => {
    for (const [header, key] of columns) if (key === column) return row.value[header];
    return undefined;
  };
  const problems: Problems = [];
  for (const column of ['code', 'name', 'category'] as const) {
    if (!get(column)) problems.push(`${column}: bắt buộc — required`);
  }
  const record: NationalRecord = {
    code: get('code') ?? '',
    name: get('name') ?? '',
    category: { name: get('category') ?? '', ...(get('categoryCode') ? { code: get('categoryCode') } : {}) },
    ...levelOf(get('level') ?? '', problems),
    ...(get('decisionNo') ? { procedureProposal: { proposalNumber: get('decisionNo') } } : {}),
    departmentsExecuting: lines(get('departmentsExecuting'), /\r?\n|;/).map((name) => ({ name })),
    subjectTypesDetails: lines(get('subjectTypes'), /\r?\n|;/).map((name) => ({ name })),
    executionSteps: lines(get('executionSteps')).map((description) => ({ description })),
    executionMethods: methodsOf(get('executionMethods'), problems),
    executionCases: casesOf(get('executionCases'), problems),
    requirementsAndConditions: get('requirementsAndConditions') ?? '',
    legalBasisesDetails: pairs(get('legalBasises')),
    resultsDetails: pairs(get('results')),
    keywords: lines(get('keywords'), /\r?\n|[,;]/).join(', '),
    isFullProcess: isYes(get('isFullProcess') ?? ''),
  };
  if (record.executionMethods?.length === 0 && !problems.some((p) => p.startsWith('executionMethods'))) {
    problems.push('executionMethods: cần ít nhất một hình thức nộp — at least one channel is required');
  }
  return { record, problems: problems.map((message) => ({ line: row.line, message })) };
}

/** Every row of a catalogue CSV as a national record, with every problem of the header and cells. */
export function catalogRecordsFromCsv(csv: { header: readonly string[]; rows: readonly CsvRow[] }): {
  records: SourcedRecord[];
  problems: RowProblem[];
} {
  const { columns, problems } = nationalCsvHeader(csv.header);
  const records: SourcedRecord[] = [];
  for (const row of csv.rows) {
    const mapped = nationalRecordFromCsv(row, columns);
    problems.push(...mapped.problems);
    records.push({ line: row.line, value: mapped.record });
  }
  return { records, problems };
}
