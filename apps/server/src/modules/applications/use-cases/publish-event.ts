import type { Tx } from '../../../platform/db/database.ts';
import { writeAllAndEnqueue, type WriteStep } from '../../../platform/jobs/enqueue.ts';
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
 * The INSERT of a dossier event with its `applications:event` job, as one step of a combined write.
 * One province's events run one at a time, in the order they were recorded (a named queue), so
 * their consumers see them in order.
 */
export function eventStep(tx: Tx, event: NewEvent & { id: string }): WriteStep {
  return {
    write: eventInsert(tx, event),
    job: {
      identifier: APPLICATION_EVENT_JOB,
      payload: { tenantId: event.tenantId, eventId: event.id },
      options: { queueName: `application-events:${event.tenantId}` },
    },
  };
}

/** Records a dossier event and enqueues its `applications:event` in one statement. */
export async function recordEvent(tx: Tx, event: NewEvent & { id: string }): Promise<void> {
  await writeAllAndEnqueue(tx, [eventStep(tx, event)]);
}
