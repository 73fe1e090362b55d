import { readCatalogFile } from '../modules/onboarding/index.ts';
import type { RowProblem } from '../platform/errors.ts';
import { ImportFileError, type SourcedRecord } from '../platform/files/json-records.ts';
import { CliError, readRecords } from './context.ts';

/**
 * Reads a catalogue file: a national-database CSV (cells that cannot be read come back as problems
 * to report with the rest), or our definitions / national records as JSON or JSON Lines.
 */
export async function readCatalog(file: string): Promise<{ records: SourcedRecord[]; readProblems: RowProblem[] }> {
  if (!/\.csv$/i.test(file)) return { records: await readRecords(file), readProblems: [] };
  try {
    return await readCatalogFile(file);
  } catch (error) {
    if (error instanceof ImportFileError) throw new CliError(`${file}: ${error.message}`);
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
