import type { Tx } from '../../../platform/db/database.ts';
import type { FieldError } from '../../../platform/errors.ts';
import { listUnits } from '../../tenants/index.ts';
import type { RoleGrant } from '../domain/officer.ts';
import { RolesInvalidError } from '../identity.errors.ts';

/** The grants without repeats, once every unit they name is known to be one of the province's. */
export async function checkRoleUnits(tx: Tx, tenantId: string, roles: readonly RoleGrant[]): Promise<RoleGrant[]> {
  const known = new Set((await listUnits(tx, tenantId)).map((u) => u.id));
  const problems: FieldError[] = [];
  roles.forEach((grant, i) => {
    if (!known.has(grant.unitId)) problems.push({ pointer: `/body/roles/${i}/unitId`, message: 'no such unit' });
  });
  if (problems.length > 0) throw new RolesInvalidError(problems);
  const seen = new Set<string>();
  return roles.filter((grant) => {
    const key = `${grant.unitId}:${grant.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
