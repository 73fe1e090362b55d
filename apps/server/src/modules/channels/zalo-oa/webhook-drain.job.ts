import type { JobHelpers, Task } from 'graphile-worker';
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
