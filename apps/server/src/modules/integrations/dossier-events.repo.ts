import { sql } from 'drizzle-orm';
import type { Status } from '@motcua/workflow';
import type { Tx } from '../../platform/db/database.ts';
import type { EventFacts } from './domain/webhook-payload.ts';

type Stamp = Date | string;
const at = (value: Stamp): Date => new Date(value);
const atOrNull = (value: Stamp | null): Date | null => (value === null ? null : new Date(value));

interface FactsRow {
  event_id: string;
  at: Stamp;
  action: string;
  to_status: Status;
  code: string;
  procedure_code: string;
  channel: string;
  unit_eid: string;
  unit_name: string;
  submitted_at: Stamp;
  received_at: Stamp | null;
  due_at: Stamp | null;
  rescheduled_due_at: Stamp | null;
  result_ready_at: Stamp | null;
  returned_at: Stamp | null;
  slug: string;
}

/**
 * A recorded dossier event with its dossier's codes and current dates, the unit holding it after
 * the event, and the province's slug: what a webhook reports. No personal data is read.
 */
export async function readEventFacts(
  tx: Tx,
  tenantId: string,
  eventId: string,
): Promise<{ slug: string; facts: EventFacts } | undefined> {
  const result = await tx.execute(sql`
    select e.id as event_id, e.at, e.action, e.to_status, a.code, a.procedure_code, a.channel,
           u.eid as unit_eid, u.name as unit_name, a.submitted_at, a.received_at, a.due_at, a.rescheduled_due_at,
           a.result_ready_at, a.returned_at, t.slug
      from application_events e
      join applications a on a.tenant_id = e.tenant_id and a.id = e.application_id
      join units u on u.tenant_id = e.tenant_id and u.id = coalesce(e.to_unit_id, a.current_unit_id)
      join tenants t on t.id = e.tenant_id
     where e.tenant_id = ${tenantId} and e.id = ${eventId}`);
  const row = (result.rows as unknown as FactsRow[])[0];
  if (!row) return undefined;
  return {
    slug: row.slug,
    facts: {
      eventId: row.event_id,
      at: at(row.at),
      action: row.action,
      toStatus: row.to_status,
      code: row.code,
      procedureCode: row.procedure_code,
      channel: row.channel,
      unit: { eid: row.unit_eid, name: row.unit_name },
      submittedAt: at(row.submitted_at),
      receivedAt: atOrNull(row.received_at),
      dueAt: atOrNull(row.due_at),
      rescheduledDueAt: atOrNull(row.rescheduled_due_at),
      resultReadyAt: atOrNull(row.result_ready_at),
      returnedAt: atOrNull(row.returned_at),
    },
  };
}
