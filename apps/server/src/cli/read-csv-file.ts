import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error.ts';

/** A CSV file's text; a file that is not UTF-8 (TCVN3, VNI, an Excel workbook) fails with a hint. */
export async function readCsvFile(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${file}: not UTF-8 text; save it from Excel as "CSV UTF-8" and import again`);
  }
}
