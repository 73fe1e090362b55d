import type { Tx } from '../../../platform/db/database.ts';
import { enqueueJob } from '../../../platform/jobs/enqueue.ts';

/**
 * The job every recorded dossier event enqueues, in the transaction that records it: modules that
 * react to dossier events (outbound webhooks) handle it, and the workflow knows none of them. The
 * system wires the handler (`delivery.ts`).
 */
export const APPLICATION_EVENT_JOB = 'applications:event';

/** What `applications:event` carries: ids only. */
export interface ApplicationEventJob {
  tenantId: string;
  eventId: string;
}

/**
 * Enqueues `applications:event` for an event just recorded. One province's events run one at a
 * time, in the order they were recorded (a named queue), so their consumers see them in order.
 */
export async function publishEvent(tx: Tx, event: ApplicationEventJob): Promise<void> {
  await enqueueJob(
    tx,
    APPLICATION_EVENT_JOB,
    { tenantId: event.tenantId, eventId: event.eventId },
    { queueName: `application-events:${event.tenantId}` },
  );
}
