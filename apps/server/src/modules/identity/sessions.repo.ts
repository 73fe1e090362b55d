import { and, eq, isNull } from 'drizzle-orm';
import { queryScopedFunction, type Database, type Tx } from '../../platform/db/database.ts';
import { sessions } from '../../platform/db/schema/index.ts';

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
 * The session behind a token, with its officer and role grants; sessions of disabled officers are
 * not returned. Every officer request reads it, so it is one statement outside a transaction: the
 * `motcua_officer_session` function (migration 0021) scopes itself to the province.
 */
export async function findSessionOutsideTx(
  database: Database,
  tenantId: string,
  tokenHash: string,
): Promise<SessionRecord | undefined> {
  const [row] = await queryScopedFunction<{
    id: string;
    csrf_token: string;
    last_seen_at: Date;
    expires_at: Date;
    revoked_at: Date | null;
    officer_id: string;
    username: string;
    full_name: string;
    grants: { unitId: string; role: string }[];
  }>(database, 'select * from motcua_officer_session($1::uuid, $2::text, $3::boolean)', [
    tenantId,
    tokenHash,
    database.usesAppRole,
  ]);
  if (!row) return undefined;
  return {
    id: row.id,
    csrfToken: row.csrf_token,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    officer: { id: row.officer_id, username: row.username, fullName: row.full_name },
    grants: row.grants,
  };
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
