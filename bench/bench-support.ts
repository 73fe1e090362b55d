/**
 * What the HTTP benchmarks share: an embedded PostgreSQL with the migrated schema and the demo
 * province, the real app listening on loopback, a bare Fastify baseline, and a typed wrapper over
 * autocannon's programmatic API.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import Fastify, { type FastifyInstance } from 'fastify';
import { buildApp } from '../apps/server/src/app.ts';
import { seedDemo } from '../apps/server/src/demo/seed-demo.ts';
import { openDatabase, refreshAppRole, type Database } from '../apps/server/src/platform/db/database.ts';
import { ensureDatabase, startEmbeddedPostgres } from '../apps/server/src/platform/db/embedded.ts';
import { runMigrations } from '../apps/server/src/platform/db/migrate.ts';
import { prepareJobQueue } from '../apps/server/src/platform/jobs/queue-schema.ts';
import { createLogger } from '../apps/server/src/platform/logger.ts';

/** The master key of the bench's throw-away province. */
export const benchMasterKey = Buffer.alloc(32, 11);

export interface LoadOptions {
  url: string;
  connections: number;
  /** Seconds; or `amount` requests. */
  duration?: number;
  amount?: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** A binary body (a multipart upload), base64-encoded to cross into the worker. */
  bodyBase64?: string;
  timeout?: number;
}

/** One request's varying part; the load generator hands them out in order across all connections. */
export interface LoadItem {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  latency: { p50: number; p90: number; p99: number; max: number; average: number };
  requests: { total: number; average: number };
  statusCodeStats: Record<string, { count: number } | undefined>;
}

interface WorkerReply {
  error?: string;
  result?: AutocannonResult;
  bodies?: string[];
}

/**
 * The load generator runs in a worker thread, so it does not share the event loop of the server
 * it measures. Items are taken in order by every connection from one counter, so each is sent at
 * most once while `amount` stays below their number.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const autocannon = require(workerData.autocannonPath);
// Inside a worker thread autocannon answers with encoded histograms; decode them as its own
// multi-worker mode does.
const aggregate = require(require('node:path').join(require('node:path').dirname(workerData.autocannonPath), 'lib', 'aggregateResult.js'));
const { items, collect } = workerData;
const { bodyBase64, ...options } = workerData.options;
if (bodyBase64) options.body = Buffer.from(bodyBase64, 'base64');
let next = 0;
const bodies = [];
const request = {};
if (items) {
  request.setupRequest = (r) => {
    const item = items[next % items.length];
    next += 1;
    return { ...r, ...item };
  };
}
if (collect) {
  request.onResponse = (status, body) => {
    if (status >= 200 && status < 300) bodies.push(body);
  };
}
const run = items || collect ? { ...options, requests: [request] } : options;
autocannon(run, (error, result) => {
  if (error) parentPort.postMessage({ error: String(error) });
  else {
    const summary = typeof result.latencies === 'string' ? aggregate(result, run) : result;
    parentPort.postMessage({ result: JSON.parse(JSON.stringify(summary)), bodies });
  }
});
`;

const autocannonPath = createRequire(import.meta.url).resolve('autocannon');

export interface LoadResult {
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  requests: number;
  seconds: number;
  ok: number;
  failed: number;
  statuses: Record<string, number>;
  /** Bodies of the 2xx responses, when asked for. */
  bodies: string[];
}

/** Runs one autocannon load (autocannon's programmatic API, in a worker thread) and summarises it. */
export async function load(
  options: LoadOptions,
  extra: { items?: readonly LoadItem[]; collect?: boolean } = {},
): Promise<LoadResult> {
  const reply = await new Promise<WorkerReply>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { autocannonPath, options: { timeout: 30, ...options }, items: extra.items, collect: extra.collect },
    });
    worker.once('message', (message: WorkerReply) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
  const result = reply.result;
  if (!result) throw new Error(`load generator failed: ${reply.error ?? 'no result'}`);
  const statuses: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats)) statuses[code] = stat?.count ?? 0;
  const ok = Object.entries(statuses)
    .filter(([code]) => code.startsWith('2'))
    .reduce((sum, [, n]) => sum + n, 0);
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    requests: result.requests.total,
    seconds: result.duration,
    ok,
    failed: result.errors + result.timeouts + result.non2xx,
    statuses,
    bodies: reply.bodies ?? [],
  };
}

export function describeLoad(label: string, r: LoadResult): string {
  const codes = Object.entries(r.statuses)
    .map(([code, n]) => `${code}×${n}`)
    .join(' ');
  return `${label}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(1)} ms, p90 ${r.p90.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, max ${r.max.toFixed(0)} ms, ${r.requests} requests in ${r.seconds.toFixed(1)} s (${codes}${r.failed > 0 ? `, ${r.failed} failed` : ''})`;
}

export const round3 = (n: number): number => Math.round(n * 1000) / 1000;

export interface BenchSystem {
  app: FastifyInstance;
  database: Database;
  /** Base URL of the listening app, e.g. http://127.0.0.1:41234. */
  url: string;
  /** A second URL on the same PostgreSQL, for baselines that need their own pool. */
  databaseUrl: string;
  tenantId: string;
  ephemeral: boolean;
  /** Where the app keeps uploaded files (a job runner started beside it must read the same). */
  filesDir: string;
  stop(): Promise<void>;
}

export interface BootOptions {
  /** `fsync=off`, `synchronous_commit=off`, `full_page_writes=off` (default true). */
  ephemeral?: boolean;
  poolSize?: number;
  /** More PostgreSQL settings (the scale run's memory, `auto_explain`). */
  settings?: Readonly<Record<string, string>>;
  /** PostgreSQL's log lines (the plans `auto_explain` writes). */
  onLog?: (line: string) => void;
  /** Where the temporary cluster goes (default: the OS temp directory). */
  parentDir?: string;
}

/** Whether `--durable` was given: PostgreSQL with its normal write guarantees. */
export function durableFlag(): boolean {
  return process.argv.includes('--durable');
}

/** Boots PostgreSQL in a temporary directory, migrates, seeds the demo province and listens. */
export async function bootSystem(options: BootOptions = {}): Promise<BenchSystem> {
  const ephemeral = options.ephemeral ?? true;
  const dir = await mkdtemp(path.join(options.parentDir ?? tmpdir(), 'motcua-bench-'));
  const server = await startEmbeddedPostgres({
    dir,
    port: 0,
    ephemeral,
    ...(options.settings ? { settings: options.settings } : {}),
    ...(options.onLog ? { onLog: options.onLog } : {}),
  });
  let database: Database | undefined;
  let app: FastifyInstance | undefined;
  let stopping: Promise<void> | undefined;
  // Once only, whoever asks first (the end of the run, or a signal handler).
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      await app?.close();
      await database?.close();
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    })());
  const filesDir = path.join(dir, 'files');
  try {
    await ensureDatabase(server.adminUrl, 'motcua_bench');
    const databaseUrl = server.urlFor('motcua_bench');
    database = await openDatabase(databaseUrl, options.poolSize ?? 10);
    await runMigrations(database);
    await prepareJobQueue(database.pool);
    database = await refreshAppRole(database);
    const { tenant } = await seedDemo(database);
    app = await buildApp({
      config: {
        searchRefreshMs: 60_000,
        mode: 'test',
        publicUrl: 'https://motcua.bench',
        masterKey: benchMasterKey,
        storage: { kind: 'local', dir: filesDir },
        uploadMaxBytes: 10 * 1024 * 1024,
        applicationMaxBytes: 50 * 1024 * 1024,
      },
      database,
      logger: createLogger('silent'),
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return {
      app,
      database,
      url: `http://127.0.0.1:${port}`,
      databaseUrl,
      tenantId: tenant.id,
      ephemeral,
      filesDir,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A bare Fastify server on another loopback port, with whatever routes the baseline needs. */
export async function startBaseline(
  register: (app: FastifyInstance) => void,
): Promise<{ url: string; close: () => Promise<void> }> {
  const app = Fastify({ logger: false });
  register(app);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

export function elapsedSince(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** The write-cost note every write benchmark prints. */
export function durabilityNote(ephemeral: boolean): string {
  return ephemeral
    ? 'PostgreSQL runs with fsync=off, synchronous_commit=off, full_page_writes=off (ephemeral tuning: commits do not wait for the disk; pass --durable for normal settings)'
    : 'PostgreSQL runs with its normal durability settings (fsync on, synchronous_commit on)';
}

export interface SyntheticDossiers {
  /** The unit e-IDs the codes start with, in the order dossier numbers cycle through them. */
  unitEids: string[];
  procedureVersionId: string;
}

const FIRST_DAY = Date.UTC(2025, 0, 1);

/** The code and look-up key of synthetic dossier `i` (see `insertSyntheticDossiers`). */
export function syntheticDossier(i: number, unitEids: readonly string[]): { code: string; key: string } {
  const units = unitEids.length;
  const rest = Math.floor(i / units);
  const day = new Date(FIRST_DAY + (rest % 365) * 86_400_000).toISOString();
  const yymmdd = `${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}`;
  const sequence = String(Math.floor(rest / 365) + 1).padStart(4, '0');
  const key = createHash('md5').update(`k${i}`).digest('hex').slice(0, 10).toUpperCase();
  return { code: `${unitEids[i % units] ?? ''}-${yymmdd}-${sequence}`, key };
}

/**
 * Loads dossiers `from`..`to` (inclusive) of procedure 1.001193 straight into `applications`, each
 * with its `submit` event, in one INSERT … SELECT generate_series per batch. Codes follow the real
 * format `<unit e-ID>-YYMMDD-NNNN`, spread over the given units and the days of 2025; the
 * superuser pool bypasses row-level security, which is fine for loading. The counters kept by
 * triggers are recounted at the end.
 */
export async function insertSyntheticDossiers(
  database: Database,
  tenantId: string,
  range: { from: number; to: number },
  options: { unitEids: readonly string[]; form: Record<string, unknown>; batch?: number },
  onProgress?: (done: number) => void,
): Promise<void> {
  const { pool } = database;
  const version = await pool.query<{ id: string }>(
    `select id from procedure_versions where tenant_id = $1 and code = '1.001193' order by version desc limit 1`,
    [tenantId],
  );
  const versionId = version.rows[0]?.id;
  if (!versionId) throw new Error('procedure 1.001193 is not seeded');
  const units = await pool.query<{ id: string; eid: string }>(
    'select id, eid from units where tenant_id = $1 and eid = any($2)',
    [tenantId, options.unitEids],
  );
  const idOf = new Map(units.rows.map((u) => [u.eid, u.id]));
  const unitIds = options.unitEids.map((eid) => {
    const id = idOf.get(eid);
    if (!id) throw new Error(`unit ${eid} is not seeded`);
    return id;
  });
  const batch = options.batch ?? 100_000;
  // Triggers off while loading (the counters are recounted once at the end, as a bulk load must).
  const client = await pool.connect();
  try {
    await client.query('set session_replication_role = replica');
    for (let start = range.from; start <= range.to; start += batch) {
      const end = Math.min(range.to, start + batch - 1);
      await client.query(
        `with src as (
         select i,
                $3::text[] as eids, $4::uuid[] as ids, cardinality($3::text[]) as n,
                date '2025-01-01' + ((i / cardinality($3::text[])) % 365)::int as day
           from generate_series($1::int, $2::int) as i
       ), filed as (
         insert into applications (tenant_id, id, code, lookup_key, procedure_version_id, procedure_code, case_key,
                                   channel, unit_id, current_unit_id, status, applicant_name, applicant_phone,
                                   applicant_address, form, submitted_at, created_at, updated_at)
         select $5::uuid, gen_random_uuid(),
                eids[i % n + 1] || '-' || to_char(day, 'YYMMDD') || '-' || lpad(((i / n) / 365 + 1)::text, 4, '0'),
                upper(substr(md5('k' || i), 1, 10)), $6::uuid, '1.001193', 'thong-thuong', 'online',
                ids[i % n + 1], ids[i % n + 1], 'submitted', 'Nguyễn Thị Lan ' || i, '0912345678',
                'Phường Tân Ninh, tỉnh Tây Ninh', $7::jsonb,
                day + time '08:00' + make_interval(secs => i % 30000), now(), now()
           from src
         returning tenant_id, id, submitted_at, unit_id
       )
       insert into application_events (tenant_id, id, application_id, at, actor_type, action, from_status, to_status,
                                        to_unit_id, payload)
       select tenant_id, gen_random_uuid(), id, submitted_at, 'citizen', 'submit', null, 'submitted', unit_id, '{}'
         from filed`,
        [start, end, options.unitEids, unitIds, tenantId, versionId, JSON.stringify(options.form)],
      );
      onProgress?.(end - range.from + 1);
    }
  } finally {
    await client.query('reset session_replication_role').catch(() => undefined);
    client.release();
  }
  await recountCounters(database, tenantId);
}

/**
 * Recounts the province's dashboard and inbox counters from its dossiers (migration 0019): what a
 * bulk load or a bulk UPDATE needs, so the benchmark reads counters as folded as production's.
 */
export async function recountCounters(database: Database, tenantId: string): Promise<void> {
  await database.pool.query('select motcua_rebuild_counters($1)', [tenantId]);
}

/** The demo procedure's first example form (Đăng ký khai sinh). */
export function khaiSinhExample(examples: unknown): Record<string, unknown> {
  const list = Array.isArray(examples) ? (examples as unknown[]) : [];
  const first = list[0];
  return typeof first === 'object' && first !== null ? (first as Record<string, unknown>) : {};
}
