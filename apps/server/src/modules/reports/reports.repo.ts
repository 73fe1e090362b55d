import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import type { Period } from './domain/period.ts';

/** The unit ids whose dossiers are counted, or every unit of the province. */
export type UnitScope = readonly string[] | 'all';

/** One row of the grouped counts: the totals, or one unit, procedure or channel. */
export interface StatsRow {
  /** `grouping(unit, procedure, channel)`: 7 totals, 3 by unit, 5 by procedure, 6 by channel. */
  set: number;
  unitId: string | null;
  procedureCode: string | null;
  channel: string | null;
  received: number;
  completed: number;
  onTime: number;
  promiseKept: number;
  inProgress: number;
  overdue: number;
  online: number;
  processingSeconds: number;
}

export const GROUPING = { totals: 7, unit: 3, procedure: 5, channel: 6 } as const;

function unitFilter(scope: UnitScope, column: SQL): SQL {
  return scope === 'all' ? sql`` : sql`and ${column} = any(${sql.param([...scope])}::uuid[])`;
}

/**
 * The dashboard's counts, grouped four ways at once (GROUPING SETS over unit, procedure, channel).
 * Each `union all` arm reads one index range and counts only what that range answers, so no
 * dossier is counted twice, and each can be answered from a covering index without reading the
 * wide dossier rows (docs/reports.md lists those indexes):
 * 1. accepted in the period → received, online;
 * 2. ended in the period → completed; on time (QĐ 766 chỉ số 2.1: ended by `due_at`, the date of
 *    Mẫu 01 that supplement waiting time moved and a reschedule did not, with at most one
 *    supplement request); promise kept (ended by `coalesce(rescheduled_due_at, due_at)`); time taken;
 * 3. open now (never ended) and accepted before `asOf`, and
 * 4. ended after `asOf` but accepted before it → in progress at `asOf`; overdue when past the date
 *    last promised and not waiting for a supplement at `asOf`.
 * Dossiers never accepted (refused at intake, not yet accepted) count nowhere.
 */
export function statsQuery(tenantId: string, scope: UnitScope, p: Period): SQL {
  const units = unitFilter(scope, sql`a.unit_id`);
  const zero = sql`0::bigint`;
  const open = sql`count(*) as in_progress,
             count(*) filter (where coalesce(a.rescheduled_due_at, a.due_at) < ${p.asOf}
                                and not coalesce(a.paused_at <= ${p.asOf}, false)) as overdue`;
  return sql`
    with arms as (
      select a.unit_id, a.procedure_code, a.channel,
             count(*) as received, count(*) filter (where a.channel in ('online', 'zalo')) as online,
             ${zero} as completed, ${zero} as on_time, ${zero} as promise_kept, 0::float8 as seconds,
             ${zero} as in_progress, ${zero} as overdue
        from applications a
       where a.tenant_id = ${tenantId} and a.received_at >= ${p.start} and a.received_at < ${p.end} ${units}
       group by 1, 2, 3
      union all
      select a.unit_id, a.procedure_code, a.channel, ${zero}, ${zero},
             count(*),
             count(*) filter (where a.ended_at <= a.due_at and a.supplement_count <= 1),
             count(*) filter (where a.ended_at <= coalesce(a.rescheduled_due_at, a.due_at)),
             sum(extract(epoch from a.ended_at - a.received_at))::float8,
             ${zero}, ${zero}
        from applications a
       where a.tenant_id = ${tenantId} and a.received_at is not null
         and a.ended_at >= ${p.start} and a.ended_at < ${p.end} ${units}
       group by 1, 2, 3
      union all
      select a.unit_id, a.procedure_code, a.channel, ${zero}, ${zero}, ${zero}, ${zero}, ${zero}, 0::float8, ${open}
        from applications a
       where a.tenant_id = ${tenantId} and a.ended_at is null and a.received_at < ${p.asOf} ${units}
       group by 1, 2, 3
      union all
      select a.unit_id, a.procedure_code, a.channel, ${zero}, ${zero}, ${zero}, ${zero}, ${zero}, 0::float8, ${open}
        from applications a
       where a.tenant_id = ${tenantId} and a.received_at < ${p.asOf} and a.ended_at >= ${p.asOf} ${units}
       group by 1, 2, 3
    )
    select grouping(unit_id, procedure_code, channel)::int as "set",
           unit_id as "unitId", procedure_code as "procedureCode", channel,
           sum(received)::int as received, sum(completed)::int as completed, sum(on_time)::int as "onTime",
           sum(promise_kept)::int as "promiseKept", sum(in_progress)::int as "inProgress",
           sum(overdue)::int as overdue, sum(online)::int as online,
           coalesce(sum(seconds), 0)::float8 as "processingSeconds"
      from arms
     group by grouping sets ((), (unit_id), (procedure_code), (channel))`;
}

export async function countStats(tx: Tx, tenantId: string, scope: UnitScope, period: Period): Promise<StatsRow[]> {
  const result = await tx.execute(statsQuery(tenantId, scope, period));
  return result.rows as unknown as StatsRow[];
}

/**
 * Ratings given during the period (feedback.created_at) on dossiers received by the units in scope.
 * Without a unit scope the ratings are counted without touching `applications`.
 */
export function ratingsQuery(tenantId: string, scope: UnitScope, p: Period): SQL {
  const join =
    scope === 'all'
      ? sql``
      : sql`join applications a on a.tenant_id = f.tenant_id and a.id = f.application_id ${unitFilter(scope, sql`a.unit_id`)}`;
  return sql`
    select f.rating, count(*)::int as n
      from feedback f ${join}
     where f.tenant_id = ${tenantId} and f.created_at >= ${p.start} and f.created_at < ${p.end}
     group by f.rating`;
}

export async function countRatings(
  tx: Tx,
  tenantId: string,
  scope: UnitScope,
  period: Period,
): Promise<{ rating: string; n: number }[]> {
  const result = await tx.execute(ratingsQuery(tenantId, scope, period));
  return result.rows as unknown as { rating: string; n: number }[];
}

/** The current published name of each procedure code. */
export async function procedureNames(tx: Tx, tenantId: string, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const result = await tx.execute(sql`
    select p.code, v.name
      from procedures p
      join procedure_versions v on v.tenant_id = p.tenant_id and v.id = p.current_version_id
     where p.tenant_id = ${tenantId} and p.code = any(${sql.param([...codes])}::text[])`);
  const rows = result.rows as unknown as { code: string; name: string }[];
  return new Map(rows.map((r) => [r.code, r.name]));
}
