import { readFile } from 'node:fs/promises';
import { loadConfig, type Config } from '../config/config.ts';
import { connectAndMigrate, type Connection } from '../platform/db/connect.ts';
import type { ImportRejectedError } from '../platform/errors.ts';
import { readCsvRows } from '../platform/files/csv-records.ts';
import { formatOf, ImportFileError, readJsonRecords, type SourcedRecord } from '../platform/files/json-records.ts';
import { createLogger, type Logger } from '../platform/logger.ts';

import { CliError } from './cli-error.ts';

export { CliError };

export interface CliContext {
  config: Config;
  logger: Logger;
}

export function cliContext(level?: Config['logLevel']): CliContext {
  const config = loadConfig();
  return { config, logger: createLogger(level ?? (config.logLevel === 'info' ? 'warn' : config.logLevel)) };
}

/** Opens the database (embedded or `DATABASE_URL`), runs `work`, and always closes it. */
export async function withConnection<T>(ctx: CliContext, work: (c: Connection) => Promise<T>): Promise<T> {
  let connection: Connection;
  try {
    connection = await connectAndMigrate({
      databaseUrl: ctx.config.databaseUrl,
      dataDir: ctx.config.dataDir,
      embeddedPgPort: ctx.config.embeddedPgPort,
      poolSize: 4,
      logger: ctx.logger,
    });
  } catch (error) {
    const hint = ctx.config.databaseUrl
      ? 'check DATABASE_URL'
      : `is another motcua using the data directory ${ctx.config.dataDir}? Stop it, or set DATABASE_URL`;
    throw new CliError(`cannot open the database (${(error as Error).message || 'start failed'}); ${hint}`);
  }
  try {
    return await work(connection);
  } finally {
    await connection.close();
  }
}

/**
 * A text file as UTF-8. Bytes that are not UTF-8 come back as U+FFFD, which the CSV reader reports
 * with their line; a file that cannot be opened fails naming it.
 */
export async function readTextFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** Reads an import file (JSON array, JSON Lines, or CSV with a header) as records with line numbers, or fails naming the file. */
export async function readRecords(file: string): Promise<SourcedRecord[]> {
  const text = await readTextFile(file);
  try {
    return /\.csv$/i.test(file) ? readCsvRows(text).rows : readJsonRecords(text, formatOf(file));
  } catch (error) {
    if (error instanceof ImportFileError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
}

/** Prints every bad row of a rejected import, one per line, then fails. */
export function rejected(file: string, error: ImportRejectedError): CliError {
  const lines = error.problems.map((p) => `  ${file}:${p.line}: ${p.message}`);
  return new CliError(`${file}: ${error.problems.length} problem(s); nothing was imported\n${lines.join('\n')}`);
}

export function progress(label: string): (done: number, total: number) => void {
  const interactive = process.stderr.isTTY;
  return (done, total) => {
    const line = `${label}: ${done}/${total}`;
    if (interactive) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
    else if (done === total || done % 500 === 0) process.stderr.write(`${line}\n`);
  };
}
