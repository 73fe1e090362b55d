import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Runner } from 'graphile-worker';
import { buildApp, type WebRoot } from './app.ts';
import type { Config } from './config/config.ts';
import { connectAndMigrate, type Connection } from './platform/db/connect.ts';
import { startJobRunner } from './platform/jobs/runner.ts';
import type { Logger } from './platform/logger.ts';
import { createZaloSim, simHostPaths } from '@motcua/zalo-sim/server';
import { DEMO_TENANT, DEMO_ZALO_APP, seedDemo } from './demo/seed-demo.ts';
import { extendCalendarJob, findTenantBySlug } from './modules/tenants/index.ts';
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

/** Demo mode mounts the Zalo simulator playing the demo province's Zalo app. */
function demoSimulator() {
  const sim = createZaloSim({ ...DEMO_ZALO_APP });
  return { prefix: '/zalo-sim', graphPath: simHostPaths.graph, register: (app: FastifyInstance) => sim.register(app) };
}

async function seedDemoOnFirstStart(config: Config, connection: Connection, logger: Logger): Promise<void> {
  const existing = await withSystemTx(connection.database, (tx) => findTenantBySlug(tx, DEMO_TENANT.slug));
  if (existing) return;
  const started = Date.now();
  const result = await seedDemo(connection.database, masterKeyProvider(config.masterKey));
  logger.info({ ms: Date.now() - started, procedures: result.catalog.total }, 'demo province seeded');
}

async function startRunner(config: Config, connection: Connection, logger: Logger): Promise<Runner> {
  return startJobRunner({
    pool: connection.database.pool,
    concurrency: config.workerConcurrency,
    tasks: { 'calendar:extend-defaults': extendCalendarJob(connection.database, () => new Date()) },
    crontab: '0 2 1 * * calendar:extend-defaults ?fill=31d',
    logger,
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
  if (role !== 'api') runner = await startRunner(config, connection, logger);
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
      await connection.close();
    },
  };
}
