import type { Tx } from '../../../platform/db/database.ts';
import { enqueueJob } from '../../../platform/jobs/enqueue.ts';

/** Sends an endpoint's pending deliveries, oldest first: `{tenantId, endpointId}`. */
export const DRAIN_JOB = 'integrations:webhook-drain';

/**
 * Wakes the endpoint's drain (now, or at `runAt` for a retry) inside the caller's transaction. One
 * job per endpoint at a time (job key) in a queue of its own, so an endpoint's deliveries go out
 * one by one, in order, and one slow receiver holds up no other.
 */
export async function scheduleDrain(tx: Tx, tenantId: string, endpointId: string, runAt?: Date): Promise<void> {
  await enqueueJob(
    tx,
    DRAIN_JOB,
    { tenantId, endpointId },
    {
      jobKey: `webhook-drain:${endpointId}`,
      queueName: `webhooks:${endpointId}`,
      ...(runAt !== undefined ? { runAt } : {}),
    },
  );
}
