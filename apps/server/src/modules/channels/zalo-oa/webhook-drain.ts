import { createHash } from 'node:crypto';
import { and, asc, eq, isNull, notInArray } from 'drizzle-orm';
import { withTx, type Database, type Tx } from '../../../platform/db/database.ts';
import { zaloWebhookEvents } from '../../../platform/db/schema/index.ts';
import { enqueueJob } from '../../../platform/jobs/enqueue.ts';
import { processWebhookEvent, type ProcessWebhookDeps } from './process-webhook-event.ts';
import { RunState, type FailedEvents, type PendingRow } from './webhook-drain-failures.ts';

export type { FailedEvents } from './webhook-drain-failures.ts';

/** The job that processes a province's stored OA events (payload `{ tenantId }`). */
export const WEBHOOK_DRAIN_JOB = 'zalo:webhook-drain';

/** One pending drain per province: a burst of events queues one job, not one per event. */
export function drainJobKey(tenantId: string): string {
  return `zalo:drain:${tenantId}`;
}

/** The drain that must run later even if no event arrives: the net under a dying worker, and retries. */
export function laterDrainJobKey(tenantId: string): string {
  return `zalo:drain-later:${tenantId}`;
}

/** Queues the province's drain, in the transaction that stored its events. */
export async function enqueueWebhookDrain(tx: Tx, tenantId: string): Promise<void> {
  await enqueueJob(tx, WEBHOOK_DRAIN_JOB, { tenantId }, { jobKey: drainJobKey(tenantId) });
}

/** What the drain asks of the job queue besides its own job (graphile-worker in production). */
export interface DrainScheduler {
  /** (Re)sets the province's later drain to run at `at`. */
  later(tenantId: string, at: Date): Promise<void>;
  /** Drops the later drain: this one finished and nothing waits for a retry. */
  cancelLater(tenantId: string): Promise<void>;
  /** Queues another drain now (this one used up its time). */
  again(tenantId: string): Promise<void>;
}

export interface DrainDeps extends ProcessWebhookDeps {
  /** Events read per query (default 100). */
  batchSize?: number;
  /** People whose events are processed side by side (default 4); one person's events never are. */
  concurrency?: number;
  /** A drain stops after this long and queues the next one, sharing the runner (default 20 s). */
  budgetMs?: number;
  /** When the later drain runs if this one dies (default 60 s). */
  safetyNetMs?: number;
  /** The first retry of a failed event waits this long, doubling up to 15 minutes (default 1 s). */
  retryBaseMs?: number;
  /** Failed events waiting for their retry, shared by the drains of this process. */
  failures?: FailedEvents;
}

export interface DrainContext {
  scheduler?: DrainScheduler;
  /** Told of each failed event (by key: the event itself may hold personal data). */
  onFailure?: (eventKey: string, error: unknown) => void;
}

export interface DrainOutcome {
  processed: number;
  failed: number;
  /** Another process was draining this province (it looks again when it is done). */
  busy: boolean;
  /** Stopped at the time budget; the next drain is queued. */
  more: boolean;
}

const obj = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
const idOf = (value: unknown): string | undefined => {
  const id = obj(value)['id'];
  return typeof id === 'string' && id !== '' ? id : undefined;
};

/**
 * Whose event this is, for ordering: the follower of follow/unfollow, the person an OA message or
 * its receipt went to, else the sender. Events without a person are independent of each other.
 */
export function personOf(body: unknown, eventKey: string): string {
  const event = obj(body);
  const name = typeof event['event_name'] === 'string' ? event['event_name'] : '';
  const towardsPerson = name.startsWith('oa_send_') || name === 'user_received_message' || name === 'user_seen_message';
  const person = idOf(event['follower']) ?? (towardsPerson ? idOf(event['recipient']) : idOf(event['sender']));
  return person === undefined ? `event:${eventKey}` : `person:${person}`;
}

/** A 64-bit advisory-lock key for the province's drain (hashed: no collision in practice). */
function lockKey(tenantId: string): string {
  return createHash('sha256').update(`zalo-webhook-drain:${tenantId}`).digest().readBigInt64BE(0).toString();
}

/**
 * Runs `work` while holding the province's drain lock: a session advisory lock on a connection kept
 * for the purpose, so it is released when the work ends and also when the worker dies (its
 * connection closes). Undefined when another drain holds it.
 */
async function whileLocked<T>(database: Database, tenantId: string, work: () => Promise<T>): Promise<T | undefined> {
  const client = await database.pool.connect();
  const key = lockKey(tenantId);
  let broken = false;
  try {
    const got = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1::bigint) as ok', [key]);
    if (got.rows[0]?.ok !== true) return undefined;
    try {
      return await work();
    } finally {
      await client.query('select pg_advisory_unlock($1::bigint)', [key]).catch(() => {
        // The session ends with the discarded connection, and its lock with it.
        broken = true;
      });
    }
  } catch (error) {
    broken = true;
    throw error;
  } finally {
    client.release(broken);
  }
}

async function pendingEvents(
  database: Database,
  tenantId: string,
  skip: ReadonlySet<string>,
  limit: number,
): Promise<PendingRow[]> {
  return withTx(database, tenantId, (tx) =>
    tx
      .select({
        eventKey: zaloWebhookEvents.eventKey,
        body: zaloWebhookEvents.body,
        receivedAt: zaloWebhookEvents.receivedAt,
      })
      .from(zaloWebhookEvents)
      .where(
        and(
          eq(zaloWebhookEvents.tenantId, tenantId),
          isNull(zaloWebhookEvents.processedAt),
          notInArray(zaloWebhookEvents.eventKey, [...skip]),
        ),
      )
      .orderBy(asc(zaloWebhookEvents.receivedAt), asc(zaloWebhookEvents.eventKey))
      .limit(limit),
  );
}

/** One person's events of a batch, in the order received; a failure stops their later ones. */
async function processInOrder(deps: DrainDeps, tenantId: string, rows: PendingRow[], run: RunState): Promise<void> {
  for (const row of rows) {
    const person = personOf(row.body, row.eventKey);
    const now = deps.now().getTime();
    if (!run.ready(row, person, now)) continue;
    try {
      await processWebhookEvent(deps, { tenantId, eventKey: row.eventKey });
      run.succeeded(row);
    } catch (error) {
      // Retried after a backoff, holding back this person's later events meanwhile (see RunState).
      run.failedOn(row, person, deps.now().getTime());
      run.onFailure?.(row.eventKey, error);
    }
  }
}

/** A batch: grouped by person, the groups run side by side, each group in order. */
async function processBatch(deps: DrainDeps, tenantId: string, rows: PendingRow[], run: RunState): Promise<void> {
  const groups = new Map<string, PendingRow[]>();
  for (const row of rows) {
    const person = personOf(row.body, row.eventKey);
    const group = groups.get(person);
    if (group) group.push(row);
    else groups.set(person, [row]);
  }
  const queue = [...groups.values()];
  const lanes = Math.max(1, Math.min(deps.concurrency ?? 4, queue.length));
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      for (let group = queue.shift(); group !== undefined; group = queue.shift()) {
        await processInOrder(deps, tenantId, group, run);
      }
    }),
  );
}

/** Drains under the lock until nothing is left, or the time budget is used up. */
async function drainLocked(deps: DrainDeps, tenantId: string, run: RunState): Promise<{ more: boolean }> {
  const started = performance.now();
  for (;;) {
    const rows = await pendingEvents(deps.database, tenantId, run.skip, deps.batchSize ?? 100);
    if (rows.length === 0) return { more: false };
    await processBatch(deps, tenantId, rows, run);
    if (performance.now() - started > (deps.budgetMs ?? 20_000)) return { more: true };
  }
}

const processLocalFailures: FailedEvents = new Map();

/**
 * Processes a province's stored OA events that are not processed yet, oldest first: each exactly
 * once (one drain per province at a time, under a PostgreSQL advisory lock; each event is also
 * locked and re-checked when processed) and each person's in the order received. Nothing is lost
 * if the worker dies: the events stay unprocessed, and the later drain armed here (or the next
 * event's drain) takes them. After releasing the lock it looks once more, so an event stored while
 * another drain was giving up on the lock is not left behind.
 */
export async function drainWebhookEvents(
  deps: DrainDeps,
  tenantId: string,
  context: DrainContext = {},
): Promise<DrainOutcome> {
  const run = new RunState(
    tenantId,
    deps.failures ?? processLocalFailures,
    deps.retryBaseMs ?? 1000,
    context.onFailure,
  );
  const outcome = (busy: boolean, more: boolean): DrainOutcome => ({
    processed: run.processed,
    failed: run.failed,
    busy,
    more,
  });
  let armed = false;
  for (;;) {
    const waiting = await pendingEvents(deps.database, tenantId, run.skip, 1);
    if (waiting.length === 0) break;
    const result = await whileLocked(deps.database, tenantId, async () => {
      await context.scheduler?.later(tenantId, new Date(deps.now().getTime() + (deps.safetyNetMs ?? 60_000)));
      return drainLocked(deps, tenantId, run);
    });
    if (result === undefined) return outcome(true, false);
    armed = true;
    if (result.more) {
      await context.scheduler?.again(tenantId);
      return outcome(false, true);
    }
  }
  const retry = run.nextRetry();
  if (retry !== undefined) await context.scheduler?.later(tenantId, new Date(retry));
  else if (armed) await context.scheduler?.cancelLater(tenantId);
  return outcome(false, false);
}
