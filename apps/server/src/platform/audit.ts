import { createHash } from 'node:crypto';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from './db/database.ts';
import { auditLog } from './db/schema/index.ts';

export interface AuditEntry {
  actorType: 'officer' | 'citizen' | 'system' | 'integrator';
  actorId?: string | null;
  /** What happened, e.g. `upload.read`, `officer.login`, `application.accept`. */
  action: string;
  subjectType: string;
  subjectId?: string | null;
  requestId?: string | null;
  /** Ids and codes only, never personal data. */
  detail?: Record<string, string | number | boolean | null>;
}

export const GENESIS_HASH = '0'.repeat(64);

function rowHash(prevHash: string, seq: number, at: string, entry: AuditEntry, detail: string): string {
  return createHash('sha256')
    .update(
      [
        prevHash,
        seq,
        at,
        entry.actorType,
        entry.actorId ?? '',
        entry.action,
        entry.subjectType,
        entry.subjectId ?? '',
        entry.requestId ?? '',
        detail,
      ].join('\u001f'),
    )
    .digest('hex');
}

/**
 * Appends to the tenant's hash-chained audit log inside the caller's transaction. A per-tenant
 * transaction lock serialises writers, so the chain never forks.
 */
export async function appendAudit(tx: Tx, tenantId: string, entry: AuditEntry, at: Date = new Date()): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`audit:${tenantId}`}))`);
  const last = await tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .where(eq(auditLog.tenantId, tenantId))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  const seq = (last[0]?.seq ?? 0) + 1;
  const prevHash = last[0]?.hash ?? GENESIS_HASH;
  const iso = at.toISOString();
  const detail = JSON.stringify(entry.detail ?? {});
  await tx.insert(auditLog).values({
    tenantId,
    seq,
    at,
    actorType: entry.actorType,
    actorId: entry.actorId ?? null,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId ?? null,
    requestId: entry.requestId ?? null,
    detail,
    prevHash,
    hash: rowHash(prevHash, seq, iso, entry, detail),
  });
}

export interface ChainCheck {
  ok: boolean;
  rows: number;
  /** The first row whose hash or link does not match, when the chain is broken. */
  brokenAt?: number;
}

/** Recomputes the tenant's chain from the start; any changed, inserted or removed row breaks it. */
export async function verifyAuditChain(tx: Tx, tenantId: string): Promise<ChainCheck> {
  const rows = await tx
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenantId)))
    .orderBy(asc(auditLog.seq));
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const row of rows) {
    const entry: AuditEntry = {
      actorType: row.actorType as AuditEntry['actorType'],
      actorId: row.actorId,
      action: row.action,
      subjectType: row.subjectType,
      subjectId: row.subjectId,
      requestId: row.requestId,
    };
    const expected = rowHash(prev, row.seq, row.at.toISOString(), entry, row.detail);
    if (row.seq !== expectedSeq || row.prevHash !== prev || row.hash !== expected) {
      return { ok: false, rows: rows.length, brokenAt: row.seq };
    }
    prev = row.hash;
    expectedSeq += 1;
  }
  return { ok: true, rows: rows.length };
}
