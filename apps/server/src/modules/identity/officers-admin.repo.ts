import { and, asc, count, eq, ilike, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { officerCredentials, officerRoles, officers, sessions } from '../../platform/db/schema/index.ts';
import { isRole, type RoleGrant } from './domain/officer.ts';

/** An officer as the admin's console lists it. */
export interface OfficerRecord {
  id: string;
  username: string;
  fullName: string;
  active: boolean;
  roles: RoleGrant[];
  totp: boolean;
}

const columns = {
  id: officers.id,
  username: officers.username,
  fullName: officers.fullName,
  status: officers.status,
  totpSecretSealed: officerCredentials.totpSecretSealed,
};

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

async function rolesOf(tx: Tx, tenantId: string, ids: readonly string[]): Promise<Map<string, RoleGrant[]>> {
  const result = new Map<string, RoleGrant[]>();
  if (ids.length === 0) return result;
  const rows = await tx
    .select({ officerId: officerRoles.officerId, unitId: officerRoles.unitId, role: officerRoles.role })
    .from(officerRoles)
    .where(and(eq(officerRoles.tenantId, tenantId), inArray(officerRoles.officerId, [...ids])))
    .orderBy(asc(officerRoles.role), asc(officerRoles.unitId));
  for (const row of rows) {
    if (!isRole(row.role)) continue;
    result.set(row.officerId, [...(result.get(row.officerId) ?? []), { role: row.role, unitId: row.unitId }]);
  }
  return result;
}

async function withRoles(
  tx: Tx,
  tenantId: string,
  rows: readonly { id: string; username: string; fullName: string; status: string; totpSecretSealed: string | null }[],
): Promise<OfficerRecord[]> {
  const roles = await rolesOf(
    tx,
    tenantId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    fullName: r.fullName,
    active: r.status === 'active',
    roles: roles.get(r.id) ?? [],
    totp: r.totpSecretSealed !== null,
  }));
}

/** A page of the province's officers in username order, optionally matching part of a username or name. */
export async function listOfficerRecords(
  tx: Tx,
  tenantId: string,
  query: { q?: string; limit: number; offset: number },
): Promise<{ items: OfficerRecord[]; total: number }> {
  const text = query.q?.normalize('NFC').trim();
  const where: SQL | undefined = and(
    eq(officers.tenantId, tenantId),
    text ? or(ilike(officers.username, likePattern(text)), ilike(officers.fullName, likePattern(text))) : undefined,
  );
  const rows = await tx
    .select(columns)
    .from(officers)
    .leftJoin(
      officerCredentials,
      and(eq(officerCredentials.tenantId, officers.tenantId), eq(officerCredentials.officerId, officers.id)),
    )
    .where(where)
    .orderBy(asc(officers.username))
    .limit(query.limit)
    .offset(query.offset);
  const totals = await tx.select({ n: count() }).from(officers).where(where);
  return { items: await withRoles(tx, tenantId, rows), total: totals[0]?.n ?? 0 };
}

/** One officer, the row locked until the transaction ends (so concurrent edits apply in turn). */
export async function lockOfficerRecord(tx: Tx, tenantId: string, id: string): Promise<OfficerRecord | undefined> {
  const rows = await tx
    .select(columns)
    .from(officers)
    .leftJoin(
      officerCredentials,
      and(eq(officerCredentials.tenantId, officers.tenantId), eq(officerCredentials.officerId, officers.id)),
    )
    .where(and(eq(officers.tenantId, tenantId), eq(officers.id, id)))
    .for('update', { of: officers });
  return (await withRoles(tx, tenantId, rows))[0];
}

export async function updateOfficerRow(
  tx: Tx,
  tenantId: string,
  id: string,
  changes: { fullName?: string; status?: 'active' | 'disabled' },
): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  await tx
    .update(officers)
    .set(changes)
    .where(and(eq(officers.tenantId, tenantId), eq(officers.id, id)));
}

export async function replaceRoleGrants(
  tx: Tx,
  tenantId: string,
  officerId: string,
  roles: readonly RoleGrant[],
): Promise<void> {
  await tx.delete(officerRoles).where(and(eq(officerRoles.tenantId, tenantId), eq(officerRoles.officerId, officerId)));
  if (roles.length === 0) return;
  await tx
    .insert(officerRoles)
    .values(roles.map((grant) => ({ tenantId, officerId, unitId: grant.unitId, role: grant.role })))
    .onConflictDoNothing();
}

/** A new password hash; the failed-attempt count and any lock are cleared with it. */
export async function savePasswordHash(
  tx: Tx,
  tenantId: string,
  officerId: string,
  passwordHash: string,
  now: Date,
): Promise<void> {
  await tx
    .update(officerCredentials)
    .set({ passwordHash, failedAttempts: 0, lockedUntil: null, updatedAt: now })
    .where(and(eq(officerCredentials.tenantId, tenantId), eq(officerCredentials.officerId, officerId)));
}

/** Turns TOTP on (a sealed secret) or off (null); the replay guard starts afresh either way. */
export async function saveTotpSecret(
  tx: Tx,
  tenantId: string,
  officerId: string,
  sealed: string | null,
  now: Date,
): Promise<void> {
  await tx
    .update(officerCredentials)
    .set({ totpSecretSealed: sealed, totpLastStep: null, updatedAt: now })
    .where(and(eq(officerCredentials.tenantId, tenantId), eq(officerCredentials.officerId, officerId)));
}

/** Ends every open session of an officer; returns how many were open. */
export async function revokeOfficerSessions(tx: Tx, tenantId: string, officerId: string, now: Date): Promise<number> {
  const rows = await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.tenantId, tenantId), eq(sessions.officerId, officerId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length;
}
