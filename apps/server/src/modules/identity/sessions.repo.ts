import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { officerRoles, officers, sessions } from '../../platform/db/schema/index.ts';

export interface NewSessionRow {
  id: string;
  officerId: string;
  tokenHash: string;
  csrfToken: string;
  now: Date;
  expiresAt: Date;
}

export async function insertSession(tx: Tx, tenantId: string, row: NewSessionRow): Promise<void> {
  await tx.insert(sessions).values({
    tenantId,
    id: row.id,
    officerId: row.officerId,
    tokenHash: row.tokenHash,
    csrfToken: row.csrfToken,
    createdAt: row.now,
    lastSeenAt: row.now,
    expiresAt: row.expiresAt,
  });
}

export interface SessionRecord {
  id: string;
  csrfToken: string;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  officer: { id: string; username: string; fullName: string };
  /** The officer's role grants, read in the same statement (every officer request needs them). */
  grants: { unitId: string; role: string }[];
}

/**
 * The session behind a token, with its officer and role grants in one statement; sessions of
 * disabled officers are not returned.
 */
export async function findSessionByTokenHash(
  tx: Tx,
  tenantId: string,
  tokenHash: string,
): Promise<SessionRecord | undefined> {
  const rows = await tx
    .select({
      id: sessions.id,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      revokedAt: sessions.revokedAt,
      officerId: officers.id,
      username: officers.username,
      fullName: officers.fullName,
      grants: sql<{ unitId: string; role: string }[]>`coalesce((
        select json_agg(json_build_object('unitId', ${officerRoles.unitId}, 'role', ${officerRoles.role}))
          from ${officerRoles}
         where ${officerRoles.tenantId} = ${sessions.tenantId} and ${officerRoles.officerId} = ${sessions.officerId}
      ), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(officers, and(eq(officers.tenantId, sessions.tenantId), eq(officers.id, sessions.officerId)))
    .where(and(eq(sessions.tenantId, tenantId), eq(sessions.tokenHash, tokenHash), eq(officers.status, 'active')))
    .limit(1);
  const row = rows[0];
  if (!row) return undefined;
  const { officerId, username, fullName, ...session } = row;
  return { ...session, officer: { id: officerId, username, fullName } };
}

/** Revokes the session behind a token, if it is still open; returns its officer id when one was revoked. */
export async function revokeSessionByTokenHash(
  tx: Tx,
  tenantId: string,
  tokenHash: string,
  now: Date,
): Promise<{ id: string; officerId: string } | undefined> {
  const rows = await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.tenantId, tenantId), eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id, officerId: sessions.officerId });
  return rows[0];
}

export async function revokeSession(tx: Tx, tenantId: string, sessionId: string, now: Date): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.tenantId, tenantId), eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

export async function touchSession(tx: Tx, tenantId: string, sessionId: string, now: Date): Promise<void> {
  await tx
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(and(eq(sessions.tenantId, tenantId), eq(sessions.id, sessionId)));
}
