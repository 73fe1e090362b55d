/**
 * Console responsiveness over 1,000,000 dossiers: an officer's inbox (soonest due first, by status,
 * overdue, by code prefix) and the dashboard, each asked 40 times in a row over HTTP after a warm-up,
 * against a bare Fastify route returning a constant body of the same size in the same run. Prints
 * readable lines, EXPLAIN of the default inbox query, then one JSON line (the last line).
 *
 *   npx tsx bench/console-list.bench.ts      (BENCH_DOSSIERS shrinks the data set for a quick look)
 */
import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import { createOfficer } from '../apps/server/src/modules/identity/index.ts';
import { masterKeyProvider } from '../apps/server/src/platform/crypto/key-provider.ts';
import {
  benchMasterKey,
  bootSystem,
  elapsedSince,
  insertSyntheticDossiers,
  khaiSinhExample,
  recountCounters,
  round3,
  startBaseline,
} from './bench-support.ts';

const DOSSIERS = Number(process.env['BENCH_DOSSIERS'] ?? 1_000_000);
const UNIT_EIDS = [1, 2, 3, 4, 5, 6].map((n) => `000.20.0${String(n)}.H53`);
const PASSWORD = 'Mật-khẩu-đủ-dài-2026';
const TIMES = 40;
const WARM = 5;

interface Timing {
  p50: number;
  p99: number;
  max: number;
  bytes: number;
}

async function timed(url: string, headers: Record<string, string>): Promise<Timing> {
  const samples: number[] = [];
  let bytes = 0;
  for (let n = 0; n < WARM + TIMES; n += 1) {
    const started = process.hrtime.bigint();
    const res = await fetch(url, { headers });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${url} answered ${String(res.status)}: ${body.slice(0, 200)}`);
    if (n >= WARM) samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    bytes = body.length;
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), max: samples.at(-1) ?? 0, bytes };
}

async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  const system = await bootSystem();
  try {
    const unit = UNIT_EIDS[0] ?? '';
    await createOfficer(
      { database: system.database, keyProvider: masterKeyProvider(benchMasterKey) },
      system.tenantId,
      {
        username: 'canbo.xuly',
        fullName: 'Trần Văn Xử Lý',
        unitEid: unit,
        roles: [
          { unitEid: unit, role: 'intake' },
          { unitEid: unit, role: 'processor' },
        ],
        password: PASSWORD,
      },
    );
    await insertSyntheticDossiers(
      system.database,
      system.tenantId,
      { from: 0, to: DOSSIERS - 1 },
      { unitEids: UNIT_EIDS, form: khaiSinhExample(khaiSinh.form?.schema['examples']) },
      (done) => {
        if (done % 250_000 === 0) console.info(`  loaded ${done.toLocaleString('en')} dossiers`);
      },
    );
    // A realistic mix: four in five accepted (due five working days on), one in ten of those ended.
    await system.database.pool.query(`
      update applications set
        status = case when (hashtext(code) & 15) < 2 then 'returned' else 'processing' end,
        received_at = submitted_at,
        due_at = submitted_at + interval '7 days',
        ended_at = case when (hashtext(code) & 15) < 2 then submitted_at + interval '5 days' end
      where (hashtext(code) & 7) <> 0`);
    await recountCounters(system.database, system.tenantId);
    // The update above wrote two status-count changes per dossier, which the recount deleted: vacuum
    // everything, as autovacuum would soon after, or the tabs read past 1.75 million dead rows.
    await system.database.pool.query('vacuum analyze');
    const login = await fetch(`${system.url}/api/v1/tay-ninh/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'canbo.xuly', password: PASSWORD }),
    });
    if (login.status !== 200) throw new Error(`login answered ${String(login.status)}`);
    const headers = { cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
    const inbox = `${system.url}/api/v1/tay-ninh/console/applications`;
    const scenarios: Record<string, string> = {
      inbox: `${inbox}?limit=20`,
      inbox_page_50: `${inbox}?limit=20&offset=1000`,
      inbox_processing: `${inbox}?status=processing&limit=20`,
      inbox_overdue: `${inbox}?due=overdue&limit=20`,
      inbox_code_prefix: `${inbox}?q=${encodeURIComponent(`${unit}-250`)}&limit=20`,
      dashboard: `${system.url}/api/v1/tay-ninh/console/stats?from=2025-03-01&to=2025-03-31`,
    };
    const results: Record<string, Timing> = {};
    for (const [name, url] of Object.entries(scenarios)) {
      results[name] = await timed(url, headers);
      const r = results[name];
      console.info(
        `${name.padEnd(18)} p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, ${String(r.bytes)} bytes`,
      );
    }
    const body = JSON.stringify({ items: Array.from({ length: 20 }, () => ({ pad: 'x'.repeat(200) })) });
    const baseline = await startBaseline((app) => {
      app.get('/inbox', async (_request, reply) => reply.type('application/json').send(body));
    });
    let bare: Timing;
    try {
      bare = await timed(`${baseline.url}/inbox`, {});
    } finally {
      await baseline.close();
    }
    console.info(`${'baseline'.padEnd(18)} p50 ${bare.p50.toFixed(1)} ms, p99 ${bare.p99.toFixed(1)} ms`);
    const plan = await system.database.pool.query<{ 'QUERY PLAN': string }>(
      `explain (costs off) select id from applications where tenant_id = $1
         and current_unit_id = (select id from units where tenant_id = $1 and eid = $2)
       order by coalesce(rescheduled_due_at, due_at) asc nulls last, submitted_at limit 20`,
      [system.tenantId, unit],
    );
    console.info('plan of the inbox order (one unit, first page):');
    for (const row of plan.rows) console.info(`  ${row['QUERY PLAN']}`);
    const worst = Math.max(...Object.values(results).map((r) => r.p99));
    console.info(`total time ${elapsedSince(started).toFixed(0)} s`);
    console.log(
      JSON.stringify({
        bench: 'console-list',
        ratio: round3(bare.p50 / Math.max(...Object.values(results).map((r) => r.p50))),
        baseline: 'bare Fastify route on loopback returning a constant inbox-sized body, same sequential client',
        dossiers: DOSSIERS,
        worst_p99_ms: round3(worst),
        baseline_p50_ms: round3(bare.p50),
        ...Object.fromEntries(Object.entries(results).map(([k, r]) => [`${k}_p50_ms`, round3(r.p50)])),
        ...Object.fromEntries(Object.entries(results).map(([k, r]) => [`${k}_p99_ms`, round3(r.p99)])),
      }),
    );
  } finally {
    await system.stop();
  }
}

await main();
