import type { Tx } from '../../../platform/db/database.ts';
import { writeAndEnqueue } from '../../../platform/jobs/enqueue.ts';
import { eventInsert, type NewEvent } from '../applications.repo.ts';

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
 * Records a dossier event and enqueues its `applications:event` in one statement. One province's
 * events run one at a time, in the order they were recorded (a named queue), so their consumers see
 * them in order.
 */
export async function recordEvent(tx: Tx, event: NewEvent & { id: string }): Promise<void> {
  await writeAndEnqueue(
    tx,
    eventInsert(tx, event),
    APPLICATION_EVENT_JOB,
    { tenantId: event.tenantId, eventId: event.id },
    { queueName: `application-events:${event.tenantId}` },
  );
}
