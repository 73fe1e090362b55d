import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
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
  await tx.execute(sql`select ${enqueueCall({ identifier, payload, options })}`);
}

/** The call that adds one job (an SQL expression), for statements that write and enqueue at once. */
function enqueueCall(job: JobSpec): SQL {
  const options = job.options ?? {};
  return sql`public.motcua_enqueue(${job.identifier}, ${JSON.stringify(job.payload)}::json, ${options.runAt ?? null}::timestamptz, ${options.maxAttempts ?? 25}::int, ${options.jobKey ?? null}::text, ${options.queueName ?? null}::text)`;
}

export interface JobSpec {
  identifier: string;
  payload: Record<string, string | number | boolean | null>;
  options?: EnqueueOptions;
}

/** One write of a combined statement, and the job to add for each row it returns. */
export interface WriteStep {
  /** An INSERT/UPDATE … RETURNING: the rows it returns are what the job is added for. */
  write: SQLWrapper;
  job?: JobSpec;
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
  const [written] = await writeAllAndEnqueue(tx, [{ write, job: { identifier, payload, options } }]);
  return (written ?? 0) > 0;
}

/**
 * Several writes, each with the job it causes, in one statement (one round trip, where a statement
 * per write would take as many): each write is a data-modifying WITH query, its job is added once
 * per row it returns. Answers how many rows each write returned, in order. The writes share one
 * snapshot, so none may read what another writes; foreign keys between them are checked at the end
 * of the statement, after all of them.
 */
export async function writeAllAndEnqueue(tx: Tx, steps: readonly WriteStep[]): Promise<number[]> {
  if (steps.length === 0) return [];
  const queries: SQL[] = [];
  const counts: SQL[] = [];
  steps.forEach((step, i) => {
    const written = sql.raw(`written_${String(i)}`);
    queries.push(sql`${written} as (${step.write.getSQL()})`);
    counts.push(sql`(select count(*) from ${written})::int`);
    if (step.job) {
      const enqueued = sql.raw(`enqueued_${String(i)}`);
      queries.push(sql`${enqueued} as (select ${enqueueCall(step.job)} from ${written})`);
      // A WITH query that only reads runs only when referenced: counting its rows runs every call.
      counts.push(sql`(select count(*) from ${enqueued})::int`);
    }
  });
  const result = await tx.execute<{ counts: number[] }>(
    sql`with ${sql.join(queries, sql`, `)} select array[${sql.join(counts, sql`, `)}] as counts`,
  );
  const all = result.rows[0]?.counts ?? [];
  // Report the writes' counts only (each job count follows its write's).
  const written: number[] = [];
  let at = 0;
  for (const step of steps) {
    written.push(all[at] ?? 0);
    at += step.job ? 2 : 1;
  }
  return written;
}
