import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Runner } from 'graphile-worker';
import { buildApp, type WebRoot } from './app.ts';
import type { Config } from './config/config.ts';
import { connectAndMigrate, type Connection } from './platform/db/connect.ts';
import { startJobRunner } from './platform/jobs/runner.ts';
import type { Logger } from './platform/logger.ts';
import { createZaloSim, simHostPaths, simHosts } from '@motcua/zalo-sim/server';
import type { TaskList } from 'graphile-worker';
import { broadcastingTasks } from './broadcasting.ts';
import { assistantTasks } from './assisting.ts';
import { configuredZaloHosts, deliveryTasks } from './delivery.ts';
import type { OaTokenStore } from './modules/channels/index.ts';
import { DEMO_TENANT, DEMO_ZALO_APP, seedDemo } from './demo/seed-demo.ts';
import { extendCalendarJob, findTenantBySlug } from './modules/tenants/index.ts';
import { foldCountersJob } from './modules/reports/index.ts';
import { foldStatusCountsJob } from './modules/applications/index.ts';
import { withSystemTx } from './platform/db/database.ts';
import { masterKeyProvider } from './platform/crypto/key-provider.ts';

export type Role = 'all' | 'api' | 'worker';

export interface RunningSystem {
  app: FastifyInstance | undefined;
  urls: Record<string, string>;
  stop(): Promise<void>;
}

function webRoots(mode: Config['mode']): WebRoot[] {
  const at = (rel: string): string => fileURLToPath(new URL(rel, import.meta.url));
  const roots: WebRoot[] = [
    { prefix: '/console/', dir: at('../../console/dist') },
    { prefix: '/', dir: at('../../citizen/dist/web') },
  ];
  if (mode === 'demo') roots.unshift({ prefix: '/zalo-sim/', dir: at('../../zalo-sim/dist') });
  return roots;
}

/**
 * Demo mode: the mounted simulator is the demo province's Zalo. Its state lives in memory, so on
 * every start the OA gets a fresh token pair, the dossier template is registered and Zalo's
 * webhooks are pointed at this process.
 */
async function connectDemoOa(
  connection: Connection,
  tokens: OaTokenStore,
  ownBase: string,
  logger: Logger,
): Promise<void> {
  const tenant = await withSystemTx(connection.database, (tx) => findTenantBySlug(tx, DEMO_TENANT.slug));
  if (!tenant) return;
  const sim = `${ownBase}/zalo-sim/_sim`;
  const post = async (path: string, body: unknown, method = 'POST') => {
    const response = await fetch(`${sim}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`simulator ${path}: HTTP ${String(response.status)}`);
    return (await response.json()) as Record<string, string>;
  };
  try {
    const pair = await post('/oauth/tokens', {});
    await tokens.store(tenant.id, {
      accessToken: pair['access_token'] ?? '',
      refreshToken: pair['refresh_token'] ?? '',
      expiresInSeconds: Number(pair['expires_in']),
    });
    await post('/zns/templates', {
      templateId: DEMO_ZALO_APP.znsTemplates.dossier_update,
      name: 'Cập nhật tình trạng hồ sơ',
      params: ['ma_ho_so', 'ten_thu_tuc', 'trang_thai', 'ngay_hen', 'ghi_chu'],
      status: 'ENABLE',
    });
    await post('/webhook', { url: `${ownBase}/api/v1/${DEMO_TENANT.slug}/channels/zalo/webhook` }, 'PUT');
  } catch (error) {
    logger.warn({ err: error }, 'demo Zalo OA not connected');
  }
}

/** Demo mode mounts the Zalo simulator playing the demo province's Zalo app. */
function demoSimulator() {
  const sim = createZaloSim({ ...DEMO_ZALO_APP });
  return {
    prefix: '/zalo-sim',
    graphPath: simHostPaths.graph,
    oauthPath: simHostPaths.oauth,
    register: (app: FastifyInstance) => sim.register(app),
  };
}

async function seedDemoOnFirstStart(config: Config, connection: Connection, logger: Logger): Promise<void> {
  const existing = await withSystemTx(connection.database, (tx) => findTenantBySlug(tx, DEMO_TENANT.slug));
  if (existing) return;
  const started = Date.now();
  const result = await seedDemo(connection.database, masterKeyProvider(config.masterKey));
  logger.info({ ms: Date.now() - started, procedures: result.catalog.total }, 'demo province seeded');
}

async function startRunner(
  config: Config,
  connection: Connection,
  logger: Logger,
  delivery: TaskList,
): Promise<Runner> {
  return startJobRunner({
    pool: connection.database.pool,
    concurrency: config.workerConcurrency,
    tasks: {
      'calendar:extend-defaults': extendCalendarJob(connection.database, () => new Date()),
      'reports:fold-counters': foldCountersJob(connection.database),
      'applications:fold-status-counts': foldStatusCountsJob(connection.database),
      ...delivery,
    },
    // The monthly calendar top-up; every minute, the backstop that wakes drains of stored Zalo events.
    crontab: [
      '0 2 1 * * calendar:extend-defaults ?fill=31d',
      '* * * * * zalo:webhook-sweep',
      // Every minute, the dashboard's and the inbox's counter changes are folded in (readers add the rest).
      '* * * * * reports:fold-counters',
      '* * * * * applications:fold-status-counts',
    ].join('\n'),
    logger,
    staleAfterMs: config.workerStaleMs,
  });
}

/**
 * Boots the system for a role: `all` (what `npm start` runs: API, web apps and job runner in one
 * process), `api` or `worker`. On an empty database in demo mode it seeds the demo province.
 */
export async function startSystem(config: Config, role: Role, logger: Logger): Promise<RunningSystem> {
  const connection = await connectAndMigrate({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    embeddedPgPort: config.embeddedPgPort,
    poolSize: config.dbPoolSize,
    logger,
  });
  if (config.mode === 'demo') await seedDemoOnFirstStart(config, connection, logger);
  let runner: Runner | undefined;
  let ready = false;
  /** This process's own address once it listens (demo links and the mounted simulator). */
  let ownBase: string | undefined;
  const keyProvider = masterKeyProvider(config.masterKey);
  const zaloHosts = () =>
    config.mode === 'demo' && ownBase !== undefined
      ? configuredZaloHosts(config, simHosts(`${ownBase}/zalo-sim`))
      : configuredZaloHosts(config);
  const delivery = deliveryTasks({
    database: connection.database,
    keyProvider,
    config,
    zaloHosts,
    publicUrl: () => config.publicUrl ?? ownBase ?? `http://localhost:${String(config.port)}`,
    now: () => new Date(),
  });
  const broadcasting = broadcastingTasks({
    database: connection.database,
    tokens: delivery.tokens,
    zaloHosts,
    config,
    now: () => new Date(),
  });
  const assistant = assistantTasks({ database: connection.database, keyProvider, config, now: () => new Date() });
  if (role !== 'api') {
    runner = await startRunner(config, connection, logger, { ...delivery.tasks, ...broadcasting, ...assistant.tasks });
  }
  let app: FastifyInstance | undefined;
  const urls: Record<string, string> = {};
  if (role !== 'worker') {
    app = await buildApp({
      config,
      database: connection.database,
      logger,
      readiness: { isReady: () => ready },
      webRoots: webRoots(config.mode),
      ...(config.mode === 'demo' ? { simulator: demoSimulator() } : {}),
    });
    await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const base = config.publicUrl ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
    ownBase = `http://127.0.0.1:${String(port)}`;
    if (config.mode === 'demo') await connectDemoOa(connection, delivery.tokens, ownBase, logger);
    urls['citizen'] = `${base}/`;
    urls['console'] = `${base}/console/`;
    urls['api'] = `${base}/api/docs`;
    if (config.mode === 'demo') urls['zaloSim'] = `${base}/zalo-sim/`;
  }
  ready = true;
  return {
    app,
    urls,
    async stop() {
      ready = false;
      await app?.close();
      await runner?.stop();
      await assistant.close();
      await connection.close();
    },
  };
}
