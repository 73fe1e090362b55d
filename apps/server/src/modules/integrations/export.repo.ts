import type { ExportRow } from '@motcua/contracts';
import { statuses, statusLabel, type Status } from '@motcua/workflow';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { ENDED_ON_TIME } from '../reports/index.ts';
import { nationalChannel } from './domain/dossier-events.ts';
import { vietnamTime } from './domain/webhook-payload.ts';

type Stamp = Date | string;
const time = (value: Stamp | null): string | null => (value === null ? null : vietnamTime(new Date(value)));

interface Row {
  id: string;
  code: string;
  procedure_code: string;
  status: Status;
  channel: string;
  unit_eid: string;
  submitted_at: Stamp;
  received_at: Stamp | null;
  due_at: Stamp | null;
  rescheduled_due_at: Stamp | null;
  result_ready_at: Stamp | null;
  returned_at: Stamp | null;
  ended_at: Stamp | null;
  supplement_count: number;
  on_time: boolean | null;
}

/** Where the next page starts: after this dossier in (submitted at, id) order. */
export interface ExportCursor {
  submittedAt: string;
  id: string;
}

function toExportRow(row: Row): ExportRow {
  return {
    code: row.code,
    procedureCode: row.procedure_code,
    status: statuses[row.status].code,
    statusLabel: statusLabel(row.status),
    channel: row.channel,
    nationalChannel: nationalChannel(row.channel),
    unitEid: row.unit_eid,
    submittedAt: time(row.submitted_at) ?? '',
    receivedAt: time(row.received_at),
    dueAt: time(row.rescheduled_due_at ?? row.due_at),
    originalDueAt: time(row.due_at),
    rescheduledDueAt: time(row.rescheduled_due_at),
    resultReadyAt: time(row.result_ready_at),
    returnedAt: time(row.returned_at),
    endedAt: time(row.ended_at),
    supplementCount: row.supplement_count,
    onTime: row.on_time,
  };
}

/**
 * One page of the dossiers submitted in [start, end), in submission order, read along
 * `applications_submitted_idx`. On time is the reports module's QĐ 766 rule, for dossiers accepted
 * and ended; null for the others.
 */
export async function exportPage(
  tx: Tx,
  tenantId: string,
  period: { start: Date; end: Date },
  after: ExportCursor | undefined,
  limit: number,
): Promise<{ rows: ExportRow[]; cursor: ExportCursor | undefined }> {
  const result = await tx.execute(sql`
    select a.id, a.code, a.procedure_code, a.status, a.channel, u.eid as unit_eid, a.submitted_at, a.received_at,
           a.due_at, a.rescheduled_due_at, a.result_ready_at, a.returned_at, a.ended_at, a.supplement_count,
           case when a.received_at is null or a.ended_at is null then null else ${ENDED_ON_TIME} end as on_time,
           a.submitted_at::text as cursor_at
      from applications a
      join units u on u.tenant_id = a.tenant_id and u.id = a.unit_id
     where a.tenant_id = ${tenantId} and a.submitted_at >= ${period.start} and a.submitted_at < ${period.end}
       ${after ? sql`and (a.submitted_at, a.id) > (${after.submittedAt}::timestamptz, ${after.id}::uuid)` : sql``}
     order by a.submitted_at, a.id
     limit ${limit}`);
  const found = result.rows as unknown as (Row & { cursor_at: string })[];
  const last = found[found.length - 1];
  return {
    rows: found.map(toExportRow),
    cursor: found.length === limit && last ? { submittedAt: last.cursor_at, id: last.id } : undefined,
  };
}
