/**
 * Scale benchmark: the public look-up by code, the officer's inbox (default order, page 2, a
 * status, overdue) and the dashboard, over HTTP, with 100,000 dossiers and then with 10,000,000
 * (three provinces, every dossier with its events; ratings on a quarter of those returned). Each
 * size lives in its own PostgreSQL cluster with its own app; once both are loaded (the load written
 * back to disk, every sampled dossier read once), they are measured in alternating rounds, each
 * beside a bare Fastify route, and the medians are compared: the requests must not get more than 20% slower. Alternating keeps a
 * neighbour's load on this shared machine from falling on one size only. The plans of the queries
 * behind each request (EXPLAIN ANALYZE, BUFFERS, via `auto_explain`) are kept for both sizes. Prints
 * readable lines, then one JSON line (the last line).
 *
 *   npm run bench:scale                              (10,000,000 dossiers: ~45 GB of disk)
 *   BENCH_SCALE_DOSSIERS=1000000 npm run bench:scale (100,000 then 1,000,000)
 *
 * Each size is a bulk load (binary COPY into the tables with their indexes dropped, then every
 * index rebuilt: scale-data.ts, scale-indexes.ts, docs/adr/0003-scale-bulk-load.md).
 *
 * The look-up runs twice a round: at saturation (50 connections, each sending its next request when
 * the last is answered), which gives its throughput, and open loop at a fixed rate below that
 * (half the lower capacity seen in the unmeasured round), which gives its latency and is judged:
 * at saturation p99 is mostly time in the queue, and moves with throughput.
 *
 * Knobs: BENCH_SCALE_ROUNDS (8), BENCH_SCALE_RATE (the fixed look-up rate, per second),
 * BENCH_SCALE_DIR (where the temporary clusters go; default the OS temp directory),
 * BENCH_SCALE_BATCH (dossiers per COPY, 250,000).
 */
import { execFile } from 'node:child_process';
import { statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { createOfficer } from '../apps/server/src/modules/identity/index.ts';
import { findTenantBySlug, type Tenant } from '../apps/server/src/modules/tenants/index.ts';
import { masterKeyProvider } from '../apps/server/src/platform/crypto/key-provider.ts';
import { withSystemTx } from '../apps/server/src/platform/db/database.ts';
import { benchMasterKey, bootSystem, describeLoad, elapsedSince, round3, type BenchSystem } from './bench-support.ts';
import { LOADED_TABLES, addProvinces, loadDossiers, planProvince, type ProvincePlan } from './scale-data.ts';
import { dropIndexes, rebuildIndexes } from './scale-indexes.ts';
import {
  PlanLog,
  databaseReads,
  explainEverything,
  interesting,
  median,
  measureRounds,
  timed,
  type RoundResult,
  type Scenario,
} from './scale-measure.ts';
import { percentile, type PacedResult } from './paced-load.ts';
import { report } from './scale-verdict.ts';
import {
  lookupItems,
  prepareRollups,
  readSample,
  sizeOnDisk,
  type SampleRead,
  type StageFigures,
  type StageLoad,
} from './scale-stage.ts';

const TARGET = Number(process.env['BENCH_SCALE_DOSSIERS'] ?? 10_000_000);
const SMALL = Math.min(100_000, TARGET);
const ROUNDS = Number(process.env['BENCH_SCALE_ROUNDS'] ?? 8);
const RATE = process.env['BENCH_SCALE_RATE'] ? Number(process.env['BENCH_SCALE_RATE']) : undefined;
const BATCH = Number(process.env['BENCH_SCALE_BATCH'] ?? 250_000);
const PARENT_DIR = process.env['BENCH_SCALE_DIR'] ?? tmpdir();
/** Bytes of disk one dossier takes with its events, ratings and indexes (measured), plus headroom. */
const BYTES_PER_DOSSIER = 4_600;
const PASSWORD = 'Mật-khẩu-đủ-dài-2026';
const UNIT = '000.20.01.H53';
const CENTRE = '000.00.00.H53';

function scenarios(now: Date): Scenario[] {
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0)).toISOString().slice(0, 10);
  const inbox = '/api/v1/tay-ninh/console/applications';
  const stats = '/api/v1/tay-ninh/console/stats';
  return [
    { name: 'inbox', path: `${inbox}?limit=20&offset=0`, as: 'officer' },
    { name: 'inbox_page_2', path: `${inbox}?limit=20&offset=20`, as: 'officer' },
    { name: 'inbox_processing', path: `${inbox}?status=processing&limit=20&offset=0`, as: 'officer' },
    { name: 'inbox_overdue', path: `${inbox}?due=overdue&limit=20&offset=0`, as: 'officer' },
    { name: 'dashboard_month', path: stats, as: 'admin' },
    { name: 'dashboard_last_month', path: `${stats}?from=${month}-01&to=${last}`, as: 'admin' },
    { name: 'dashboard_2025', path: `${stats}?from=2025-01-01&to=2025-12-31`, as: 'admin' },
  ];
}

async function officers(system: BenchSystem): Promise<Record<Scenario['as'], string>> {
  const deps = { database: system.database, keyProvider: masterKeyProvider(benchMasterKey) };
  await createOfficer(deps, system.tenantId, {
    username: 'canbo.xuly',
    fullName: 'Trần Văn Xử Lý',
    unitEid: UNIT,
    roles: [
      { unitEid: UNIT, role: 'intake' },
      { unitEid: UNIT, role: 'processor' },
    ],
    password: PASSWORD,
  });
  await createOfficer(deps, system.tenantId, {
    username: 'quantri',
    fullName: 'Lê Thị Quản Trị',
    unitEid: CENTRE,
    roles: [{ unitEid: CENTRE, role: 'admin' }],
    password: PASSWORD,
  });
  const login = async (username: string): Promise<string> => {
    const res = await fetch(`${system.url}/api/v1/tay-ninh/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    if (res.status !== 200) throw new Error(`login ${username} answered ${String(res.status)}`);
    return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  };
  return { officer: await login('canbo.xuly'), admin: await login('quantri') };
}

/**
 * Fills the provinces with `size` dossiers in all, as a bulk load does: the dossier tables' indexes
 * and keys dropped, the rows copied in, every index and key rebuilt once, then the counters
 * recounted and everything vacuumed and analysed.
 */
async function grow(system: BenchSystem, plans: readonly ProvincePlan[], size: number, now: Date): Promise<StageLoad> {
  const { pool } = system.database;
  const dropped = await dropIndexes(pool, LOADED_TABLES);
  const started = process.hrtime.bigint();
  let reported = 0;
  let loaded = 0;
  const counts = await loadDossiers(pool, plans, size, now, {
    batch: BATCH,
    onBatch: (batch) => {
      loaded += batch.dossiers;
      if (loaded - reported >= 500_000) {
        reported = loaded;
        const s = elapsedSince(started);
        console.info(`  loaded ${loaded.toLocaleString('en')} dossiers (${(loaded / s).toFixed(0)} dossiers/s)`);
      }
    },
  });
  const loadSeconds = elapsedSince(started);
  const rebuilt = await rebuildIndexes(pool, dropped);
  // Statistics first (the expression indexes' too): the rebuild joins ratings to dossiers.
  await pool.query(`analyze ${LOADED_TABLES.join(', ')}`);
  const rollupStarted = process.hrtime.bigint();
  await prepareRollups(
    pool,
    plans.map((p) => p.tenant),
  );
  const rollupSeconds = elapsedSince(rollupStarted);
  const vacuumStarted = process.hrtime.bigint();
  await pool.query('vacuum (analyze)');
  return {
    counts,
    rows: counts.dossiers + counts.events + counts.ratings,
    loadSeconds,
    indexSeconds: rebuilt.indexSeconds,
    keySeconds: rebuilt.constraintSeconds,
    slowestIndexes: slowest(rebuilt.perIndex),
    rollupSeconds,
    vacuumSeconds: rebuilt.vacuumSeconds + elapsedSince(vacuumStarted),
  };
}

function slowest(perIndex: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(perIndex)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([name, seconds]) => [name, round3(seconds)]),
  );
}

/**
 * The fixed-rate latencies of every round as one distribution. A stall of the shared machine
 * lands in some rounds' windows and not in others', so each round's p99 jumps between two
 * levels and a median of them picks one; the pooled p99 counts the stalls by how often they came.
 */
function pooled(runs: readonly PacedResult[]): { p50: number; p99: number } {
  const all = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  return { p50: round3(percentile(all, 0.5)), p99: round3(percentile(all, 0.99)) };
}

/** One size: its own PostgreSQL cluster and app, loaded with `size` dossiers. */
interface SizeSystem {
  size: number;
  system: BenchSystem;
  planLog: PlanLog;
  cookies: Record<Scenario['as'], string>;
  load: StageLoad;
}

/**
 * A checkpoint in each cluster, then `sync`: whatever of the loads' tens of gigabytes the disk has
 * not written yet is written before the rounds, not during them.
 */
async function settle(sizes: readonly SizeSystem[]): Promise<number> {
  const started = process.hrtime.bigint();
  for (const s of sizes) await s.system.database.pool.query('checkpoint');
  await promisify(execFile)('sync');
  return elapsedSince(started);
}

/** The plans behind one request of each kind, captured with `auto_explain` on, at one size. */
async function capturePlans(
  s: SizeSystem,
  lookupPath: string,
  list: readonly Scenario[],
): Promise<StageFigures['plans']> {
  const plans: StageFigures['plans'] = {};
  const { system, planLog, cookies } = s;
  await explainEverything(system.database.pool, true);
  try {
    for (const scenario of [{ name: 'lookup', path: lookupPath, as: 'officer' as const }, ...list]) {
      planLog.start();
      await timed(
        `${system.url}${scenario.path}`,
        { cookie: cookies[scenario.as], 'x-forwarded-for': '192.0.2.7' },
        1,
        0,
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      plans[scenario.name] = interesting(planLog.stop());
    }
  } finally {
    await explainEverything(system.database.pool, false);
  }
  return plans;
}

/** Every size measured in alternating rounds, reduced to medians, with its plans and disk use. */
async function measureSizes(
  sizes: readonly SizeSystem[],
  now: Date,
): Promise<{ stages: StageFigures[]; rate: number }> {
  const list = scenarios(now);
  const lookups = await Promise.all(sizes.map((s) => lookupItems(s.system, 'tay-ninh')));
  // The bulk load left in memory what it wrote last, not what the look-ups read: every sampled
  // dossier is read once first (timed), as a serving province has its dossiers' pages in memory.
  const sampleReads: SampleRead[] = [];
  for (const [n, s] of sizes.entries()) {
    const read = await readSample(s.system, lookups[n]?.codes ?? []);
    console.info(
      `  ${s.size.toLocaleString('en')}: ${read.lookups.toLocaleString('en')} sampled look-ups read in ${read.firstSeconds.toFixed(1)} s the first time, ${read.againSeconds.toFixed(1)} s again`,
    );
    sampleReads.push(read);
  }
  const { rounds, rate } = await measureRounds({
    targets: sizes.map((s, n) => ({
      url: s.system.url,
      cookies: s.cookies,
      scenarios: list,
      lookups: lookups[n]?.items ?? [],
      lookupBody: lookups[n]?.body,
      reads: () => databaseReads(s.system.database.pool),
    })),
    rounds: ROUNDS,
    seconds: 8,
    times: 30,
    connections: 50,
    ...(RATE === undefined ? {} : { rate: RATE }),
    onRound: (round, n, r) => {
      const size = sizes[n]?.size ?? 0;
      console.info(`  round ${String(round + 1)} @${size.toLocaleString('en')}: ${describeLoad('look-up', r.lookup)}`);
      console.info(`           ${describeLoad('bare   ', r.bare)}`);
      const at = (label: string, p: PacedResult): string =>
        `${label} p50 ${p.p50.toFixed(1)} ms, p90 ${p.p90.toFixed(1)} ms, p99 ${p.p99.toFixed(1)} ms, max ${p.max.toFixed(0)} ms (sent ≤ ${p.lateMs.toFixed(0)} ms late)${p.failed > 0 ? `, ${String(p.failed)} failed` : ''}`;
      console.info(
        `           at ${String(r.lookupAtRate.rate)}/s: ${at('look-up', r.lookupAtRate)}; ${at('bare', r.bareAtRate)}; look-ups read ${String(r.readsAtRate.blocks)} blocks from outside shared buffers in ${String(r.readsAtRate.ms)} ms`,
      );
      const parts = Object.entries(r.scenarios).map(([k, t]) => `${k} ${t.p50.toFixed(1)}/${t.p99.toFixed(1)}`);
      console.info(`           p50/p99 ms: ${parts.join(', ')}; bare ${r.bareSequential.p50.toFixed(2)}`);
    },
  });
  const figures: StageFigures[] = [];
  for (const [n, s] of sizes.entries()) {
    const mine = rounds[n] ?? [];
    /** The median of each figure over this size's rounds. */
    const medians = <F extends string>(pick: (r: RoundResult) => Record<F, number> | undefined, fields: F[]) =>
      Object.fromEntries(fields.map((f) => [f, median(mine.map((r) => pick(r)?.[f] ?? 0))])) as Record<F, number>;
    figures.push({
      dossiers: s.size,
      load: s.load,
      lookup: medians((r) => r.lookup, ['p50', 'p99', 'rps']),
      bare: medians((r) => r.bare, ['p50', 'p99', 'rps']),
      lookupAtRate: {
        ...pooled(mine.map((r) => r.lookupAtRate)),
        rounds: mine.map((r) => ({
          p99: r.lookupAtRate.p99,
          max: r.lookupAtRate.max,
          readBlocks: r.readsAtRate.blocks,
          readMs: r.readsAtRate.ms,
        })),
      },
      bareAtRate: pooled(mine.map((r) => r.bareAtRate)),
      bareSequential: medians((r) => r.bareSequential, ['p50', 'p99']),
      ...(sampleReads[n] ? { sampleRead: sampleReads[n] } : {}),
      scenarios: Object.fromEntries(
        list.map((scenario) => [scenario.name, medians((r) => r.scenarios[scenario.name], ['p50', 'p99'])]),
      ),
      plans: await capturePlans(s, lookups[n]?.items[0]?.path ?? '', list),
      disk: await sizeOnDisk(s.system.database.pool),
    });
  }
  return { stages: figures, rate };
}

async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  const sizes = [...new Set([SMALL, TARGET])];
  const disk = await statfs(PARENT_DIR);
  const free = disk.bavail * disk.bsize;
  const needed = sizes.reduce((n, size) => n + size * BYTES_PER_DOSSIER, 0);
  console.info(
    `disk: ${(free / 1e9).toFixed(1)} GB free in ${PARENT_DIR}; this run needs about ${(needed / 1e9).toFixed(1)} GB`,
  );
  if (free < needed) throw new Error(`not enough disk in ${PARENT_DIR} (BENCH_SCALE_DIR chooses another place)`);
  const running: BenchSystem[] = [];
  const systems: SizeSystem[] = [];
  const stopAll = async (): Promise<void> => {
    for (const system of running) await system.stop();
  };
  // Stopped early (Ctrl-C, a timeout): stop PostgreSQL and delete its data all the same.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.info(`${signal}: stopping PostgreSQL and deleting its data`);
      void stopAll().finally(() => process.exit(130));
    });
  }
  try {
    const now = new Date();
    for (const size of sizes) {
      const planLog = new PlanLog();
      const system = await bootSystem({
        parentDir: PARENT_DIR,
        poolSize: 10,
        onLog: planLog.onLog,
        settings: {
          shared_buffers: '2GB',
          effective_cache_size: '8GB',
          maintenance_work_mem: '1GB',
          // The load writes tables emptied in its own transactions: with `minimal`, no WAL for them
          // (nor for the index builds); the measured reads do not depend on it.
          wal_level: 'minimal',
          max_wal_senders: '0',
          max_wal_size: '8GB',
          checkpoint_timeout: '30min',
          session_preload_libraries: 'auto_explain',
          // Time spent reading blocks, per round: the page cache answers in microseconds.
          track_io_timing: 'on',
        },
      });
      running.push(system);
      // A serving province's pool keeps its connections. With pg's default (closed after 10 s
      // idle), the connections a saturated round opened close together about 10 s later, and on
      // this machine that stalled every look-up for 0.35–0.58 s (measured at the fixed rate;
      // gone with the longer timeout): a stall that would land in whichever window came next.
      system.database.pool.options.idleTimeoutMillis = 30 * 60_000;
      const cookies = await officers(system);
      const demo = await withSystemTx(system.database, (tx) => findTenantBySlug(tx, 'tay-ninh'));
      if (!demo) throw new Error('the demo province is missing');
      const tenants: Tenant[] = [demo, ...(await addProvinces(system.database))];
      const plans = await Promise.all(tenants.map((t, i) => planProvince(system.database.pool, t, i)));
      console.info(`— ${size.toLocaleString('en')} dossiers (a cluster of their own) —`);
      const load = await grow(system, plans, size, now);
      systems.push({ size, system, planLog, cookies, load });
      console.info(
        `  loaded ${load.counts.dossiers.toLocaleString('en')} dossiers, ${load.counts.events.toLocaleString('en')} events, ${load.counts.ratings.toLocaleString('en')} ratings in ${load.loadSeconds.toFixed(0)} s (${(load.counts.dossiers / load.loadSeconds).toFixed(0)} dossiers/s, ${(load.rows / load.loadSeconds).toFixed(0)} rows/s); indexes ${load.indexSeconds.toFixed(0)} s, keys ${load.keySeconds.toFixed(0)} s; counters ${load.rollupSeconds.toFixed(0)} s; VACUUM ANALYZE ${load.vacuumSeconds.toFixed(0)} s`,
      );
    }
    const settleSeconds = await settle(systems);
    console.info(`checkpoint and sync: ${settleSeconds.toFixed(0)} s; measuring the sizes in alternating rounds`);
    const { stages, rate } = await measureSizes(systems, now);
    for (const s of stages)
      console.info(`  ${s.dossiers.toLocaleString('en')}: database ${((s.disk['database'] ?? 0) / 1e9).toFixed(2)} GB`);
    report(stages, rate, elapsedSince(started), settleSeconds);
  } finally {
    await stopAll();
  }
}

await main();
