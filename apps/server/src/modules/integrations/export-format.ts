import { Readable } from 'node:stream';
import type { ExportRow } from '@motcua/contracts';
import { csvStream as writeCsvStream } from '../../platform/files/csv-writer.ts';
import type { Period } from '../reports/index.ts';

/** The export's columns, in order: the keys of the JSON rows. */
export const EXPORT_COLUMNS = [
  'code',
  'procedureCode',
  'status',
  'statusLabel',
  'channel',
  'nationalChannel',
  'unitEid',
  'submittedAt',
  'receivedAt',
  'dueAt',
  'originalDueAt',
  'rescheduledDueAt',
  'resultReadyAt',
  'returnedAt',
  'endedAt',
  'supplementCount',
  'onTime',
] as const satisfies readonly (keyof ExportRow)[];

async function* cells(rows: AsyncIterable<ExportRow>): AsyncGenerator<string[]> {
  for await (const row of rows) {
    yield EXPORT_COLUMNS.map((column) => {
      const value = row[column];
      return value === null ? '' : String(value);
    });
  }
}

/**
 * CSV (RFC 4180, UTF-8 with a byte-order mark so Excel reads Vietnamese correctly), one header row
 * and one row per dossier (the header alone for a period without dossiers); empty cells for absent
 * dates.
 */
export function csvStream(rows: AsyncIterable<ExportRow>): Readable {
  return writeCsvStream(EXPORT_COLUMNS, cells(rows));
}

async function* jsonChunks(period: Period, rows: AsyncIterable<ExportRow>): AsyncGenerator<string> {
  yield `{"from":${JSON.stringify(period.from)},"to":${JSON.stringify(period.to)},"items":[`;
  let first = true;
  for await (const row of rows) {
    yield `${first ? '' : ','}\n${JSON.stringify(row)}`;
    first = false;
  }
  yield '\n]}\n';
}

/** `{from, to, items: [...]}`, written row by row. */
export function jsonStream(period: Period, rows: AsyncIterable<ExportRow>): Readable {
  return Readable.from(jsonChunks(period, rows));
}
