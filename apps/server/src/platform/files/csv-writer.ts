import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { stringify as stringifyAll } from 'csv-stringify/sync';

/** A cell as written: text or a number; null and undefined are empty cells. */
export type CsvCell = string | number | null | undefined;

export interface CsvWriteOptions {
  /**
   * Start with a UTF-8 byte-order mark, so Excel reads the Vietnamese text as UTF-8 (default). Only
   * files meant for programs or a terminal leave it out.
   */
  bom?: boolean;
}

function options(columns: readonly string[], write: CsvWriteOptions) {
  return { bom: write.bom ?? true, header: true, columns: [...columns] };
}

function text(row: readonly CsvCell[]): string[] {
  return row.map((cell) => (cell === null || cell === undefined ? '' : String(cell)));
}

/**
 * A CSV file (RFC 4180: `,`, cells with a comma, a quote or a line break quoted, quotes doubled)
 * with a header row of `columns`, one line per row ending in `\n`, and a byte-order mark unless
 * asked not to: what Excel opens with the Vietnamese intact.
 */
export function csvText(
  columns: readonly string[],
  rows: Iterable<readonly CsvCell[]>,
  write: CsvWriteOptions = {},
): string {
  return stringifyAll([...rows].map(text), options(columns, write));
}

/**
 * The same file as `csvText`, written row by row as `rows` yields them, so a large export never
 * sits in memory. A failing source ends the stream with its error.
 */
export function csvStream(
  columns: readonly string[],
  rows: AsyncIterable<readonly CsvCell[]>,
  write: CsvWriteOptions = {},
): Readable {
  async function* cells(): AsyncGenerator<string[]> {
    for await (const row of rows) yield text(row);
  }
  const csv = stringify(options(columns, write));
  pipeline(Readable.from(cells()), csv, () => undefined);
  return csv;
}
