import type { UnitItem } from '@motcua/contracts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { listUnits, type Unit } from '../units.repo.ts';

/** A unit as the console lists it. */
export function toUnitItem(unit: Unit): UnitItem {
  return {
    id: unit.id,
    name: unit.name,
    shortName: unit.shortName,
    kind: unit.kind,
    eid: unit.eid,
    parentId: unit.parentId,
    adminUnitCode: unit.adminUnitCode,
    address: unit.address,
  };
}

/** Every unit of the province, in e-ID order. */
export async function listProvinceUnits(database: Database, tenantId: string): Promise<{ items: UnitItem[] }> {
  const units = await withTx(database, tenantId, (tx) => listUnits(tx, tenantId));
  return { items: units.map(toUnitItem) };
}
