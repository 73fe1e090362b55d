import { CsvError, parse } from 'csv-parse/sync';
import { ImportFileError, type SourcedRecord } from './json-records.ts';

/** One CSV record: the line it starts on (1-based) and its cells, NFC and trimmed. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** One CSV row as `header → cell`, with the line the row starts on (1-based). */
export interface CsvRow extends SourcedRecord {
  value: Record<string, string>;
}

/**
 * Why a CSV file cannot be read: `not_utf8` (TCVN3, VNI, an Excel workbook), `not_csv` (an
 * unclosed quote…), `empty` (no header row), `row_length` (a row's cells do not match the header).
 * `line` is where it shows; `detail` is the parser's explanation, for the caller to phrase.
 */
export class CsvFileError extends ImportFileError {
  override name = 'CsvFileError';
  constructor(
    readonly reason: 'not_utf8' | 'not_csv' | 'empty' | 'row_length',
    override readonly line: number,
    readonly detail: string,
  ) {
    super(
      `line ${String(line)}: ${reason === 'empty' || reason === 'not_utf8' ? detail : `not valid CSV (${detail})`}`,
      line,
    );
  }
}

interface Parsed {
  record: string[];
  info: { lines: number; empty_lines: number };
}

/** The delimiter of the header line: Excel in a Vietnamese locale writes `;`, others `,` or a tab. */
function delimiterOf(text: string): string {
  const header = text.split('\n', 50).find((line) => line.trim() !== '') ?? '';
  const count = (char: string) => header.split(char).length - 1;
  return [',', ';', '\t'].reduce((best, char) => (count(char) > count(best) ? char : best), ',');
}

/**
 * Reads a CSV file's text into records, each with the line it starts on: UTF-8 (a byte-order mark
 * is dropped), NFC, line breaks as `\n` (also inside quoted cells), `,` `;` or tab delimited as the
 * header line shows, quoted cells may span lines, blank lines are skipped and cells are trimmed.
 * Rows may have any number of cells (the caller checks them against its header). Text that was
 * not UTF-8 (decoded with U+FFFD replacements) or is not CSV throws `CsvFileError` with its line.
 */
export function readCsvRecords(text: string): CsvRecord[] {
  const normal = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
  const broken = normal.indexOf('\uFFFD');
  if (broken >= 0) {
    const line = normal.slice(0, broken).split('\n').length;
    throw new CsvFileError('not_utf8', line, 'not UTF-8 text; save it from Excel as "CSV UTF-8" and import again');
  }
  const delimiter = delimiterOf(normal);
  let parsed: Parsed[];
  try {
    parsed = parse(normal, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      // The parser's trim counts a tab as a space, which breaks quoted cells of tab-delimited text;
      // there the cells are only trimmed below.
      trim: delimiter !== '\t',
    }) as unknown as Parsed[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error['lines'] === 'number' ? error['lines'] : 1;
    throw new CsvFileError('not_csv', line, error.message);
  }
  // `info.lines` is the line a record ends on; the next one starts after it and any skipped blank lines.
  let previous = { lines: 0, empty_lines: 0 };
  const records = parsed.map(({ record, info }) => {
    const line = previous.lines + 1 + (info.empty_lines - previous.empty_lines);
    previous = info;
    return { line, cells: record.map((cell) => cell.trim()) };
  });
  // A line of spaces only is blank too (the parser skips it itself unless the text is tab-delimited).
  return records.filter(({ cells }) => !(cells.length === 1 && cells[0] === ''));
}

/**
 * Reads a CSV file with a header row (see `readCsvRecords`) into rows of `header → cell`. A file
 * without a header row, and a row with more or fewer cells than the header, throw `CsvFileError`
 * naming the line, so an import reports where to look.
 */
export function readCsvRows(text: string): { header: string[]; rows: CsvRow[] } {
  const [head, ...body] = readCsvRecords(text);
  if (!head) throw new CsvFileError('empty', 1, 'empty file (a header row is required)');
  const header = head.cells;
  const rows = body.map(({ line, cells }) => {
    if (cells.length !== header.length) {
      const detail = `${String(cells.length)} cells where the header has ${String(header.length)}`;
      throw new CsvFileError('row_length', line, detail);
    }
    return { line, value: Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])) };
  });
  return { header, rows };
}
