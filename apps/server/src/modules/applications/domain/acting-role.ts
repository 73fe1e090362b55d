import type { Actor, Role } from '@motcua/workflow';

/**
 * The role an officer acts in on the unit holding the dossier, for the event log: the first of the
 * roles the action allows (in the workflow table's order) that they hold there, else any role they
 * hold there. Null for citizens, the system, and officers with no role on that unit.
 */
export function actingRole(actor: Actor, unitId: string, allowed: readonly Role[] = []): Role | null {
  if (actor.kind !== 'officer') return null;
  const held = actor.roles.filter((grant) => grant.unitId === unitId).map((grant) => grant.role);
  return allowed.find((role) => held.includes(role)) ?? held[0] ?? null;
}
