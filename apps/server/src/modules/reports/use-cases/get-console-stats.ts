import type { ConsoleStats, StatsQuery } from '@motcua/contracts';
import type { Clock } from '../../../platform/clock.ts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { ForbiddenError, type Officer } from '../../identity/index.ts';
import { listUnits, UnitNotFoundError, type Tenant, type Unit } from '../../tenants/index.ts';
import { computeIndicators, satisfactionRate, type RatingCounts, type StatsTotals } from '../domain/indicators.ts';
import { resolvePeriod, type Period } from '../domain/period.ts';
import { RangeInvalidError } from '../reports.errors.ts';
import { countRatings, countStats, GROUPING, procedureNames, type StatsRow, type UnitScope } from '../reports.repo.ts';
import { inScope, statsScope } from './stats-scope.ts';

/** The channels every dashboard lists, in this order, even when nothing came through one. */
const CHANNELS = ['counter', 'online', 'zalo', 'postal'] as const;

export interface StatsInput {
  tenant: Tenant;
  officer: Pick<Officer, 'roles'>;
  query: StatsQuery;
}

/** The figures together with what the export needs to title them. */
export interface StatsReport {
  stats: ConsoleStats;
  unitName: string | null;
}

function periodOf(query: StatsQuery, now: Date): Period {
  const result = resolvePeriod(query, now);
  if (!result.ok) throw new RangeInvalidError(result.reason);
  return result.period;
}

function narrow(scope: UnitScope, units: readonly Unit[], unitId: string | undefined): UnitScope {
  if (unitId === undefined) return scope;
  if (!units.some((u) => u.id === unitId)) throw new UnitNotFoundError();
  if (!inScope(scope, unitId)) throw new ForbiddenError();
  return [unitId];
}

function totalsOf(row: StatsRow | undefined): StatsTotals {
  const completed = row?.completed ?? 0;
  const onTime = row?.onTime ?? 0;
  return {
    received: row?.received ?? 0,
    inProgress: row?.inProgress ?? 0,
    completed,
    onTime,
    late: completed - onTime,
    overdue: row?.overdue ?? 0,
    promiseKept: row?.promiseKept ?? 0,
    online: row?.online ?? 0,
    processingSeconds: row?.processingSeconds ?? 0,
  };
}

function assemble(
  rows: readonly StatsRow[],
  units: readonly Unit[],
  names: ReadonlyMap<string, string>,
  ratings: RatingCounts,
  period: Period,
): ConsoleStats {
  const totals = totalsOf(rows.find((r) => r.set === GROUPING.totals));
  const byUnitRow = new Map(rows.filter((r) => r.set === GROUPING.unit).map((r) => [r.unitId, r]));
  const byChannelRow = new Map(rows.filter((r) => r.set === GROUPING.channel).map((r) => [r.channel, r]));
  const procedures = rows.filter((r) => r.set === GROUPING.procedure && r.procedureCode !== null);
  const seen = [...byChannelRow.keys()].filter((c): c is string => c !== null);
  const channels = [...new Set<string>([...CHANNELS, ...seen])];
  return {
    period: { from: period.from, to: period.to, asOf: period.asOf.toISOString() },
    received: totals.received,
    inProgress: totals.inProgress,
    completed: totals.completed,
    onTime: totals.onTime,
    late: totals.late,
    overdue: totals.overdue,
    byUnit: units.map((u) => {
      const r = byUnitRow.get(u.id);
      const f = { received: r?.received ?? 0, completed: r?.completed ?? 0, onTime: r?.onTime ?? 0 };
      return { unitId: u.id, unitName: u.name, ...f, overdue: r?.overdue ?? 0 };
    }),
    byProcedure: procedures
      .map((r) => ({
        code: r.procedureCode ?? '',
        name: names.get(r.procedureCode ?? '') ?? r.procedureCode ?? '',
        received: r.received,
        completed: r.completed,
        onTime: r.onTime,
      }))
      .sort((a, b) => b.received - a.received || b.completed - a.completed || a.code.localeCompare(b.code)),
    byChannel: channels.map((channel) => ({ channel, received: byChannelRow.get(channel)?.received ?? 0 })),
    satisfaction: { ...ratings, rate: satisfactionRate(ratings) },
    indicators: computeIndicators(totals, ratings),
  };
}

/**
 * The console dashboard for an officer: the period's counts (read from the counters PostgreSQL
 * keeps per day and month, never by counting dossiers), by unit, procedure and channel, the satisfaction ratings and the indicators,
 * over the dossiers received by the units in the officer's scope (see `statsScope`). Throws 422 for
 * a bad period, 404 for an unknown unit and 403 for a unit outside the scope.
 */
export async function getConsoleStats(
  deps: { database: Database; clock: Clock },
  input: StatsInput,
): Promise<StatsReport> {
  const now = deps.clock.now();
  const period = periodOf(input.query, now);
  const tenantId = input.tenant.id;
  return withTx(deps.database, tenantId, async (tx) => {
    const units = await listUnits(tx, tenantId);
    const scope = narrow(statsScope(input.officer.roles, units), units, input.query.unit);
    const shown = units.filter((u) => inScope(scope, u.id));
    const window = { period, now, allUnits: units.map((u) => u.id) };
    const rows = await countStats(tx, tenantId, scope, window);
    const ratings: RatingCounts = { very_satisfied: 0, satisfied: 0, unsatisfied: 0 };
    for (const r of await countRatings(tx, tenantId, scope, window)) ratings[r.rating] = r.n;
    const codes = rows.flatMap((r) => (r.set === GROUPING.procedure && r.procedureCode ? [r.procedureCode] : []));
    const names = await procedureNames(tx, tenantId, codes);
    const unitName = input.query.unit ? (units.find((u) => u.id === input.query.unit)?.name ?? null) : null;
    return { stats: assemble(rows, shown, names, ratings, period), unitName };
  });
}
