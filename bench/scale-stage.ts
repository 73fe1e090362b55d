/** The scale run's pieces around one size: sampling look-ups, readying the counters, disk use. */
import type pg from 'pg';
import type { Tenant } from '../apps/server/src/modules/tenants/index.ts';
import type { BenchSystem, LoadItem } from './bench-support.ts';
import { inLanes } from './scale-indexes.ts';

export interface Latency {
  p50: number;
  p99: number;
}

/** How one size was loaded: the rows, and the seconds each phase of the bulk load took. */
export interface StageLoad {
  counts: { dossiers: number; events: number; ratings: number };
  rows: number;
  /** COPY of every dossier, event and rating (the tables without indexes). */
  loadSeconds: number;
  /** Every index of the dossier tables built again (two at a time). */
  indexSeconds: number;
  /** Keys attached to their indexes; foreign keys added and validated. */
  keySeconds: number;
  /** The longest index builds, in seconds. */
  slowestIndexes: Record<string, number>;
  rollupSeconds: number;
  vacuumSeconds: number;
}

/** One round's look-ups at the fixed rate: their p99 and max, and the database's reads meanwhile. */
export interface RoundAtRate {
  p99: number;
  max: number;
  readBlocks: number;
  readMs: number;
}

/** Seconds to read every sampled dossier the first time after the load, then again. */
export interface SampleRead {
  lookups: number;
  firstSeconds: number;
  againSeconds: number;
}

export interface StageFigures {
  dossiers: number;
  load: StageLoad;
  /** At saturation (50 connections). */
  lookup: Latency & { rps: number };
  bare: Latency & { rps: number };
  /** At the run's fixed rate, open loop: every round's latencies pooled, then each round's. */
  lookupAtRate: Latency & { rounds: RoundAtRate[] };
  bareAtRate: Latency;
  bareSequential: Latency;
  /** The sampled look-ups read once before the rounds (the first read after the load), then again. */
  sampleRead?: SampleRead;
  scenarios: Record<string, Latency>;
  plans: Record<string, { query: string; plan: string }[]>;
  disk: Record<string, number>;
}

/** Distinct client addresses: the look-up allows 30 requests per client and minute. */
const CLIENT_ADDRESSES = 10_000;
const SAMPLE = 20_000;

function clientAddress(n: number): string {
  const k = n % CLIENT_ADDRESSES;
  return `10.${String((k >> 16) & 255)}.${String((k >> 8) & 255)}.${String(k & 255)}`;
}

/**
 * Random existing dossiers of a province (a block sample of the table, shuffled), as look-up
 * requests from rotating client addresses, and one answer to size the bare route's body.
 */
export async function lookupItems(
  system: BenchSystem,
  slug: string,
): Promise<{ items: LoadItem[]; codes: string[]; body: unknown }> {
  const { pool } = system.database;
  const estimate = await pool.query<{ n: number }>(
    `select greatest(reltuples, 1)::float8 as n from pg_class where relname = 'applications'`,
  );
  const percent = Math.min(100, ((SAMPLE * 4) / (estimate.rows[0]?.n ?? 1)) * 100);
  const sample = await pool.query<{ code: string; lookup_key: string }>(
    `select code, lookup_key from applications tablesample system (${percent.toFixed(4)})
      where tenant_id = $1 order by random() limit ${String(SAMPLE)}`,
    [system.tenantId],
  );
  const items = sample.rows.map((r, n) => ({
    path: `/api/v1/${slug}/applications/${encodeURIComponent(r.code)}?key=${r.lookup_key}`,
    headers: { 'x-forwarded-for': clientAddress(n) },
  }));
  const first = items[0];
  if (!first) throw new Error('no dossier to look up');
  const res = await fetch(`${system.url}${first.path}`, { headers: { 'x-forwarded-for': '192.0.2.1' } });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`look-up answered ${String(res.status)}: ${text.slice(0, 300)}`);
  return { items, codes: sample.rows.map((r) => r.code), body: JSON.parse(text) as unknown };
}

/**
 * The sampled dossiers read twice through the look-up's own function, straight in SQL, one after
 * another: the first pass is each dossier's first read since the bulk load (its pages from disk or
 * the OS cache), the second finds them in PostgreSQL's buffers, as the measured rounds then do.
 * Seconds of each pass.
 */
export async function readSample(system: BenchSystem, codes: readonly string[]): Promise<SampleRead> {
  const pass = async (): Promise<number> => {
    const started = process.hrtime.bigint();
    const result = await system.database.pool.query<{ n: number }>(
      'select count(motcua_public_lookup($1, code))::int as n from unnest($2::text[]) as code',
      [system.tenantId, codes],
    );
    if (result.rows[0]?.n !== codes.length) throw new Error('a sampled dossier was not found');
    return Number(process.hrtime.bigint() - started) / 1e9;
  };
  const firstSeconds = await pass();
  return { lookups: codes.length, firstSeconds, againSeconds: await pass() };
}

/**
 * The generator writes dossiers with triggers off, so the counters the dashboard and the inbox
 * read are rebuilt from the rows afterwards, as the migration that added them did: every province
 * at once, each on its own connection (the rebuild locks one province's counters only, and runs
 * on one core: three provinces share two cores better side by side than two then one).
 */
export async function prepareRollups(pool: pg.Pool, tenants: readonly Tenant[]): Promise<void> {
  const found = await pool.query(`select 1 from pg_proc where proname = 'motcua_rebuild_counters'`);
  if (found.rowCount === 0) return;
  await inLanes(pool, tenants.length, tenants, 'select 1', async (client, tenant) => {
    await client.query('select motcua_rebuild_counters($1)', [tenant.id]);
  });
}

/** Bytes on disk: the database, and the dossier tables with their indexes. */
export async function sizeOnDisk(pool: pg.Pool): Promise<Record<string, number>> {
  const result = await pool.query<{ name: string; bytes: string }>(
    `select 'database' as name, pg_database_size(current_database())::text as bytes
     union all
     select c.relname, pg_total_relation_size(c.oid)::text
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and (c.relname in ('applications', 'application_events', 'feedback') or c.relname like 'report%'
             or c.relname like 'inbox%')`,
  );
  return Object.fromEntries(result.rows.map((r) => [r.name, Number(r.bytes)]));
}
