import { withTx, type Database } from '../../../platform/db/database.ts';
import type { Officer } from '../domain/officer.ts';
import { listRoleGrants, type RoleGrantView } from '../officers.repo.ts';

export interface OfficerProfile {
  id: string;
  username: string;
  fullName: string;
  roles: RoleGrantView[];
}

/** The signed-in officer with each role's unit code and name, as the console shows them. */
export async function getOfficerProfile(database: Database, officer: Officer): Promise<OfficerProfile> {
  const roles = await withTx(database, officer.tenantId, (tx) => listRoleGrants(tx, officer.tenantId, officer.id));
  return { id: officer.id, username: officer.username, fullName: officer.fullName, roles };
}
