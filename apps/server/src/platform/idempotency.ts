import { createHash } from 'node:crypto';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Tx } from './db/database.ts';
import { idempotencyKeys } from './db/schema/index.ts';
import { AppError } from './errors.ts';

export interface StoredResponse<T> {
  status: number;
  body: T;
  /** True when this is the answer to an earlier identical request. */
  replayed: boolean;
}

/** Thrown when a key is reused with a different request body. */
export class IdempotencyConflictError extends AppError {
  constructor() {
    super('REQUEST.IDEMPOTENCY_CONFLICT', 'Idempotency-Key reused with a different request');
  }
}

export function requestHash(body: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(body ?? null))
    .digest('hex');
}

/**
 * Runs a write at most once per (tenant, scope, key) inside the caller's transaction. Requests with
 * the same key wait for each other (a transaction lock); a repeat with the same body gets the first
 * answer, with a different body a 409. Without a key the write simply runs.
 */
export async function idempotent<T>(
  tx: Tx,
  tenantId: string,
  scope: string,
  key: string | undefined,
  body: unknown,
  write: () => Promise<{ status: number; body: T }>,
): Promise<StoredResponse<T>> {
  if (!key) return { ...(await write()), replayed: false };
  const hash = requestHash(body);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`idem:${tenantId}:${scope}:${key}`}))`);
  const found = await tx
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.tenantId, tenantId), eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)))
    .limit(1);
  const previous = found[0];
  if (previous) {
    if (previous.requestHash !== hash) throw new IdempotencyConflictError();
    return { status: previous.status, body: previous.body as T, replayed: true };
  }
  const result = await write();
  await tx
    .insert(idempotencyKeys)
    .values({ tenantId, scope, key, requestHash: hash, status: result.status, body: result.body });
  return { ...result, replayed: false };
}

/**
 * An UPDATE (for a WITH query of the caller's statement) that completes an answer `idempotent`
 * stored earlier in this transaction: every occurrence of `placeholder` in it becomes `value`, an
 * SQL text expression over `from` (e.g. a code the same statement just made). Returns one row
 * when the key's answer was there; without a key it updates nothing.
 */
export function completeStoredAnswer(
  tenantId: string,
  scope: string,
  key: string | undefined,
  fill: { placeholder: string; value: SQL; from: SQL },
): SQL {
  return sql`update ${idempotencyKeys} set body = replace(${idempotencyKeys}.body::text, ${fill.placeholder}::text, ${fill.value})::jsonb
      from ${fill.from}
      where ${key !== undefined}
        and ${idempotencyKeys}.tenant_id = ${tenantId}
        and ${idempotencyKeys}.scope = ${scope}
        and ${idempotencyKeys}.key = ${key ?? ''}
      returning 1`;
}
