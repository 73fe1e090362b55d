/**
 * Public look-up benchmark: `GET /api/v1/tay-ninh/applications/{code}?key=` over 1,000,000
 * dossiers, 50 connections, against a bare Fastify route returning a constant JSON body of the
 * same size. Prints readable lines, then one JSON line (the last line) for tooling.
 *
 *   npx tsx bench/lookup.bench.ts
 */
import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import {
  bootSystem,
  describeLoad,
  elapsedSince,
  insertSyntheticDossiers,
  khaiSinhExample,
  load,
  round3,
  startBaseline,
  syntheticDossier,
  type LoadItem,
  type LoadResult,
} from './bench-support.ts';

/** `BENCH_DOSSIERS` shrinks the data set for a quick profile; the reported figure uses 1,000,000. */
const DOSSIERS = Number(process.env['BENCH_DOSSIERS'] ?? 1_000_000);
const CONNECTIONS = 50;
const WARMUP_SECONDS = 3;
const MEASURE_SECONDS = 12;
/** Distinct client addresses: the route allows 30 look-ups per client and minute. */
const CLIENT_ADDRESSES = 10_000;
const SAMPLE = 60_000;
const UNIT_EIDS = [1, 2, 3, 4, 5, 6].map((n) => `000.20.0${n}.H53`);

/** Deterministic PRNG (mulberry32) so the sample of dossiers is the same on every run. */
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

function clientAddress(n: number): string {
  const k = n % CLIENT_ADDRESSES;
  return `10.${(k >> 16) & 255}.${(k >> 8) & 255}.${k & 255}`;
}

async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  const system = await bootSystem();
  try {
    const loadStarted = process.hrtime.bigint();
    await insertSyntheticDossiers(
      system.database,
      system.tenantId,
      { from: 0, to: DOSSIERS - 1 },
      { unitEids: UNIT_EIDS, form: khaiSinhExample(khaiSinh.form?.schema['examples']) },
      (done) => {
        if (done % 250_000 === 0) console.info(`  loaded ${done.toLocaleString('en')} dossiers`);
      },
    );
    // As a server settles after a bulk load: vacuumed (no autovacuum pass in the middle of the
    // measurement) and checkpointed (no dirty pages written out during it).
    await system.database.pool.query('vacuum (analyze) applications, application_events');
    await system.database.pool.query('checkpoint');
    const loadSeconds = elapsedSince(loadStarted);
    const counted = await system.database.pool.query<{ applications: number; events: number }>(
      'select (select count(*) from applications) as applications, (select count(*) from application_events) as events',
    );
    console.info(
      `data: ${counted.rows[0]?.applications.toLocaleString('en')} dossiers, ${counted.rows[0]?.events.toLocaleString('en')} events, loaded with INSERT … SELECT generate_series in ${loadSeconds.toFixed(1)} s`,
    );

    const probe = syntheticDossier(777_777, UNIT_EIDS);
    const client = await system.database.pool.connect();
    try {
      await client.query('begin');
      if (system.database.usesAppRole) await client.query('set local role motcua_app');
      await client.query(`select set_config('motcua.tenant_id', $1, true)`, [system.tenantId]);
      const plan = await client.query<{ 'QUERY PLAN': string }>(
        'explain (analyze, buffers, costs off) select * from applications where tenant_id = $1 and code = $2 limit 1',
        [system.tenantId, probe.code],
      );
      await client.query('rollback');
      console.info(`plan of the look-up query (code ${probe.code}, as the application role under row-level security):`);
      for (const row of plan.rows) console.info(`  ${row['QUERY PLAN']}`);
    } finally {
      client.release();
    }

    const random = createRandom(7);
    const items: LoadItem[] = Array.from({ length: SAMPLE }, (_, n) => {
      const { code, key } = syntheticDossier(Math.floor(random() * DOSSIERS), UNIT_EIDS);
      return {
        path: `/api/v1/tay-ninh/applications/${code}?key=${key}`,
        headers: { 'x-forwarded-for': clientAddress(n) },
      };
    });
    const sample = await fetch(`${system.url}${items[0]?.path ?? ''}`, {
      headers: { 'x-forwarded-for': '192.0.2.1' },
    });
    const sampleBody = await sample.text();
    if (sample.status !== 200) throw new Error(`look-up answered ${sample.status}: ${sampleBody}`);
    console.info(`one answer: ${sampleBody.length} bytes, ${sampleBody.slice(0, 140)}…`);

    await load({ url: system.url, connections: CONNECTIONS, duration: WARMUP_SECONDS }, { items });
    const ours = await load(
      { url: system.url, connections: CONNECTIONS, duration: MEASURE_SECONDS },
      { items: items.slice(SAMPLE / 2).concat(items.slice(0, SAMPLE / 2)) },
    );
    console.info(describeLoad('look-up   ', ours));

    const constant = JSON.parse(sampleBody) as unknown;
    const baseline = await startBaseline((app) => {
      app.get('/api/v1/:tenant/applications/:code', async () => constant);
    });
    let bare: LoadResult;
    try {
      await load({ url: baseline.url, connections: CONNECTIONS, duration: WARMUP_SECONDS }, { items });
      bare = await load({ url: baseline.url, connections: CONNECTIONS, duration: MEASURE_SECONDS }, { items });
    } finally {
      await baseline.close();
    }
    console.info(describeLoad('baseline  ', bare));
    const ratio = ours.rps / bare.rps;
    const refused = ours.requests - ours.ok;
    console.info(
      `rate limit: 30 look-ups per client and minute, so requests rotate ${CLIENT_ADDRESSES.toLocaleString('en')} X-Forwarded-For addresses (trustProxy is on); ${refused} non-2xx answers`,
    );
    console.info(
      `targets: ratio >= 0.35 ${ratio >= 0.35 ? 'met' : 'NOT met'} (${ratio.toFixed(3)}), p99 <= 25 ms ${ours.p99 <= 25 ? 'met' : 'NOT met'} (${ours.p99.toFixed(1)} ms)`,
    );
    console.info(`total time ${elapsedSince(started).toFixed(0)} s`);
    console.log(
      JSON.stringify({
        bench: 'lookup',
        ratio: round3(ratio),
        baseline: 'bare Fastify route on loopback returning a constant JSON body of the same size',
        p50_ms: round3(ours.p50),
        p99_ms: round3(ours.p99),
        rps: Math.round(ours.rps),
        baseline_p50_ms: round3(bare.p50),
        baseline_p99_ms: round3(bare.p99),
        baseline_rps: Math.round(bare.rps),
        dossiers: DOSSIERS,
        connections: CONNECTIONS,
        requests: ours.requests,
        non_2xx: refused,
        body_bytes: sampleBody.length,
      }),
    );
  } finally {
    await system.stop();
  }
}

await main();
