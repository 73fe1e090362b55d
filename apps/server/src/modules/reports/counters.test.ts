import type { JobHelpers } from 'graphile-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../demo/seed-demo.ts';
import { withTx } from '../../platform/db/database.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/harness.ts';
import { vn } from '../../../test/vietnam-time.ts';
import { listUnits } from '../tenants/index.ts';
import { resolvePeriod, type Period } from './domain/period.ts';
import { foldCountersJob } from './jobs/fold-counters.job.ts';
import { countRatings, countStats, foldReportChanges, type StatsRow, type UnitScope } from './reports.repo.ts';
import { insertDossierRow, type DossierRow } from './testing/dossier-rows.ts';
import { liveRatingsQuery, liveStatsQuery } from './testing/live-stats.ts';

/**
 * The dashboard reads counters kept by triggers; counting the dossiers themselves (the query the
 * dashboard used before) must give the same figures for any period, scope and moment, before and
 * after the fold job, after later changes to the dossiers, and after a rebuild.
 */
const NOW = vn('2025-04-15 10:00');
const HOUR = 3_600_000;
const EIDS = ['000.20.01.H53', '000.20.02.H53', '000.20.03.H53', '000.00.00.H53'];
const CODES = ['1.001193', '2.000815'];
const CHANNELS = ['counter', 'online', 'zalo', 'postal'] as const;
const RATINGS = ['very_satisfied', 'satisfied', 'unsatisfied'] as const;
const helpers = { logger: { debug: () => undefined } } as unknown as JobHelpers;

let db: TestDatabase;
let tenantId: string;
let unitIds: string[];
const ids: string[] = [];

/** Deterministic PRNG (mulberry32): the same dossiers on every run. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const random = createRandom(766);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

function local(at: Date): string {
  return new Date(at.getTime() + 7 * HOUR).toISOString().slice(0, 16).replace('T', ' ');
}

/** A dossier with random dates around NOW: some due, accepted or ended later today. */
function randomDossier(): DossierRow {
  const row: DossierRow = { unitEid: pick(EIDS), procedureCode: pick(CODES), channel: pick(CHANNELS) };
  if (random() < 0.1) return row;
  const received = new Date(NOW.getTime() - random() * 110 * 24 * HOUR + (random() < 0.05 ? 10 * HOUR : 0));
  row.receivedAt = local(received);
  const due = new Date(received.getTime() + random() * 12 * 24 * HOUR);
  row.dueAt = local(random() < 0.1 ? new Date(NOW.getTime() + random() * 12 * HOUR) : due);
  if (random() < 0.2) row.rescheduledDueAt = local(new Date(due.getTime() + random() * 6 * 24 * HOUR));
  else if (random() < 0.08) row.rescheduledDueAt = local(new Date(NOW.getTime() + random() * 12 * HOUR));
  row.supplementCount = pick([0, 0, 0, 1, 2]);
  const ended = new Date(received.getTime() + random() * 14 * 24 * HOUR);
  if (random() < 0.6 && ended.getTime() < NOW.getTime() + 12 * HOUR) {
    row.endedAt = local(ended);
    if (random() < 0.4 && ended < NOW)
      row.rating = { rating: pick(RATINGS), at: local(new Date(ended.getTime() + HOUR)) };
  } else if (random() < 0.25) row.pausedAt = local(new Date(received.getTime() + random() * 5 * 24 * HOUR));
  return row;
}

function periods(): Period[] {
  const queries = [
    { from: '2025-03-01', to: '2025-03-31' },
    { from: '2025-04-01', to: '2025-04-30' },
    {},
    { from: '2025-01-01', to: '2025-04-15' },
    { from: '2025-02-10', to: '2025-03-20' },
    { from: '2025-04-15', to: '2025-04-15' },
    { from: '2025-04-14', to: '2025-04-14' },
    { from: '2024-12-15', to: '2025-12-14' },
  ];
  return queries.map((q) => {
    const r = resolvePeriod(q, NOW);
    if (!r.ok) throw new Error(r.reason);
    return r.period;
  });
}

/** The figures the dashboard shows of each grouping (totals: all of them). */
const SHOWN: Record<number, readonly string[]> = {
  7: ['received', 'completed', 'onTime', 'promiseKept', 'inProgress', 'overdue', 'online', 'hours'],
  3: ['received', 'completed', 'onTime', 'promiseKept', 'inProgress', 'overdue', 'online', 'hours'],
  5: ['received', 'completed', 'onTime', 'promiseKept', 'hours'],
  6: ['received', 'online'],
};

/** Rows keyed by their group, with what the dashboard shows of them; empty groups left out. */
function normalise(rows: readonly StatsRow[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const r of rows) {
    const key = `${String(r.set)}|${r.unitId ?? ''}|${r.procedureCode ?? ''}|${r.channel ?? ''}`;
    if ((r.set === 5 && r.procedureCode === null) || (r.set === 6 && r.channel === null)) continue;
    const all: Record<string, number> = {
      received: r.received,
      completed: r.completed,
      onTime: r.onTime,
      promiseKept: r.promiseKept,
      inProgress: r.inProgress,
      overdue: r.overdue,
      online: r.online,
      hours: Math.round(r.processingSeconds / 36) / 100,
    };
    const figures = Object.fromEntries((SHOWN[r.set] ?? []).map((k) => [k, all[k] ?? 0]));
    if (Object.values(figures).some((v) => v !== 0)) out[key] = figures;
  }
  return out;
}

async function compareAll(label: string): Promise<void> {
  const scopes: UnitScope[] = ['all', [unitIds[0] ?? ''], [unitIds[1] ?? '', unitIds[3] ?? '']];
  for (const period of periods()) {
    for (const scope of scopes) {
      const window = { period, now: NOW, allUnits: unitIds };
      const [ours, truth, ratings, trueRatings] = await withTx(db.database, tenantId, async (tx) => [
        await countStats(tx, tenantId, scope, window),
        (await tx.execute(liveStatsQuery(tenantId, scope, period))).rows as unknown as StatsRow[],
        await countRatings(tx, tenantId, scope, window),
        (await tx.execute(liveRatingsQuery(tenantId, scope, period))).rows as unknown as {
          rating: string;
          n: number;
        }[],
      ]);
      const where = `${label}: ${period.from}..${period.to} as of ${period.asOf.toISOString()}, ${JSON.stringify(scope)}`;
      expect(normalise(ours), where).toEqual(normalise(truth));
      const n = (list: readonly { rating: string; n: number }[], rating: string): number =>
        list.find((r) => r.rating === rating)?.n ?? 0;
      for (const rating of RATINGS) expect(n(ratings, rating), `${where} ${rating}`).toBe(n(trueRatings, rating));
    }
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  tenantId = (await seedDemo(db.database)).tenant.id;
  const units = await withTx(db.database, tenantId, (tx) => listUnits(tx, tenantId));
  unitIds = EIDS.map((eid) => units.find((u) => u.eid === eid)?.id ?? '');
  for (let n = 0; n < 260; n += 1) ids.push(await insertDossierRow(db.database, tenantId, randomDossier()));
});
afterAll(async () => db.drop());

describe('dashboard counters', () => {
  it('agree with counting the dossiers while their changes wait for the fold', async () => {
    const pending = await db.database.pool.query<{ n: number }>('select count(*)::int as n from report_changes');
    expect(pending.rows[0]?.n).toBeGreaterThan(0);
    await compareAll('pending');
  });

  it('agree once the fold job has run, and it leaves no change behind', async () => {
    await foldCountersJob(db.database)({}, helpers);
    const left = await db.database.pool.query<{ n: number }>('select count(*)::int as n from report_changes');
    expect(left.rows[0]?.n).toBe(0);
    await compareAll('folded');
  });

  it('follow later changes of dossiers: ended, paused, resumed, rescheduled, rated', async () => {
    const { pool } = db.database;
    for (const [n, id] of ids.entries()) {
      const at = new Date(NOW.getTime() - random() * 20 * 24 * HOUR);
      if (n % 7 === 0)
        await pool.query(
          'update applications set ended_at = greatest(received_at, $2) where id = $1 and ended_at is null',
          [id, at],
        );
      if (n % 11 === 0)
        await pool.query('update applications set paused_at = $2 where id = $1 and ended_at is null', [id, at]);
      if (n % 13 === 0)
        await pool.query(
          `update applications set paused_at = null, due_at = due_at + interval '2 days' where id = $1`,
          [id],
        );
      if (n % 17 === 0)
        await pool.query(
          `update applications set rescheduled_due_at = coalesce(due_at, $2) + interval '3 days' where id = $1`,
          [id, at],
        );
      if (n % 19 === 0)
        await pool.query('update applications set supplement_count = supplement_count + 1 where id = $1', [id]);
      if (n % 23 === 0)
        await pool.query(`update feedback set rating = 'satisfied', reason = null where application_id = $1`, [id]);
    }
    await compareAll('changed');
    await withTx(db.database, tenantId, (tx) => foldReportChanges(tx, tenantId));
    await compareAll('changed and folded');
  });

  it('are rebuilt from the dossiers to the same figures', async () => {
    await db.database.pool.query('select motcua_rebuild_counters($1)', [tenantId]);
    await compareAll('rebuilt');
  });
});
