import type { ProcedureDefinition } from '@motcua/contracts';
import { withTx, type Database, type Tx } from '../../../platform/db/database.ts';
import { ImportRejectedError, type RowProblem } from '../../../platform/errors.ts';
import type { SourcedRecord } from '../../../platform/files/json-records.ts';
import { bumpCatalogRevision, listUnits } from '../../tenants/index.ts';
import { fromNationalRecord, isNationalRecord, unwrapNational } from '../national-record.ts';
import { definitionProblems, normalizeDefinition, publishManyInTx } from './publish-procedure-version.ts';

export interface ImportOptions {
  publishedBy: string;
  onProgress?: (done: number, total: number) => void;
  /** Reports the checking of every record, before anything is written. */
  onChecked?: (done: number, total: number) => void;
  /** Problems found while reading the file (a CSV cell that cannot be read), reported with the rest. */
  readProblems?: readonly RowProblem[];
}

export interface ImportSummary {
  total: number;
  published: number;
  unchanged: number;
}

interface Prepared {
  line: number;
  definition: ProcedureDefinition;
}

/** A checked catalogue: the definitions ready to publish, or the problems that stop it. */
export interface PreparedCatalog {
  ready: readonly Prepared[];
  problems: RowProblem[];
}

/**
 * Checks every record of a catalogue file (our definitions or national-database records) for a
 * province whose units have the e-ID codes `unitEids`, without touching the database: the
 * definition schema, unique case and document keys, the e-form, known units, codes that repeat.
 */
export function prepareCatalog(
  records: readonly SourcedRecord[],
  unitEids: ReadonlySet<string>,
  onChecked?: (done: number, total: number) => void,
): PreparedCatalog {
  const problems: RowProblem[] = [];
  const ready: Prepared[] = [];
  const seen = new Map<string, number>();
  for (const [index, record] of records.entries()) {
    if (onChecked && index > 0 && index % 250 === 0) onChecked(index, records.length);
    const raw = isNationalRecord(record.value) ? fromNationalRecord(unwrapNational(record.value)) : record.value;
    const definition = normalizeDefinition(raw);
    const found = definitionProblems(definition);
    if (found.length > 0) {
      problems.push(...found.map((message) => ({ line: record.line, message })));
      continue;
    }
    const def = definition as ProcedureDefinition;
    const before = seen.get(def.code);
    if (before !== undefined)
      problems.push({ line: record.line, message: `code ${def.code} repeats (line ${before})` });
    seen.set(def.code, record.line);
    const missing = def.unitEids.filter((eid) => !unitEids.has(eid));
    if (missing.length > 0) problems.push({ line: record.line, message: `unknown unit e-ID ${missing.join(', ')}` });
    ready.push({ line: record.line, definition: def });
  }
  onChecked?.(records.length, records.length);
  return { ready, problems };
}

/**
 * Imports a catalogue file (our definitions or national-database records) for one province. Every
 * record is validated first; any problem rejects the whole file with each bad row's line, and
 * nothing is written. Otherwise all versions are published in one transaction.
 */
export async function importCatalog(
  database: Database,
  tenantId: string,
  records: readonly SourcedRecord[],
  options: ImportOptions,
): Promise<ImportSummary> {
  return withTx(database, tenantId, (tx) => importCatalogInTx(tx, tenantId, records, options));
}

/** `importCatalog` inside the caller's transaction (scoped to the tenant). */
export async function importCatalogInTx(
  tx: Tx,
  tenantId: string,
  records: readonly SourcedRecord[],
  options: ImportOptions,
): Promise<ImportSummary> {
  const units = await listUnits(tx, tenantId);
  const prepared = prepareCatalog(records, new Set(units.map((u) => u.eid)), options.onChecked);
  const problems = [...(options.readProblems ?? []), ...prepared.problems].sort((a, b) => a.line - b.line);
  return publishCatalog(tx, tenantId, { ...prepared, problems }, options);
}

/**
 * Publishes a checked catalogue inside the caller's transaction; a catalogue with problems is
 * rejected whole, with every problem. Content identical to a procedure's current version publishes
 * nothing.
 */
export async function publishCatalog(
  tx: Tx,
  tenantId: string,
  prepared: PreparedCatalog,
  options: ImportOptions,
): Promise<ImportSummary> {
  if (prepared.problems.length > 0) {
    throw new ImportRejectedError('CATALOG.IMPORT_INVALID', 'catalogue', prepared.problems);
  }
  const idByEid = new Map((await listUnits(tx, tenantId)).map((u) => [u.eid, u.id]));
  const { ready } = prepared;
  let published = 0;
  const chunk = 250;
  for (let i = 0; i < ready.length; i += chunk) {
    const items = ready.slice(i, i + chunk).map((item) => ({
      definition: item.definition,
      unitIds: item.definition.unitEids.flatMap((eid) => idByEid.get(eid) ?? []),
    }));
    const results = await publishManyInTx(tx, tenantId, items, options.publishedBy);
    published += results.filter((r) => r.created).length;
    options.onProgress?.(Math.min(i + chunk, ready.length), ready.length);
  }
  if (published > 0) await bumpCatalogRevision(tx, tenantId);
  return { total: ready.length, published, unchanged: ready.length - published };
}
