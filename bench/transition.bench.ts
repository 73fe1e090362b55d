/**
 * Officer actions benchmark: accept → start_processing → submit_for_approval → approve → complete
 * over the console API, on dossiers already filed at the receiving unit, each transition writing
 * its event, projection, and (accept, complete) the citizen notice with its delivery job. The
 * baseline is a bare Fastify route doing one raw `pg` UPDATE of one row per request. Prints
 * readable lines, then one JSON line (the last line) for tooling.
 *
 *   npx tsx bench/transition.bench.ts             (ephemeral PostgreSQL tuning)
 *   npx tsx bench/transition.bench.ts --durable   (normal fsync / synchronous_commit)
 */
import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import { createOfficer } from '../apps/server/src/modules/identity/index.ts';
import { masterKeyProvider } from '../apps/server/src/platform/crypto/key-provider.ts';
import { createPool } from '../apps/server/src/platform/db/database.ts';
import {
  benchMasterKey,
  bootSystem,
  describeLoad,
  durabilityNote,
  durableFlag,
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

const DOSSIERS = 4_000;
const WARMUP_DOSSIERS = 200;
const CONNECTIONS = 20;
const UNIT = '000.20.01.H53';
const ACTIONS = ['accept', 'start_processing', 'submit_for_approval', 'approve', 'complete'] as const;
const PASSWORD = 'Mật-khẩu-đủ-dài-2026';

interface Session {
  cookie: string;
  csrf: string;
}

async function login(url: string, username: string): Promise<Session> {
  const res = await fetch(`${url}/api/v1/tay-ninh/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login answered ${res.status}: ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

function actionItem(session: Session, code: string, action: string): LoadItem {
  return {
    method: 'POST',
    path: `/api/v1/tay-ninh/console/applications/${code}/actions/${action}`,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
    body: '{}',
  };
}

/** Runs every action in turn over `codes`; each phase carries on with the dossiers the previous one moved. */
async function runPath(
  url: string,
  session: Session,
  codes: readonly string[],
  report: boolean,
): Promise<{ phases: LoadResult[]; moved: number }> {
  let current = [...codes];
  const phases: LoadResult[] = [];
  for (const action of ACTIONS) {
    const items = current.map((code) => actionItem(session, code, action));
    const result = await load(
      { url, connections: CONNECTIONS, amount: Math.max(1, items.length - CONNECTIONS) },
      { items, collect: true },
    );
    if (report) console.info(describeLoad(action.padEnd(20), result));
    phases.push(result);
    current = result.bodies.map((b) => (JSON.parse(b) as { code: string }).code);
  }
  return { phases, moved: current.length };
}

async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  const ephemeral = !durableFlag();
  const system = await bootSystem({ ephemeral });
  try {
    console.info(durabilityNote(ephemeral));
    const deps = { database: system.database, keyProvider: masterKeyProvider(benchMasterKey) };
    await createOfficer(deps, system.tenantId, {
      username: 'canbo.tanninh',
      fullName: 'Lê Thị Cán Bộ',
      unitEid: UNIT,
      roles: [
        { unitEid: UNIT, role: 'intake' },
        { unitEid: UNIT, role: 'processor' },
        { unitEid: UNIT, role: 'leader' },
      ],
      password: PASSWORD,
    });
    const total = WARMUP_DOSSIERS + DOSSIERS;
    await insertSyntheticDossiers(
      system.database,
      system.tenantId,
      { from: 0, to: total - 1 },
      { unitEids: [UNIT], form: khaiSinhExample(khaiSinh.form?.schema['examples']) },
    );
    await system.database.pool.query('analyze');
    console.info(
      `${total} dossiers filed at ${UNIT} (status submitted); one officer there with the intake, processor and leader roles`,
    );
    const session = await login(system.url, 'canbo.tanninh');
    const codes = Array.from({ length: total }, (_, i) => syntheticDossier(i, [UNIT]).code);

    await runPath(system.url, session, codes.slice(0, WARMUP_DOSSIERS), false);
    const ours = await runPath(system.url, session, codes.slice(WARMUP_DOSSIERS), true);
    const transitions = ours.phases.reduce((sum, p) => sum + p.ok, 0);
    const seconds = ours.phases.reduce((sum, p) => sum + p.seconds, 0);
    const rps = transitions / seconds;
    const p50 = Math.max(...ours.phases.map((p) => p.p50));
    const p99 = Math.max(...ours.phases.map((p) => p.p99));
    const failed = ours.phases.reduce((sum, p) => sum + p.failed, 0);
    console.info(
      `officer actions: ${transitions} transitions in ${seconds.toFixed(1)} s = ${rps.toFixed(0)} transitions/s; ${ours.moved} dossiers went the whole way to result_ready; ${failed} failed; p50/p99 below are the worst phase's`,
    );

    const rows = await system.database.pool.query<{
      events: number;
      notices: number;
      jobs: number;
      ready: number;
    }>(
      `select (select count(*) from application_events where action <> 'submit') as events,
              (select count(*) from notification_intents) as notices,
              (select count(*) from graphile_worker._private_jobs) as jobs,
              (select count(*) from applications where status = 'result_ready') as ready`,
    );
    const r = rows.rows[0];
    console.info(
      `written: ${r?.events} transition events, ${r?.notices} notices, ${r?.jobs} queued delivery jobs, ${r?.ready} dossiers result_ready (warm-up included)`,
    );

    const pool = createPool(system.databaseUrl, 10);
    await pool.query(
      `create table bench_rows (id int primary key, status text not null, revision int not null, updated_at timestamptz)`,
    );
    await pool.query(`insert into bench_rows select i, 'submitted', 1, now() from generate_series(1, $1::int) i`, [
      DOSSIERS,
    ]);
    const baseline = await startBaseline((app) => {
      app.post<{ Params: { code: string; action: string } }>(
        '/api/v1/:tenant/console/applications/:code/actions/:action',
        async (request) => {
          const result = await pool.query<{ id: number; revision: number }>(
            'update bench_rows set status = $2, revision = revision + 1, updated_at = now() where id = $1 returning id, revision',
            [Number(request.params.code), request.params.action],
          );
          return result.rows[0] ?? {};
        },
      );
    });
    const barePhases: LoadResult[] = [];
    try {
      for (const action of ACTIONS) {
        const items = Array.from({ length: DOSSIERS }, (_, i) => actionItem(session, String(i + 1), action));
        barePhases.push(
          await load({ url: baseline.url, connections: CONNECTIONS, amount: DOSSIERS - CONNECTIONS }, { items }),
        );
      }
    } finally {
      await baseline.close();
      await pool.end();
    }
    const bareTotal = barePhases.reduce((sum, p) => sum + p.ok, 0);
    const bareSeconds = barePhases.reduce((sum, p) => sum + p.seconds, 0);
    const bareRps = bareTotal / bareSeconds;
    const bareP50 = Math.max(...barePhases.map((p) => p.p50));
    const bareP99 = Math.max(...barePhases.map((p) => p.p99));
    console.info(
      `baseline: ${bareTotal} single-row UPDATEs in ${bareSeconds.toFixed(1)} s = ${bareRps.toFixed(0)} req/s, p50 ${bareP50.toFixed(1)} ms, p99 ${bareP99.toFixed(1)} ms`,
    );
    console.info(`target >= 800 transitions/s: ${rps >= 800 ? 'met' : 'NOT met'} (${rps.toFixed(0)})`);
    console.info(`total time ${elapsedSince(started).toFixed(0)} s`);
    console.log(
      JSON.stringify({
        bench: 'transition',
        ratio: round3(rps / bareRps),
        baseline: 'bare Fastify route doing one raw pg UPDATE of one row per request (same PostgreSQL)',
        p50_ms: round3(p50),
        p99_ms: round3(p99),
        rps: Math.round(rps),
        baseline_p50_ms: round3(bareP50),
        baseline_p99_ms: round3(bareP99),
        baseline_rps: Math.round(bareRps),
        transitions,
        failed,
        dossiers: DOSSIERS,
        actions: ACTIONS,
        connections: CONNECTIONS,
        events: r?.events,
        notices: r?.notices,
        jobs: r?.jobs,
        durable: !ephemeral,
      }),
    );
  } finally {
    await system.stop();
  }
}

await main();
