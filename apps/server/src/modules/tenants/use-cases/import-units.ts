import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { withTx, type Database, type Tx } from '../../../platform/db/database.ts';
import { ImportRejectedError, type RowProblem } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { listUnits, upsertUnit } from '../units.repo.ts';

/** A unit as a province bundle or an admin describes it; the tree is given by parent e-ID codes. */
export const UnitInput = Type.Object({
  eid: Type.String({ pattern: '^[0-9A-Za-z.]{3,40}$' }),
  kind: Type.Union([Type.Literal('service_centre'), Type.Literal('department'), Type.Literal('commune')]),
  name: Type.String({ minLength: 2, maxLength: 300 }),
  shortName: Type.Optional(Type.String({ maxLength: 100 })),
  parentEid: Type.Optional(Type.String()),
  adminUnitCode: Type.Optional(Type.String({ pattern: '^([0-9]{2}|[0-9]{5})$' })),
  address: Type.Optional(Type.String({ maxLength: 500 })),
  phone: Type.Optional(Type.String({ maxLength: 40 })),
});
export type UnitInput = Static<typeof UnitInput>;

export interface SourcedUnit {
  line: number;
  value: unknown;
}

/**
 * Checks units before anything is written: the shape of each row, e-ID codes that repeat, parents
 * that name no unit (in the rows or among `existing` e-IDs) and cycles.
 */
export function validateUnits(
  rows: readonly SourcedUnit[],
  existing: ReadonlySet<string>,
): {
  valid: UnitInput[];
  problems: RowProblem[];
} {
  const problems: RowProblem[] = [];
  const valid: UnitInput[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (!Value.Check(UnitInput, row.value)) {
      const first = [...Value.Errors(UnitInput, row.value)].slice(0, 3);
      for (const e of first) problems.push({ line: row.line, message: `${e.path || '/'}: ${e.message}` });
      continue;
    }
    const unit = row.value;
    const dup = seen.get(unit.eid);
    if (dup !== undefined) problems.push({ line: row.line, message: `duplicate eid ${unit.eid} (also line ${dup})` });
    seen.set(unit.eid, row.line);
    valid.push(unit);
  }
  for (const row of rows) {
    const unit = row.value as Partial<UnitInput>;
    if (unit.parentEid && !seen.has(unit.parentEid) && !existing.has(unit.parentEid)) {
      problems.push({ line: row.line, message: `parentEid ${unit.parentEid} names no unit` });
    }
    if (unit.parentEid && unit.parentEid === unit.eid) {
      problems.push({ line: row.line, message: 'a unit cannot be its own parent' });
    }
  }
  problems.push(...cycles(valid, rows));
  return { valid, problems };
}

function cycles(valid: readonly UnitInput[], rows: readonly SourcedUnit[]): RowProblem[] {
  const parentOf = new Map(valid.map((u) => [u.eid, u.parentEid]));
  const lineOf = new Map(rows.map((r) => [(r.value as Partial<UnitInput>).eid, r.line]));
  const problems: RowProblem[] = [];
  for (const unit of valid) {
    let at = unit.parentEid;
    for (let steps = 0; at !== undefined && steps <= valid.length; steps += 1) {
      if (at === unit.eid) {
        problems.push({ line: lineOf.get(unit.eid) ?? 0, message: `unit ${unit.eid} is its own ancestor` });
        break;
      }
      at = parentOf.get(at);
    }
  }
  return problems;
}

/**
 * Loads a province's units (create or update by e-ID code). Every row is checked first; one bad row
 * rejects the whole file with the list of problems, and nothing is written.
 */
export async function importUnits(
  database: Database,
  tenantId: string,
  rows: readonly SourcedUnit[],
): Promise<{ created: number; updated: number }> {
  return withTx(database, tenantId, (tx) => importUnitsInTx(tx, tenantId, rows));
}

/** `importUnits` inside the caller's transaction (scoped to the tenant). */
export async function importUnitsInTx(
  tx: Tx,
  tenantId: string,
  rows: readonly SourcedUnit[],
): Promise<{ created: number; updated: number }> {
  const current = await listUnits(tx, tenantId);
  const idByEid = new Map(current.map((u) => [u.eid, u.id]));
  const { valid, problems } = validateUnits(rows, new Set(idByEid.keys()));
  if (problems.length > 0) throw new ImportRejectedError('TENANT.UNITS_INVALID', 'units', problems);
  let created = 0;
  for (const input of valid) {
    if (idByEid.has(input.eid)) continue;
    idByEid.set(input.eid, newId());
    created += 1;
  }
  for (const input of parentsFirst(valid)) {
    await upsertUnit(tx, tenantId, {
      id: idByEid.get(input.eid) ?? newId(),
      parentId: input.parentEid ? (idByEid.get(input.parentEid) ?? null) : null,
      kind: input.kind,
      name: input.name.normalize('NFC'),
      shortName: input.shortName?.normalize('NFC') ?? null,
      eid: input.eid,
      adminUnitCode: input.adminUnitCode ?? null,
      address: input.address?.normalize('NFC') ?? null,
      phone: input.phone ?? null,
    });
  }
  return { created, updated: valid.length - created };
}

/** Orders units so that every parent in the file is written before its children. */
function parentsFirst(units: readonly UnitInput[]): UnitInput[] {
  const inFile = new Map(units.map((u) => [u.eid, u]));
  const ordered: UnitInput[] = [];
  const placed = new Set<string>();
  const place = (unit: UnitInput, depth: number): void => {
    if (placed.has(unit.eid) || depth > units.length) return;
    const parent = unit.parentEid ? inFile.get(unit.parentEid) : undefined;
    if (parent) place(parent, depth + 1);
    placed.add(unit.eid);
    ordered.push(unit);
  };
  for (const unit of units) place(unit, 0);
  return ordered;
}
