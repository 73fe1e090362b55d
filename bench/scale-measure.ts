/**
 * What the scale run measures at each size: the public look-up at saturation (autocannon, 50
 * connections: throughput) and at a fixed rate below it (open loop: latency), and the console's
 * inbox and dashboard requests one after another, each against a bare Fastify route in the same
 * round, repeated and reduced to medians; and the plans PostgreSQL chose for the queries behind
 * each request, written by `auto_explain` (EXPLAIN ANALYZE with buffers) into its log.
 */
import type pg from 'pg';
import { load, startBaseline, type LoadItem, type LoadResult } from './bench-support.ts';
import { paced, type PacedResult } from './paced-load.ts';

export interface Timing {
  p50: number;
  p99: number;
  bytes: number;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** `times` requests one after another (after `warm` unmeasured ones): the latency one officer sees. */
export async function timed(url: string, headers: Record<string, string>, times: number, warm = 3): Promise<Timing> {
  const samples: number[] = [];
  let bytes = 0;
  for (let n = 0; n < warm + times; n += 1) {
    const started = process.hrtime.bigint();
    const res = await fetch(url, { headers });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${url} answered ${String(res.status)}: ${body.slice(0, 300)}`);
    if (n >= warm) samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    bytes = body.length;
  }
  samples.sort((a, b) => a - b);
  const at = (q: number): number => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), bytes };
}

export interface Scenario {
  name: string;
  path: string;
  /** Which session asks (an intake/processing officer for the inbox, an admin for the dashboard). */
  as: 'officer' | 'admin';
}

export interface RoundResult {
  bare: LoadResult;
  bareSequential: Timing;
  lookup: LoadResult;
  /** The look-up at the run's fixed rate, open loop. */
  lookupAtRate: PacedResult;
  /** The database's reads while the look-ups ran at the fixed rate. */
  readsAtRate: Reads;
  /** The bare route at the same rate. */
  bareAtRate: PacedResult;
  scenarios: Record<string, Timing>;
}

/** One system to measure: its listening app, sessions, look-ups and the look-up's answer. */
export interface MeasureTarget {
  url: string;
  cookies: Record<Scenario['as'], string>;
  scenarios: readonly Scenario[];
  lookups: readonly LoadItem[];
  /** The look-up's answer, replayed by this target's bare route. */
  lookupBody: unknown;
  /** Its database's reads so far (counters that only grow). */
  reads: () => Promise<Reads>;
}

/**
 * Blocks PostgreSQL read from outside its shared buffers (the page cache or the disk), and the
 * time it spent reading them (`track_io_timing`): the page cache answers in microseconds, so
 * milliseconds mean the disk.
 */
export interface Reads {
  blocks: number;
  ms: number;
}

/** What `pg_stat_database` has counted for the current database. */
export async function databaseReads(pool: pg.Pool): Promise<Reads> {
  const result = await pool.query<{ blocks: number; ms: number }>(
    `select blks_read::float8 as blocks, blk_read_time as ms from pg_stat_database where datname = current_database()`,
  );
  return { blocks: result.rows[0]?.blocks ?? 0, ms: result.rows[0]?.ms ?? 0 };
}

export interface MeasureInput {
  targets: readonly MeasureTarget[];
  rounds: number;
  seconds: number;
  times: number;
  connections: number;
  /**
   * Look-ups per second for the fixed-rate part. Left out: half the lowest throughput measured at
   * saturation after the unmeasured round, so every target is measured well below its capacity.
   */
  rate?: number;
  onRound?: (round: number, target: number, result: RoundResult) => void;
}

export interface Measured {
  /** Each target's rounds. */
  rounds: RoundResult[][];
  /** The fixed rate the look-ups were offered at, per second. */
  rate: number;
}

/**
 * `rounds` rounds, each taking every target in turn (the order reversed every other round, so no
 * target always follows the same one) through: the bare route under load, the look-up under load,
 * the look-up and the bare route at the fixed rate, every console scenario `times` times in a row,
 * and the bare route asked the same way. The targets are measured side by side in time, so a
 * neighbour's burst on the shared machine weighs on every target alike.
 */
export async function measureRounds(input: MeasureInput): Promise<Measured> {
  const baselines: { url: string; close: () => Promise<void> }[] = [];
  const results: RoundResult[][] = input.targets.map(() => []);
  let rate = 0;
  try {
    for (const target of input.targets) {
      baselines.push(
        await startBaseline((app) => {
          app.get('/api/v1/:tenant/applications/:code', async () => target.lookupBody);
        }),
      );
    }
    // An unmeasured round first: caches, the JIT and the connection pools warm up.
    for (const target of input.targets) {
      await load({ url: target.url, connections: input.connections, duration: 3 }, { items: target.lookups });
      for (const s of target.scenarios) await timed(`${target.url}${s.path}`, { cookie: target.cookies[s.as] }, 5);
    }
    rate = input.rate ?? (await halfCapacity(input));
    const order = input.targets.map((_, n) => n);
    for (let round = 0; round < input.rounds; round += 1) {
      for (const n of round % 2 === 0 ? order : [...order].reverse()) {
        const target = input.targets[n];
        const baseline = baselines[n];
        if (!target || !baseline) continue;
        const result = await measureOne(input, target, baseline.url, round, rate);
        input.onRound?.(round, n, result);
        results[n]?.push(result);
      }
    }
  } finally {
    for (const b of baselines) await b.close();
  }
  return { rounds: results, rate };
}

/** Half the lowest look-up throughput of the targets, each measured warm at saturation for 3 s. */
async function halfCapacity(input: MeasureInput): Promise<number> {
  const capacity: number[] = [];
  for (const target of input.targets) {
    const warm = await load(
      { url: target.url, connections: input.connections, duration: 3 },
      { items: target.lookups },
    );
    capacity.push(warm.rps);
  }
  return Math.max(1, Math.round(Math.min(...capacity) / 2));
}

async function measureOne(
  input: MeasureInput,
  target: MeasureTarget,
  baselineUrl: string,
  round: number,
  rate: number,
): Promise<RoundResult> {
  const half = Math.floor(target.lookups.length / 2);
  const items = round % 2 === 0 ? target.lookups : target.lookups.slice(half).concat(target.lookups.slice(0, half));
  await load({ url: baselineUrl, connections: input.connections, duration: 2 }, { items });
  const bare = await load({ url: baselineUrl, connections: input.connections, duration: input.seconds }, { items });
  await load({ url: target.url, connections: input.connections, duration: 2 }, { items });
  const lookup = await load({ url: target.url, connections: input.connections, duration: input.seconds }, { items });
  const atRate = { rate, seconds: input.seconds, items, connections: input.connections };
  // The saturated load leaves work behind (the server's garbage, the database's background work);
  // the fixed-rate part starts once that has settled.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const before = await target.reads();
  const lookupAtRate = await paced({ url: target.url, ...atRate });
  const after = await target.reads();
  const readsAtRate = { blocks: after.blocks - before.blocks, ms: Math.round((after.ms - before.ms) * 10) / 10 };
  const bareAtRate = await paced({ url: baselineUrl, ...atRate });
  if (lookupAtRate.failed > 0) {
    throw new Error(`look-ups at ${String(rate)}/s failed: ${JSON.stringify(lookupAtRate.statuses)}`);
  }
  const scenarios: Record<string, Timing> = {};
  for (const s of target.scenarios) {
    scenarios[s.name] = await timed(`${target.url}${s.path}`, { cookie: target.cookies[s.as] }, input.times);
  }
  const bareSequential = await timed(`${baselineUrl}${items[0]?.path ?? '/'}`, {}, input.times);
  return { bare, bareSequential, lookup, lookupAtRate, readsAtRate, bareAtRate, scenarios };
}

/** Collects PostgreSQL's log while a plan capture is on. */
export class PlanLog {
  private buffer = '';
  private capturing = false;

  /** The `onLog` callback for the embedded server. */
  readonly onLog = (chunk: string): void => {
    if (this.capturing) this.buffer += chunk;
  };

  start(): void {
    this.buffer = '';
    this.capturing = true;
  }

  /** The plans logged since `start`, one per statement: its text and its plan lines. */
  stop(): { query: string; plan: string }[] {
    this.capturing = false;
    const entries: { query: string; plan: string }[] = [];
    let current: string[] | undefined;
    for (const raw of this.buffer.replace(/\[STDERR\] /g, '').split('\n')) {
      if (/LOG: {2}duration: [\d.]+ ms {2}plan:/.test(raw)) {
        if (current) entries.push(toEntry(current));
        current = [];
      } else if (current && /^\s/.test(raw)) {
        current.push(raw.replace(/^\t/, ''));
      } else if (current) {
        entries.push(toEntry(current));
        current = undefined;
      }
    }
    if (current) entries.push(toEntry(current));
    return entries;
  }
}

function toEntry(lines: string[]): { query: string; plan: string } {
  const text: string[] = [];
  let n = 0;
  if (lines[0]?.startsWith('Query Text:')) {
    text.push(lines[0].slice('Query Text:'.length).trim());
    n = 1;
    // A statement on several lines: its other lines come before the first plan node.
    while (n < lines.length && !/^\s*[A-Z][A-Za-z ]+ {2}\(/.test(lines[n] ?? '') && !/\(actual/.test(lines[n] ?? '')) {
      text.push((lines[n] ?? '').trim());
      n += 1;
    }
  }
  return { query: text.join(' ').replace(/\s+/g, ' '), plan: lines.slice(n).join('\n') };
}

/** Turns `auto_explain` on for every session (ANALYZE, BUFFERS, nested statements) or off again. */
export async function explainEverything(pool: pg.Pool, on: boolean): Promise<void> {
  const settings = on
    ? ['log_min_duration = 0', 'log_analyze = on', 'log_buffers = on', 'log_timing = on', 'log_nested_statements = on']
    : ['log_min_duration = -1'];
  for (const s of settings) await pool.query(`alter system set auto_explain.${s}`);
  await pool.query('select pg_reload_conf()');
  // Backends read the new settings between statements; give them a moment to get the signal.
  await new Promise((resolve) => setTimeout(resolve, 300));
}

/** The queries of one request worth showing: those reading dossiers or the counters kept for them. */
export function interesting(entries: readonly { query: string; plan: string }[]): { query: string; plan: string }[] {
  return entries.filter((e) => /applications|report_|inbox_|motcua_public_lookup/.test(e.query));
}
