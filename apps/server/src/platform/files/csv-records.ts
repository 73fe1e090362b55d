import { parse } from 'csv-parse/sync';
import { ImportFileError, type SourcedRecord } from './json-records.ts';

/** One CSV row as `header → cell`, with the line the row starts on (1-based). */
export interface CsvRow extends SourcedRecord {
  value: Record<string, string>;
}

interface Parsed {
  info: { lines: number; empty_lines: number };
  record: string[];
}

/**
 * Reads a CSV file with a header row (UTF-8, optional BOM, `,` or `;` as the separator as
 * spreadsheets save it, quoted cells may span lines). Every row keeps the line it starts on, so an
 * import can report every bad row by line. Cells are NFC-normalised and trimmed.
 */
export function readCsvRows(text: string): { header: string[]; rows: CsvRow[] } {
  const clean = text.replace(/^\uFEFF/, '');
  const firstLine = clean.slice(0, clean.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let parsed: Parsed[];
  try {
    parsed = parse(clean, {
      delimiter,
      info: true,
      skip_empty_lines: true,
      relax_quotes: false,
    }) as unknown as Parsed[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ImportFileError(`line ${line ?? '?'}: not valid CSV (${(error as Error).message})`, line);
  }
  const [head, ...body] = parsed;
  if (!head) throw new ImportFileError('line 1: empty file (a header row is required)', 1);
  const header = head.record.map((h) => h.normalize('NFC').trim());
  const rows: CsvRow[] = [];
  let previous = head.info;
  for (const item of body) {
    const line = previous.lines + 1 + (item.info.empty_lines - previous.empty_lines);
    previous = item.info;
    const value: Record<string, string> = {};
    header.forEach((name, i) => {
      value[name] = (item.record[i] ?? '').normalize('NFC').trim();
    });
    rows.push({ line, value });
  }
  return { header, rows };
}
