import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { officerCredentials, officerRoles, officers, units } from '../../platform/db/schema/index.ts';
import { isRole, type Role } from './domain/officer.ts';
import type { LockState } from './domain/session-policy.ts';

export interface NewOfficerRow {
  id: string;
  unitId: string;
  username: string;
  fullName: string;
  passwordHash: string;
  totpSecretSealed: string | null;
  roles: readonly { unitId: string; role: Role }[];
  now: Date;
}

/** Inserts an officer with credentials and role grants. */
export async function insertOfficer(tx: Tx, tenantId: string, row: NewOfficerRow): Promise<void> {
  await tx.insert(officers).values({
    tenantId,
    id: row.id,
    unitId: row.unitId,
    username: row.username,
    fullName: row.fullName,
    createdAt: row.now,
  });
  await tx.insert(officerCredentials).values({
    tenantId,
    officerId: row.id,
    passwordHash: row.passwordHash,
    totpSecretSealed: row.totpSecretSealed,
    updatedAt: row.now,
  });
  if (row.roles.length > 0) {
    await tx
      .insert(officerRoles)
      .values(row.roles.map((grant) => ({ tenantId, officerId: row.id, unitId: grant.unitId, role: grant.role })))
      .onConflictDoNothing();
  }
}

export async function listExistingUsernames(tx: Tx, tenantId: string, usernames: readonly string[]): Promise<string[]> {
  if (usernames.length === 0) return [];
  const rows = await tx
    .select({ username: officers.username })
    .from(officers)
    .where(and(eq(officers.tenantId, tenantId), inArray(officers.username, [...usernames])));
  return rows.map((r) => r.username);
}

export interface SignInRecord extends LockState {
  id: string;
  username: string;
  fullName: string;
  isActive: boolean;
  passwordHash: string;
  totpSecretSealed: string | null;
}

/** The officer and credentials a sign-in checks; officers without credentials cannot sign in. */
export async function findSignInRecord(tx: Tx, tenantId: string, username: string): Promise<SignInRecord | undefined> {
  const rows = await tx
    .select({
      id: officers.id,
      username: officers.username,
      fullName: officers.fullName,
      status: officers.status,
      passwordHash: officerCredentials.passwordHash,
      totpSecretSealed: officerCredentials.totpSecretSealed,
      failedAttempts: officerCredentials.failedAttempts,
      lockedUntil: officerCredentials.lockedUntil,
    })
    .from(officers)
    .innerJoin(
      officerCredentials,
      and(eq(officerCredentials.tenantId, officers.tenantId), eq(officerCredentials.officerId, officers.id)),
    )
    .where(and(eq(officers.tenantId, tenantId), eq(officers.username, username)))
    .limit(1);
  const row = rows[0];
  if (!row) return undefined;
  const { status, ...rest } = row;
  return { ...rest, isActive: status === 'active' };
}

/** Reads the lock counters and holds the row until the transaction ends, so counts never get lost. */
export async function lockCredentials(
  tx: Tx,
  tenantId: string,
  officerId: string,
): Promise<(LockState & { totpLastStep: number | null }) | undefined> {
  const rows = await tx
    .select({
      failedAttempts: officerCredentials.failedAttempts,
      lockedUntil: officerCredentials.lockedUntil,
      totpLastStep: officerCredentials.totpLastStep,
    })
    .from(officerCredentials)
    .where(and(eq(officerCredentials.tenantId, tenantId), eq(officerCredentials.officerId, officerId)))
    .for('update');
  return rows[0];
}

/** Remembers the TOTP step just used, so the same code cannot sign in twice. */
export async function saveTotpStep(tx: Tx, tenantId: string, officerId: string, step: number): Promise<void> {
  await tx
    .update(officerCredentials)
    .set({ totpLastStep: step })
    .where(and(eq(officerCredentials.tenantId, tenantId), eq(officerCredentials.officerId, officerId)));
}

export async function saveLockState(
  tx: Tx,
  tenantId: string,
  officerId: string,
  state: LockState,
  now: Date,
): Promise<void> {
  await tx
    .update(officerCredentials)
    .set({ failedAttempts: state.failedAttempts, lockedUntil: state.lockedUntil, updatedAt: now })
    .where(and(eq(officerCredentials.tenantId, tenantId), eq(officerCredentials.officerId, officerId)));
}

export interface RoleGrantView {
  unitId: string;
  unitEid: string;
  unitName: string;
  role: Role;
}

/** The officer's role grants with the units they apply to, in unit-code order. */
export async function listRoleGrants(tx: Tx, tenantId: string, officerId: string): Promise<RoleGrantView[]> {
  const rows = await tx
    .select({ unitId: officerRoles.unitId, unitEid: units.eid, unitName: units.name, role: officerRoles.role })
    .from(officerRoles)
    .innerJoin(units, and(eq(units.tenantId, officerRoles.tenantId), eq(units.id, officerRoles.unitId)))
    .where(and(eq(officerRoles.tenantId, tenantId), eq(officerRoles.officerId, officerId)))
    .orderBy(asc(units.eid), asc(officerRoles.role));
  return rows.flatMap((row) => (isRole(row.role) ? [{ ...row, role: row.role }] : []));
}

/** An officer of one unit with the roles held on it. */
export interface UnitOfficerRow {
  id: string;
  fullName: string;
  roles: Role[];
}

/**
 * The active officers holding a role on `unitId` (only `role`, when given), in name order, each
 * with every role they hold on that unit.
 */
export async function listUnitOfficerRows(
  tx: Tx,
  tenantId: string,
  unitId: string,
  role: Role | undefined,
): Promise<UnitOfficerRow[]> {
  const rows = await tx
    .select({ id: officers.id, fullName: officers.fullName, role: officerRoles.role })
    .from(officerRoles)
    .innerJoin(officers, and(eq(officers.tenantId, officerRoles.tenantId), eq(officers.id, officerRoles.officerId)))
    .where(and(eq(officerRoles.tenantId, tenantId), eq(officerRoles.unitId, unitId), eq(officers.status, 'active')))
    .orderBy(asc(officers.fullName), asc(officers.id), asc(officerRoles.role));
  const byId = new Map<string, UnitOfficerRow>();
  for (const row of rows) {
    if (!isRole(row.role)) continue;
    const entry = byId.get(row.id) ?? { id: row.id, fullName: row.fullName, roles: [] };
    entry.roles.push(row.role);
    byId.set(row.id, entry);
  }
  const all = [...byId.values()];
  return role === undefined ? all : all.filter((officer) => officer.roles.includes(role));
}
