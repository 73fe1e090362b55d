import type { RoleGrant } from '../../identity/index.ts';
import { subtreeOf, type Unit } from '../../tenants/index.ts';
import type { UnitScope } from '../reports.repo.ts';

/**
 * Whose dossiers an officer's dashboard counts (by the unit that received them): an admin, every
 * unit of the province; a leader, the units they lead and every unit below them (so the leader of
 * the provincial centre sees the whole province); other roles, exactly the units they hold.
 */
export function statsScope(roles: readonly RoleGrant[], units: readonly Unit[]): UnitScope {
  if (roles.some((grant) => grant.role === 'admin')) return 'all';
  const ids = new Set<string>();
  for (const grant of roles) {
    if (grant.role === 'leader') for (const id of subtreeOf(units, grant.unitId)) ids.add(id);
    else ids.add(grant.unitId);
  }
  const known = units.filter((u) => ids.has(u.id)).map((u) => u.id);
  return known.length === units.length && units.length > 0 ? 'all' : known;
}

export function inScope(scope: UnitScope, unitId: string): boolean {
  return scope === 'all' || scope.includes(unitId);
}
