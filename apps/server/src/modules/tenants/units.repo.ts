import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { units } from '../../platform/db/schema/index.ts';

export type UnitKind = 'service_centre' | 'department' | 'commune';

export interface Unit {
  id: string;
  parentId: string | null;
  kind: UnitKind;
  name: string;
  shortName: string | null;
  eid: string;
  adminUnitCode: string | null;
  address: string | null;
  phone: string | null;
}

const columns = {
  id: units.id,
  parentId: units.parentId,
  kind: units.kind,
  name: units.name,
  shortName: units.shortName,
  eid: units.eid,
  adminUnitCode: units.adminUnitCode,
  address: units.address,
  phone: units.phone,
};

function toUnit(row: { kind: string } & Omit<Unit, 'kind'>): Unit {
  return { ...row, kind: row.kind as UnitKind };
}

export async function listUnits(tx: Tx, tenantId: string): Promise<Unit[]> {
  const rows = await tx.select(columns).from(units).where(eq(units.tenantId, tenantId)).orderBy(asc(units.eid));
  return rows.map(toUnit);
}

export async function findUnitsByEid(tx: Tx, tenantId: string, eids: readonly string[]): Promise<Unit[]> {
  if (eids.length === 0) return [];
  const rows = await tx
    .select(columns)
    .from(units)
    .where(and(eq(units.tenantId, tenantId), inArray(units.eid, [...eids])));
  return rows.map(toUnit);
}

/** Inserts or updates a unit identified by its e-ID code. */
export async function upsertUnit(tx: Tx, tenantId: string, unit: Unit): Promise<void> {
  const { id, ...rest } = unit;
  await tx
    .insert(units)
    .values({ tenantId, id, ...rest })
    .onConflictDoUpdate({ target: [units.tenantId, units.eid], set: rest });
}

export async function findUnitById(tx: Tx, tenantId: string, id: string): Promise<Unit | undefined> {
  const rows = await tx
    .select(columns)
    .from(units)
    .where(and(eq(units.tenantId, tenantId), eq(units.id, id)))
    .limit(1);
  return rows[0] ? toUnit(rows[0]) : undefined;
}

/** Inserts a new unit; a duplicate e-ID fails on `units_tenant_eid_key`. */
export async function insertUnit(tx: Tx, tenantId: string, unit: Unit): Promise<void> {
  await tx.insert(units).values({ tenantId, ...unit });
}

export type UnitChanges = Partial<Pick<Unit, 'name' | 'shortName' | 'address' | 'parentId'>>;

export async function updateUnit(tx: Tx, tenantId: string, id: string, changes: UnitChanges): Promise<void> {
  await tx
    .update(units)
    .set(changes)
    .where(and(eq(units.tenantId, tenantId), eq(units.id, id)));
}
