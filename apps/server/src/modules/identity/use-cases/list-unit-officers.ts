import type { UnitOfficerList, UnitOfficersQuery } from '@motcua/contracts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { ROLES, type Officer } from '../domain/officer.ts';
import { assertRole } from '../officer-auth.ts';
import { listUnitOfficerRows } from '../officers.repo.ts';

/**
 * The colleagues of a unit, for an officer who holds a role on it (403 otherwise): who a dossier
 * held there can be assigned to. Names and roles only.
 */
export async function listUnitOfficers(
  database: Database,
  officer: Officer,
  query: UnitOfficersQuery,
): Promise<UnitOfficerList> {
  assertRole(officer, query.unit, ROLES);
  const items = await withTx(database, officer.tenantId, (tx) =>
    listUnitOfficerRows(tx, officer.tenantId, query.unit, query.role),
  );
  return { items };
}
