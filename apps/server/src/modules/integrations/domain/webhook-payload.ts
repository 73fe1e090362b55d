import type { WebhookEventType, WebhookPayload } from '@motcua/contracts';
import type { Status } from '@motcua/workflow';
import { nationalStatus } from './dossier-events.ts';

/** What the fan-out reads of a recorded event and its dossier. */
export interface EventFacts {
  eventId: string;
  at: Date;
  action: string;
  toStatus: Status;
  code: string;
  procedureCode: string;
  channel: string;
  unit: { eid: string; name: string };
  submittedAt: Date;
  receivedAt: Date | null;
  dueAt: Date | null;
  rescheduledDueAt: Date | null;
  resultReadyAt: Date | null;
  returnedAt: Date | null;
}

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** An instant in ISO 8601 with Vietnam's offset: `2025-03-03T09:00:00+07:00`. */
export function vietnamTime(instant: Date): string {
  return `${new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

function orNull(instant: Date | null): string | null {
  return instant === null ? null : vietnamTime(instant);
}

/**
 * The JSON body of a delivery. The status is the one the event entered; the dates are the dossier's
 * when the delivery was created (`dueAt`: the date last promised; `originalDueAt`: Mẫu 01's).
 */
export function webhookPayload(
  deliveryId: string,
  type: WebhookEventType,
  tenantSlug: string,
  facts: EventFacts,
): WebhookPayload {
  const national = nationalStatus(facts.toStatus);
  return {
    id: deliveryId,
    type,
    occurredAt: vietnamTime(facts.at),
    tenant: tenantSlug,
    data: {
      eventId: facts.eventId,
      code: facts.code,
      procedureCode: facts.procedureCode,
      action: facts.action,
      status: facts.toStatus,
      statusLabel: national.label,
      nationalStatus: national.code,
      unit: facts.unit,
      channel: facts.channel,
      submittedAt: vietnamTime(facts.submittedAt),
      receivedAt: orNull(facts.receivedAt),
      dueAt: orNull(facts.rescheduledDueAt ?? facts.dueAt),
      originalDueAt: orNull(facts.dueAt),
      rescheduledDueAt: orNull(facts.rescheduledDueAt),
      resultReadyAt: orNull(facts.resultReadyAt),
      returnedAt: orNull(facts.returnedAt),
    },
  };
}
