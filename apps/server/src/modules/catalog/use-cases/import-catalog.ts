import type { ProcedureDefinition } from '@motcua/contracts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { ImportRejectedError, type RowProblem } from '../../../platform/errors.ts';
import type { SourcedRecord } from '../../../platform/files/json-records.ts';
import { bumpCatalogRevision, listUnits, type Unit } from '../../tenants/index.ts';
import { fromNationalRecord, isNationalRecord, unwrapNational } from '../national-record.ts';
import { definitionProblems, normalizeDefinition, publishInTx } from './publish-procedure-version.ts';

export interface ImportOptions {
  publishedBy: string;
  onProgress?: (done: number, total: number) => void;
}

export interface ImportSummary {
  total: number;
  published: number;
  unchanged: number;
}

interface Prepared {
  line: number;
  definition: ProcedureDefinition;
  unitIds: string[];
}

function unitIdsFor(
  definition: ProcedureDefinition,
  byEid: ReadonlyMap<string, Unit>,
): { ids: string[]; missing: string[] } {
  const ids: string[] = [];
  const missing: string[] = [];
  for (const eid of definition.unitEids) {
    const unit = byEid.get(eid);
    if (unit) ids.push(unit.id);
    else missing.push(eid);
  }
  return { ids, missing };
}

function prepare(
  records: readonly SourcedRecord[],
  byEid: ReadonlyMap<string, Unit>,
): { ready: Prepared[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const ready: Prepared[] = [];
  const seen = new Map<string, number>();
  for (const record of records) {
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
    const { ids, missing } = unitIdsFor(def, byEid);
    if (missing.length > 0) problems.push({ line: record.line, message: `unknown unit e-ID ${missing.join(', ')}` });
    ready.push({ line: record.line, definition: def, unitIds: ids });
  }
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
  return withTx(database, tenantId, async (tx) => {
    const units = await listUnits(tx, tenantId);
    const { ready, problems } = prepare(records, new Map(units.map((u) => [u.eid, u])));
    if (problems.length > 0) throw new ImportRejectedError('CATALOG.IMPORT_INVALID', 'catalogue', problems);
    let published = 0;
    for (const [index, item] of ready.entries()) {
      const result = await publishInTx(tx, tenantId, item.definition, item.unitIds, options.publishedBy);
      if (result.created) published += 1;
      if (options.onProgress && ((index + 1) % 100 === 0 || index + 1 === ready.length)) {
        options.onProgress(index + 1, ready.length);
      }
    }
    if (published > 0) await bumpCatalogRevision(tx, tenantId);
    return { total: ready.length, published, unchanged: ready.length - published };
  });
}
