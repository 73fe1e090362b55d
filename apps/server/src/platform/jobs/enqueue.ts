import { sql, type SQLWrapper } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';

export interface EnqueueOptions {
  /** Deduplicates: a job with the same key replaces the pending one instead of adding another. */
  jobKey?: string;
  runAt?: Date;
  maxAttempts?: number;
  /** Jobs of one named queue run one at a time, in order (e.g. one province's broadcast fan-out). */
  queueName?: string;
}

/**
 * Adds a job inside the caller's transaction (graphile-worker's `add_job`, through `motcua_enqueue`): it exists only if the
 * transaction commits. Payloads carry ids, never personal data.
 */
export async function enqueueJob(
  tx: Tx,
  identifier: string,
  payload: Record<string, string | number | boolean | null>,
  options: EnqueueOptions = {},
): Promise<void> {
  if (options.queueName !== undefined) {
    await tx.execute(
      sql`select public.motcua_enqueue(${identifier}, ${JSON.stringify(payload)}::json, ${options.runAt ?? null}::timestamptz, ${options.maxAttempts ?? 25}::int, ${options.jobKey ?? null}::text, ${options.queueName}::text)`,
    );
    return;
  }
  await tx.execute(
    sql`select public.motcua_enqueue(${identifier}, ${JSON.stringify(payload)}::json, ${options.runAt ?? null}::timestamptz, ${options.maxAttempts ?? 25}::int, ${options.jobKey ?? null}::text)`,
  );
}

/**
 * Writes a row and adds a job for it in one statement (one round trip): the job is added only when
 * `write` (an INSERT … RETURNING) returns a row, so a write skipped by `on conflict do nothing` adds
 * no job for it.
 */
export async function writeAndEnqueue(
  tx: Tx,
  write: SQLWrapper,
  identifier: string,
  payload: Record<string, string | number | boolean | null>,
  options: EnqueueOptions = {},
): Promise<boolean> {
  const result = await tx.execute(
    sql`with written as (${write.getSQL()}) select public.motcua_enqueue(${identifier}, ${JSON.stringify(payload)}::json, ${options.runAt ?? null}::timestamptz, ${options.maxAttempts ?? 25}::int, ${options.jobKey ?? null}::text, ${options.queueName ?? null}::text) from written`,
  );
  return result.rows.length > 0;
}
