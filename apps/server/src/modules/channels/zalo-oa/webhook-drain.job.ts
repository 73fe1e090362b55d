import { and, eq, isNull, lt } from 'drizzle-orm';
import type { JobHelpers, Task } from 'graphile-worker';
import { withSystemTx, withTx, type Database } from '../../../platform/db/database.ts';
import { tenants, zaloWebhookEvents } from '../../../platform/db/schema/index.ts';
import {
  drainJobKey,
  drainWebhookEvents,
  laterDrainJobKey,
  WEBHOOK_DRAIN_JOB,
  type DrainDeps,
  type DrainScheduler,
} from './webhook-drain.ts';

/** The later and next drains through graphile-worker (the runner's own connection and schema). */
function graphileScheduler(helpers: JobHelpers): DrainScheduler {
  return {
    async later(tenantId, at) {
      await helpers.addJob(WEBHOOK_DRAIN_JOB, { tenantId }, { jobKey: laterDrainJobKey(tenantId), runAt: at });
    },
    async cancelLater(tenantId) {
      await helpers.query('select graphile_worker.remove_job($1)', [laterDrainJobKey(tenantId)]);
    },
    async again(tenantId) {
      await helpers.addJob(WEBHOOK_DRAIN_JOB, { tenantId }, { jobKey: drainJobKey(tenantId) });
    },
  };
}

function tenantOf(payload: unknown): string {
  const tenantId =
    typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>)['tenantId'] : undefined;
  if (typeof tenantId !== 'string' || tenantId === '') throw new Error(`${WEBHOOK_DRAIN_JOB} needs tenantId`);
  return tenantId;
}

/**
 * `zalo:webhook-drain`: processes a province's stored OA events (see `drainWebhookEvents`). The
 * webhook queues it in the transaction that stored the events, with one job key per province. A
 * job that starts while this process already drains the province only asks that drain to look
 * once more, so a burst of jobs costs no extra queries.
 */
export function drainWebhookEventsJob(deps: DrainDeps): Task {
  const draining = new Map<string, { again: boolean }>();
  return async (payload, helpers) => {
    const tenantId = tenantOf(payload);
    const running = draining.get(tenantId);
    if (running) {
      running.again = true;
      return;
    }
    const state = { again: false };
    draining.set(tenantId, state);
    const context = {
      scheduler: graphileScheduler(helpers),
      onFailure: (eventKey: string, error: unknown) => {
        const reason = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
        helpers.logger.error(`Zalo event ${eventKey} failed; retried later (${reason})`);
      },
    };
    try {
      for (;;) {
        state.again = false;
        const outcome = await drainWebhookEvents(deps, tenantId, context);
        // Read through the map: a job started meanwhile set the flag.
        if (outcome.busy || outcome.more || draining.get(tenantId)?.again !== true) return;
      }
    } finally {
      draining.delete(tenantId);
    }
  };
}

export const WEBHOOK_SWEEP_JOB = 'zalo:webhook-sweep';
/** Events left unprocessed this long with no drain coming are what the sweep looks for. */
const SWEEP_AGE_MS = 30_000;

/**
 * `zalo:webhook-sweep` (every minute): the backstop of the drain's wake-ups. A drain is queued in
 * the transaction that stores an event, but under a burst the intake queues one per province at
 * most every 50 ms and the last, trailing one from a timer; a process that dies inside that window
 * leaves stored events with no drain. The sweep queues a drain (same job key, so never a second
 * one) for every province holding events older than 30 s that nobody processed.
 */
export function sweepWebhookEventsJob(database: Database, now: () => Date = () => new Date()): Task {
  return async (_payload, helpers) => {
    const provinces = await withSystemTx(database, (tx) => tx.select({ id: tenants.id }).from(tenants));
    const before = new Date(now().getTime() - SWEEP_AGE_MS);
    for (const { id } of provinces) {
      const waiting = await withTx(database, id, (tx) =>
        tx
          .select({ key: zaloWebhookEvents.eventKey })
          .from(zaloWebhookEvents)
          .where(
            and(
              eq(zaloWebhookEvents.tenantId, id),
              isNull(zaloWebhookEvents.processedAt),
              lt(zaloWebhookEvents.receivedAt, before),
            ),
          )
          .limit(1),
      );
      if (waiting.length > 0) await helpers.addJob(WEBHOOK_DRAIN_JOB, { tenantId: id }, { jobKey: drainJobKey(id) });
    }
  };
}
