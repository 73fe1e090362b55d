/**
 * The system the soak benchmark loads, as `npm start` runs it in one process: the API booted by
 * `bootSystem()`, and beside it the production job runner (`startSystem` in its `worker` role:
 * every task and the cron lines, Zalo pointed at a simulator in its own process). Plus what the
 * load needs: an officer with the intake, processor and leader roles at the receiving unit, a
 * backlog of filed dossiers, and Zalo users who write to the OA.
 */
import path from 'node:path';
import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import { loadConfig } from '../apps/server/src/config/config.ts';
import { DEMO_ZALO_APP } from '../apps/server/src/demo/seed-demo.ts';
import { createOaTokenStore } from '../apps/server/src/modules/channels/index.ts';
import { createOfficer } from '../apps/server/src/modules/identity/index.ts';
import { updateZaloChannel } from '../apps/server/src/modules/tenants/index.ts';
import { masterKeyProvider } from '../apps/server/src/platform/crypto/key-provider.ts';
import { createLogger } from '../apps/server/src/platform/logger.ts';
import { startSystem, type RunningSystem } from '../apps/server/src/system.ts';
import { callSim } from '../apps/server/test/sim-client.ts';
import { startSimProcess, type SimProcess } from '../apps/server/test/sim-process.ts';
import {
  benchMasterKey,
  bootSystem,
  insertSyntheticDossiers,
  khaiSinhExample,
  syntheticDossier,
  type BenchSystem,
} from './bench-support.ts';

export const UNIT = '000.20.01.H53';
const PASSWORD = 'Mật-khẩu-đủ-dài-2026';
const ZALO_USERS = 2_000;

/** The job queue at one moment (see `SoakSystem.jobs`). */
export interface SoakJobs {
  pending: number;
  scheduled: number;
  dead: number;
  retried: number;
  retriedByTask: Record<string, number>;
  /** The last errors of jobs that failed at least once, with how many jobs carry each (top 5). */
  retryReasons: Record<string, number>;
}

export interface SoakSystem {
  system: BenchSystem;
  form: Record<string, unknown>;
  officer: { cookie: string; csrf: string };
  /** OA user ids of the simulator's followers (the senders of the OA events). */
  senders: string[];
  /** Files `count` more dossiers (status submitted) at `UNIT` before the load; returns their codes and keys. */
  fileBacklog(count: number): Promise<{ code: string; key: string }[]>;
  /**
   * Jobs due and not done yet (waiting, running, or a retry whose time has come); jobs set for later
   * (reminders before a due date, retries backing off); jobs that failed for good; and jobs that
   * failed at least once, by task.
   */
  jobs(): Promise<SoakJobs>;
  stop(): Promise<void>;
}

async function login(url: string, username: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${url}/api/v1/tay-ninh/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login answered ${String(res.status)}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

/** The production worker role on the bench's database, its files and the simulator. */
async function startWorker(system: BenchSystem, sim: SimProcess): Promise<RunningSystem> {
  const config = loadConfig({
    MOTCUA_MODE: 'test',
    DATABASE_URL: system.databaseUrl,
    MOTCUA_MASTER_KEY: benchMasterKey.toString('base64'),
    MOTCUA_DATA_DIR: path.dirname(system.filesDir),
    MOTCUA_PUBLIC_URL: 'https://motcua.bench',
    MOTCUA_ZALO_OPENAPI_URL: sim.hosts.openapi,
    MOTCUA_ZALO_OAUTH_URL: sim.hosts.oauth,
    MOTCUA_ZALO_BUSINESS_URL: sim.hosts.business,
    LOG_LEVEL: 'silent',
  });
  return startSystem(config, 'worker', createLogger('silent'));
}

/** Connects the province's OA to the simulator: credentials, a token pair, the ZNS template, followers. */
async function connectZalo(system: BenchSystem, sim: SimProcess): Promise<string[]> {
  const deps = { database: system.database, keyProvider: masterKeyProvider(benchMasterKey), now: () => new Date() };
  await updateZaloChannel(deps, system.tenantId, DEMO_ZALO_APP, { system: 'bench' });
  const pair = await callSim<{ access_token: string; refresh_token: string; expires_in: string }>(
    sim.url,
    'POST',
    '/oauth/tokens',
  );
  const tokens = createOaTokenStore({
    ...deps,
    hosts: () => sim.hosts,
    credentials: () => Promise.resolve({ appId: DEMO_ZALO_APP.appId, appSecret: DEMO_ZALO_APP.appSecret }),
  });
  await tokens.store(system.tenantId, {
    accessToken: pair.access_token,
    refreshToken: pair.refresh_token,
    expiresInSeconds: Number(pair.expires_in),
  });
  await callSim(sim.url, 'POST', '/zns/templates', {
    templateId: DEMO_ZALO_APP.znsTemplates.dossier_update,
    name: 'Cập nhật tình trạng hồ sơ',
    params: ['ma_ho_so', 'ten_thu_tuc', 'trang_thai', 'ngay_hen', 'ghi_chu'],
    status: 'ENABLE',
  });
  const { ids } = await callSim<{ ids: string[] }>(sim.url, 'POST', '/users/bulk', { count: ZALO_USERS });
  await system.database.pool.query(
    `insert into zalo_followers (tenant_id, oa_user_id, follower, last_interaction_at, updated_at)
     select $1, id, true, now(), now() from unnest($2::text[]) as id`,
    [system.tenantId, ids],
  );
  return ids;
}

export async function bootSoakSystem(options: { ephemeral: boolean }): Promise<SoakSystem> {
  const system = await bootSystem({ ephemeral: options.ephemeral });
  let sim: SimProcess | undefined;
  let worker: RunningSystem | undefined;
  const stop = async (): Promise<void> => {
    await worker?.stop();
    await sim?.stop();
    await system.stop();
  };
  try {
    sim = await startSimProcess({ ...DEMO_ZALO_APP, conversationCap: 20 });
    const senders = await connectZalo(system, sim);
    await createOfficer(
      { database: system.database, keyProvider: masterKeyProvider(benchMasterKey) },
      system.tenantId,
      {
        username: 'canbo.soak',
        fullName: 'Lê Thị Cán Bộ',
        unitEid: UNIT,
        roles: (['intake', 'processor', 'leader'] as const).map((role) => ({ unitEid: UNIT, role })),
        password: PASSWORD,
      },
    );
    worker = await startWorker(system, sim);
    const officer = await login(system.url, 'canbo.soak');
    const form = khaiSinhExample(khaiSinh.form?.schema['examples']);
    let filed = 0;
    return {
      system,
      form,
      officer,
      senders,
      async fileBacklog(count) {
        const from = filed;
        filed += count;
        await insertSyntheticDossiers(
          system.database,
          system.tenantId,
          { from, to: filed - 1 },
          { unitEids: [UNIT], form },
        );
        await system.database.pool.query('analyze applications');
        return Array.from({ length: count }, (_, i) => syntheticDossier(from + i, [UNIT]));
      },
      async jobs() {
        const { rows } = await system.database.pool.query<{
          task: string;
          pending: number;
          scheduled: number;
          dead: number;
          retried: number;
        }>(
          `select t.identifier as task,
                  count(*) filter (where j.attempts < j.max_attempts and j.run_at <= now())::int as pending,
                  count(*) filter (where j.attempts < j.max_attempts and j.run_at > now())::int as scheduled,
                  count(*) filter (where j.attempts >= j.max_attempts)::int as dead,
                  count(*) filter (where j.last_error is not null)::int as retried
             from graphile_worker._private_jobs j
             join graphile_worker._private_tasks t on t.id = j.task_id
            group by t.identifier`,
        );
        // Job errors name a route and a cause (no personal data: payloads and messages carry ids only).
        const reasons = await system.database.pool.query<{ reason: string; jobs: number }>(
          `select left(last_error, 160) as reason, count(*)::int as jobs
             from graphile_worker._private_jobs
            where last_error is not null
            group by 1 order by 2 desc limit 5`,
        );
        const sum = (key: 'pending' | 'scheduled' | 'dead' | 'retried'): number => rows.reduce((n, r) => n + r[key], 0);
        return {
          pending: sum('pending'),
          scheduled: sum('scheduled'),
          dead: sum('dead'),
          retried: sum('retried'),
          retriedByTask: Object.fromEntries(rows.filter((r) => r.retried > 0).map((r) => [r.task, r.retried])),
          retryReasons: Object.fromEntries(reasons.rows.map((r) => [r.reason, r.jobs])),
        };
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
