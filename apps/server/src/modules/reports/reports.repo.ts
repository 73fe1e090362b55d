import { sql, type SQL } from 'drizzle-orm';
import { statuses } from '@motcua/workflow';
import type { Tx } from '../../platform/db/database.ts';
import { coverPeriod, coverUpTo, addDays, type DaySpan } from './domain/cover.ts';
import { localDay, type Period } from './domain/period.ts';

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

/** What the counters are read for: the period, today, and every unit of the province. */
export interface StatsWindow {
  period: Period;
  now: Date;
  /** Every unit of the province: the correction for "now" reads the running dossiers per unit. */
  allUnits: readonly string[];
}

/**
 * QĐ 766/QĐ-TTg chỉ số 2.1 for a dossier `a` whose processing ended: on time when it ended by the
 * due date of Mẫu 01 (`due_at`, which supplement waiting time moved and a reschedule did not) and
 * needed at most one supplement request. The counters' trigger (migration 0019,
 * `motcua_report_contributions`) applies the same rule.
 */
export const ENDED_ON_TIME = sql`(a.ended_at <= a.due_at and a.supplement_count <= 1)`;

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

function unitFilter(scope: UnitScope, column: SQL): SQL {
  return scope === 'all' ? sql`` : sql`and ${column} = any(${sql.param([...scope])}::uuid[])`;
}

function spans(list: readonly DaySpan[]): { lo: SQL; hi: SQL; sign: SQL } {
  return {
    lo: sql`${sql.param(list.map((s) => s.from))}::date[]`,
    hi: sql`${sql.param(list.map((s) => s.to))}::date[]`,
    sign: sql`${sql.param(list.map((s) => s.sign))}::int[]`,
  };
}

/**
 * The counters of a period (migration 0019): whole months from `report_months`, signed day spans
 * from `report_days`, and the changes the fold job has not taken in yet. Rows come in two kinds:
 * per procedure (`channel` = '') and per channel (`procedure_code` = '', only `received`).
 */
function flowsQuery(tenantId: string, scope: UnitScope, p: Period, today: string): SQL {
  const cover = coverPeriod(p.from, p.to, today);
  const s = spans(cover.days);
  const measures = sql`received, completed, on_time, promise_kept, processing_seconds, very_satisfied, satisfied, unsatisfied`;
  return sql`
      select unit_id, procedure_code, channel, ${measures}
        from report_months
       where tenant_id = ${tenantId} and month = any(${sql.param(cover.months)}::date[]) ${unitFilter(scope, sql`unit_id`)}
      union all
      select d.unit_id, d.procedure_code, d.channel, s.sign * d.received, s.sign * d.completed, s.sign * d.on_time,
             s.sign * d.promise_kept, s.sign * d.processing_seconds, s.sign * d.very_satisfied, s.sign * d.satisfied,
             s.sign * d.unsatisfied
        from unnest(${s.lo}, ${s.hi}, ${s.sign}) as s(lo, hi, sign)
        join report_days d on d.tenant_id = ${tenantId} and d.day between s.lo and s.hi
       where true ${unitFilter(scope, sql`d.unit_id`)}
      union all
      select unit_id, procedure_code, '', ${measures}
        from report_changes
       where tenant_id = ${tenantId} and day between ${p.from}::date and ${p.to}::date ${unitFilter(scope, sql`unit_id`)}
      union all
      select unit_id, '', channel, received, 0, 0, 0, 0, 0, 0, 0
        from report_changes
       where tenant_id = ${tenantId} and day between ${p.from}::date and ${p.to}::date and received <> 0
             ${unitFilter(scope, sql`unit_id`)}`;
}

/**
 * The changes of the dossiers whose counters differ from the truth at `now`: the day sums count a
 * whole day, but a dossier due later today is not overdue yet (and a date after now, which only a
 * clock set back could give, does not count yet). Reads the running dossiers due between now and
 * midnight, and those accepted or ended in that span. Row-level security keeps PostgreSQL from
 * using an index on `coalesce(rescheduled_due_at, due_at)` in a condition (COALESCE is not
 * leakproof), so each arm compares plain columns: `due_at` through the inbox's
 * (unit, status, due_at) index, one descent per unit and status; `rescheduled_due_at` through its
 * own partial index.
 */
function liveCorrection(tenantId: string, scope: UnitScope, now: Date, allUnits: readonly string[]): SQL {
  const today = localDay(now);
  const midnight = new Date(Date.parse(`${addDays(today, 1)}T00:00:00Z`) - VIETNAM_OFFSET_MS);
  const cols = sql`a.id, a.unit_id, a.received_at as r, a.ended_at as e, coalesce(a.rescheduled_due_at, a.due_at) as p, a.paused_at as pa`;
  const counted = (at: Date, inclusivePause: boolean): { ip: SQL; od: SQL } => ({
    ip: sql`coalesce(c.r < ${at} and (c.e is null or c.e >= ${at}), false)::int`,
    od: sql`coalesce(c.r < ${at} and c.p < ${at} and (c.e is null or c.e >= ${at})
                     and (c.pa is null or ${inclusivePause ? sql`c.pa > ${at}` : sql`c.pa >= ${at}`}), false)::int`,
  });
  const truth = counted(now, true);
  const summed = counted(midnight, false);
  return sql`
      select c.unit_id, ${truth.ip} - ${summed.ip}, ${truth.od} - ${summed.od}
        from (select ${cols} from applications a
               where a.tenant_id = ${tenantId} and a.current_unit_id = any(${sql.param([...allUnits])}::uuid[])
                 and a.status = any(${sql.param(Object.keys(statuses))}::text[])
                 and a.due_at >= ${now} and a.due_at < ${midnight}
                 and a.rescheduled_due_at is null and a.ended_at is null and a.paused_at is null
              union
              select ${cols} from applications a
               where a.tenant_id = ${tenantId} and a.rescheduled_due_at >= ${now} and a.rescheduled_due_at < ${midnight}
                 and a.ended_at is null and a.paused_at is null
              union
              select ${cols} from applications a
               where a.tenant_id = ${tenantId} and a.received_at >= ${now} and a.received_at < ${midnight}
              union
              select ${cols} from applications a
               where a.tenant_id = ${tenantId} and a.received_at is not null
                 and a.ended_at >= ${now} and a.ended_at < ${midnight}) as c
       where c.r is not null ${unitFilter(scope, sql`c.unit_id`)}`;
}

/**
 * The backlog (in progress, overdue) per unit at `asOf`: the sum of its daily changes up to the
 * day of `asOf` — every month up to that day's, less the later days of that month, plus changes
 * not folded yet — corrected for the part of today after now when `asOf` is now.
 */
function backlogQuery(tenantId: string, scope: UnitScope, w: StatsWindow): SQL {
  const live = w.period.asOf.getTime() < w.period.end.getTime();
  const day = live ? localDay(w.period.asOf) : w.period.to;
  const { lastMonth, minus } = coverUpTo(day);
  return sql`
      select unit_id, in_progress, overdue
        from report_backlog_months
       where tenant_id = ${tenantId} and month <= ${lastMonth}::date ${unitFilter(scope, sql`unit_id`)}
      ${
        minus
          ? sql`union all
      select unit_id, -in_progress, -overdue
        from report_backlog_days
       where tenant_id = ${tenantId} and day between ${minus.from}::date and ${minus.to}::date
             ${unitFilter(scope, sql`unit_id`)}`
          : sql``
      }
      union all
      select unit_id, in_progress, overdue
        from report_changes
       where tenant_id = ${tenantId} and day <= ${day}::date and (in_progress <> 0 or overdue <> 0)
             ${unitFilter(scope, sql`unit_id`)}
      ${live ? sql`union all ${liveCorrection(tenantId, scope, w.period.asOf, w.allUnits)}` : sql``}`;
}

/**
 * The dashboard's counts, grouped four ways at once (GROUPING SETS over unit, procedure, channel),
 * from the counters the triggers of migration 0019 keep (docs/reports.md), never from the dossiers:
 * 1. accepted in the period → received (per procedure), by channel, online;
 * 2. ended in the period → completed; on time (QĐ 766 chỉ số 2.1: ended by `due_at`, the date of
 *    Mẫu 01 that supplement waiting time moved and a reschedule did not, with at most one
 *    supplement request); promise kept (ended by `coalesce(rescheduled_due_at, due_at)`); time taken;
 * 3. the backlog at `asOf` → in progress (accepted, not ended), overdue (past the date last
 *    promised and not waiting for a supplement).
 * Dossiers never accepted (refused at intake, not yet accepted) count nowhere.
 */
export function statsQuery(tenantId: string, scope: UnitScope, w: StatsWindow): SQL {
  return sql`
    with flows as (${flowsQuery(tenantId, scope, w.period, localDay(w.now))}),
    backlog (unit_id, in_progress, overdue) as (${backlogQuery(tenantId, scope, w)}),
    arms as (
      select unit_id, nullif(procedure_code, '') as procedure_code, nullif(channel, '') as channel,
             case when channel = '' then received else 0 end as received,
             case when procedure_code = '' then received else 0 end as channel_received,
             completed, on_time, promise_kept, processing_seconds, 0 as in_progress, 0 as overdue
        from flows
      union all
      select unit_id, null, null, 0, 0, 0, 0, 0, 0, in_progress, overdue from backlog
    )
    select grouping(unit_id, procedure_code, channel)::int as "set",
           unit_id as "unitId", procedure_code as "procedureCode", channel,
           (case when grouping(unit_id, procedure_code, channel) = 6 then sum(channel_received)
                 else sum(received) end)::int as received,
           sum(completed)::int as completed, sum(on_time)::int as "onTime", sum(promise_kept)::int as "promiseKept",
           sum(in_progress)::int as "inProgress", sum(overdue)::int as overdue,
           coalesce(sum(channel_received) filter (where channel in ('online', 'zalo')), 0)::int as online,
           coalesce(sum(processing_seconds), 0)::float8 as "processingSeconds"
      from arms
     group by grouping sets ((), (unit_id), (procedure_code), (channel))`;
}

export async function countStats(tx: Tx, tenantId: string, scope: UnitScope, w: StatsWindow): Promise<StatsRow[]> {
  const result = await tx.execute(statsQuery(tenantId, scope, w));
  return result.rows as unknown as StatsRow[];
}

/** Ratings given during the period (on the day they were given) on dossiers received by the units in scope. */
export function ratingsQuery(tenantId: string, scope: UnitScope, w: StatsWindow): SQL {
  return sql`
    select coalesce(sum(very_satisfied), 0)::int as very_satisfied, coalesce(sum(satisfied), 0)::int as satisfied,
           coalesce(sum(unsatisfied), 0)::int as unsatisfied
      from (${flowsQuery(tenantId, scope, w.period, localDay(w.now))}) as f
     where channel = ''`;
}

export async function countRatings(
  tx: Tx,
  tenantId: string,
  scope: UnitScope,
  w: StatsWindow,
): Promise<{ rating: 'very_satisfied' | 'satisfied' | 'unsatisfied'; n: number }[]> {
  const result = await tx.execute(ratingsQuery(tenantId, scope, w));
  const row = result.rows[0] as { very_satisfied: number; satisfied: number; unsatisfied: number } | undefined;
  return [
    { rating: 'very_satisfied', n: row?.very_satisfied ?? 0 },
    { rating: 'satisfied', n: row?.satisfied ?? 0 },
    { rating: 'unsatisfied', n: row?.unsatisfied ?? 0 },
  ];
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

/** Folds a province's pending counter changes into the counters (migration 0019's function). */
export async function foldReportChanges(tx: Tx, tenantId: string): Promise<number> {
  const result = await tx.execute(sql`select motcua_fold_report_changes(${tenantId}) as folded`);
  return (result.rows[0] as { folded: number } | undefined)?.folded ?? 0;
}
