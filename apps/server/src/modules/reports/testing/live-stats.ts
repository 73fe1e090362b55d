import { sql, type SQL } from 'drizzle-orm';
import type { Period } from '../domain/period.ts';
import { ENDED_ON_TIME, type UnitScope } from '../reports.repo.ts';

function unitFilter(scope: UnitScope, column: SQL): SQL {
  return scope === 'all' ? sql`` : sql`and ${column} = any(${sql.param([...scope])}::uuid[])`;
}

/**
 * The dashboard's counts straight from the dossiers, as the dashboard counted them before the
 * counters (migration 0019): what the counters must agree with. GROUPING SETS over unit,
 * procedure and channel, each `union all` arm one index range:
 * 1. accepted in the period → received, online;
 * 2. ended in the period → completed; on time (QĐ 766 chỉ số 2.1: ended by `due_at`, the date of
 *    Mẫu 01 that supplement waiting time moved and a reschedule did not, with at most one
 *    supplement request); promise kept (ended by `coalesce(rescheduled_due_at, due_at)`); time taken;
 * 3. open now (never ended) and accepted before `asOf`, and
 * 4. ended after `asOf` but accepted before it → in progress at `asOf`; overdue when past the date
 *    last promised and not waiting for a supplement at `asOf`.
 * Dossiers never accepted (refused at intake, not yet accepted) count nowhere.
 */
export function liveStatsQuery(tenantId: string, scope: UnitScope, p: Period): SQL {
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
             count(*) filter (where ${ENDED_ON_TIME}),
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

/**
 * Ratings given during the period (feedback.created_at) on dossiers received by the units in scope.
 * Without a unit scope the ratings are counted without touching `applications`.
 */
export function liveRatingsQuery(tenantId: string, scope: UnitScope, p: Period): SQL {
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
