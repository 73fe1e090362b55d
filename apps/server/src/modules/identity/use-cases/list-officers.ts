import type { OfficerList, OfficerListQuery } from '@motcua/contracts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { listOfficerRecords } from '../officers-admin.repo.ts';

/** A page of the province's officers with their roles and whether TOTP is on, for the admin. */
export async function listOfficers(
  database: Database,
  tenantId: string,
  query: OfficerListQuery,
): Promise<OfficerList> {
  return withTx(database, tenantId, (tx) => listOfficerRecords(tx, tenantId, query));
}
