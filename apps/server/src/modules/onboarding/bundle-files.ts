import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RowProblem } from '../../platform/errors.ts';
import { readCsvRows, type CsvRow } from '../../platform/files/csv-records.ts';
import { formatOf, ImportFileError, readJsonRecords, type SourcedRecord } from '../../platform/files/json-records.ts';
import { catalogRecordsFromCsv } from '../catalog/index.ts';
import type { BundleProblem } from './domain/bundle-rows.ts';

/** A CSV file of a bundle: its header and rows with their lines. */
export interface CsvFile {
  file: string;
  header: string[];
  rows: CsvRow[];
}

/**
 * What a province bundle holds, read but not yet checked. A bundle directory has `tenant.json`,
 * `units.csv`, `officers.csv`, and optionally `calendar.json`, `channels.json`, a catalogue
 * (`catalog.csv`, `catalog.json` or `catalog.jsonl`), `admin-units.json` and the logo file that
 * `tenant.json` names. The interactive `motcua tenant create` builds the same thing from answers.
 */
export interface BundleSource {
  /** How messages name the bundle (the directory, or "interactive"). */
  name: string;
  tenant: { file: string; value: unknown } | undefined;
  logo: { file: string; bytes: Buffer } | undefined;
  units: CsvFile | undefined;
  officers: CsvFile | undefined;
  calendar: { file: string; value: unknown } | undefined;
  channels: { file: string; value: unknown } | undefined;
  catalog: { file: string; records: SourcedRecord[]; readProblems: BundleProblem[] } | undefined;
  adminUnits: { file: string; records: SourcedRecord[] } | undefined;
  /** Files that are there but could not be read (their problems are reported already). */
  unreadable: string[];
}

const CATALOG_FILES = ['catalog.csv', 'catalog.jsonl', 'catalog.json'] as const;

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

function readProblem(file: string, error: unknown): BundleProblem {
  if (error instanceof ImportFileError) {
    return { file, ...(error.line ? { line: error.line } : {}), message: `không đọc được — ${error.message}` };
  }
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return { file, message: `không đọc được tệp — cannot read the file (${code})` };
}

async function readJson(
  dir: string,
  file: string,
  problems: BundleProblem[],
): Promise<{ file: string; value: unknown } | undefined> {
  const at = path.join(dir, file);
  if (!(await exists(at))) return undefined;
  try {
    const records = readJsonRecords(await readFile(at, 'utf8'), 'json');
    return { file, value: records[0]?.value };
  } catch (error) {
    problems.push(readProblem(file, error));
    return undefined;
  }
}

async function readCsv(dir: string, file: string, problems: BundleProblem[]): Promise<CsvFile | undefined> {
  const at = path.join(dir, file);
  if (!(await exists(at))) return undefined;
  try {
    return { file, ...readCsvRows(await readFile(at, 'utf8')) };
  } catch (error) {
    problems.push(readProblem(file, error));
    return undefined;
  }
}

/** Reads a catalogue file of any supported layout: national-database CSV, JSON array, JSON Lines. */
export async function readCatalogFile(at: string): Promise<{ records: SourcedRecord[]; readProblems: RowProblem[] }> {
  const text = await readFile(at, 'utf8');
  if (/\.csv$/i.test(at)) {
    const { records, problems } = catalogRecordsFromCsv(readCsvRows(text));
    return { records, readProblems: problems };
  }
  return { records: readJsonRecords(text, formatOf(at)), readProblems: [] };
}

async function readCatalog(dir: string, problems: BundleProblem[]): Promise<BundleSource['catalog']> {
  for (const file of CATALOG_FILES) {
    const at = path.join(dir, file);
    if (!(await exists(at))) continue;
    try {
      const { records, readProblems } = await readCatalogFile(at);
      return { file, records, readProblems: readProblems.map((p) => ({ file, line: p.line, message: p.message })) };
    } catch (error) {
      problems.push(readProblem(file, error));
      return undefined;
    }
  }
  return undefined;
}

async function readLogo(dir: string, tenant: unknown, problems: BundleProblem[]): Promise<BundleSource['logo']> {
  const logo = (tenant as { branding?: { logo?: unknown } } | undefined)?.branding?.logo;
  if (typeof logo !== 'string') return undefined;
  const at = path.resolve(dir, logo);
  if (path.relative(path.resolve(dir), at).startsWith('..')) {
    problems.push({
      file: 'tenant.json',
      pointer: '/branding/logo',
      message: 'logo phải nằm trong thư mục — the logo must be inside the bundle',
    });
    return undefined;
  }
  try {
    return { file: logo, bytes: await readFile(at) };
  } catch (error) {
    problems.push({ ...readProblem(logo, error), file: 'tenant.json', pointer: '/branding/logo' });
    return undefined;
  }
}

/**
 * Reads every file of a bundle directory. Files that cannot be read or parsed are problems; what
 * they say is checked later, all at once.
 */
export async function readBundleDir(dir: string): Promise<{ source: BundleSource; problems: BundleProblem[] }> {
  const problems: BundleProblem[] = [];
  const tenant = await readJson(dir, 'tenant.json', problems);
  const adminUnitsFile = path.join(dir, 'admin-units.json');
  let adminUnits: BundleSource['adminUnits'];
  if (await exists(adminUnitsFile)) {
    try {
      adminUnits = {
        file: 'admin-units.json',
        records: readJsonRecords(await readFile(adminUnitsFile, 'utf8'), 'json'),
      };
    } catch (error) {
      problems.push(readProblem('admin-units.json', error));
    }
  }
  const source: BundleSource = {
    name: dir,
    tenant,
    logo: await readLogo(dir, tenant?.value, problems),
    units: await readCsv(dir, 'units.csv', problems),
    officers: await readCsv(dir, 'officers.csv', problems),
    calendar: await readJson(dir, 'calendar.json', problems),
    channels: await readJson(dir, 'channels.json', problems),
    catalog: await readCatalog(dir, problems),
    adminUnits,
    unreadable: [...new Set(problems.map((p) => p.file))],
  };
  return { source, problems };
}
