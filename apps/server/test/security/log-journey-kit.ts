import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { Runner } from 'graphile-worker';
import { startZaloSim, type RunningZaloSim } from '@motcua/zalo-sim/server';
import { buildApp } from '../../src/app.ts';
import { DEMO_ZALO_APP, seedDemo } from '../../src/demo/seed-demo.ts';
import { deliveryTasks } from '../../src/delivery.ts';
import type { Tenant } from '../../src/modules/tenants/index.ts';
import { masterKeyProvider } from '../../src/platform/crypto/key-provider.ts';
import { startJobRunner } from '../../src/platform/jobs/runner.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { testDeliveryConfig, testMasterKey } from '../app.ts';
import { callSim } from '../sim-client.ts';
import { createTestDatabase, type TestDatabase } from '../harness.ts';

/**
 * The whole system as production runs it — the API listening on a port, the job runner, the Zalo
 * simulator as the province's Zalo — with one logger for all of it writing every line, at `level`,
 * into `lines`.
 */
export interface LogJourneyKit {
  db: TestDatabase;
  app: FastifyInstance;
  tenant: Tenant;
  zalo: RunningZaloSim;
  lines: string[];
  sim<T = Record<string, unknown>>(method: string, route: string, body?: unknown): Promise<T>;
  /** Waits until every webhook was delivered and processed, and every job ran or failed for good. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export async function startLogJourney(level: 'trace' | 'debug' | 'info'): Promise<LogJourneyKit> {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = createLogger(level, sink);
  const db = await createTestDatabase();
  const keyProvider = masterKeyProvider(testMasterKey);
  const tenant = (await seedDemo(db.database, keyProvider)).tenant;
  const zalo = await startZaloSim({ ...DEMO_ZALO_APP, webhookRetryScale: 0.0001 });
  const storage = { kind: 'local' as const, dir: db.filesDir };
  const app = await buildApp({
    config: {
      searchRefreshMs: 0,
      mode: 'test',
      publicUrl: 'https://motcua.test',
      masterKey: testMasterKey,
      storage,
      uploadMaxBytes: 10 * 1024 * 1024,
      applicationMaxBytes: 50 * 1024 * 1024,
    },
    database: db.database,
    logger,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const delivery = deliveryTasks({
    database: db.database,
    keyProvider,
    config: testDeliveryConfig(db, { storage }),
    zaloHosts: () => zalo.hosts,
    publicUrl: () => 'https://motcua.test',
    now: () => new Date(),
  });
  const runner: Runner = await startJobRunner({
    pool: db.database.pool,
    concurrency: 2,
    tasks: delivery.tasks,
    logger,
  });
  const sim = <T = Record<string, unknown>>(method: string, route: string, body?: unknown): Promise<T> =>
    callSim<T>(zalo.url, method, route, body);

  const pair = await sim<{ access_token: string; refresh_token: string; expires_in: string }>('POST', '/oauth/tokens');
  await delivery.tokens.store(tenant.id, {
    accessToken: pair.access_token,
    refreshToken: pair.refresh_token,
    expiresInSeconds: Number(pair.expires_in),
  });
  await sim('POST', '/zns/templates', {
    templateId: DEMO_ZALO_APP.znsTemplates.dossier_update,
    name: 'Cập nhật tình trạng hồ sơ',
    params: ['ma_ho_so', 'ten_thu_tuc', 'trang_thai', 'ngay_hen', 'ghi_chu'],
    status: 'ENABLE',
  });
  await sim('PUT', '/webhook', { url: `http://127.0.0.1:${String(port)}/api/v1/${tenant.slug}/channels/zalo/webhook` });

  async function settle(): Promise<void> {
    const deadline = Date.now() + 25_000;
    for (;;) {
      await zalo.sim.state.webhooks.idle();
      const left = await db.database.pool.query<{ n: number }>(
        `select (select count(*)::int from graphile_worker.jobs where attempts < max_attempts
                   and task_identifier = any($1) and (locked_at is not null or run_at <= now() + interval '2 seconds'))
              + (select count(*)::int from zalo_webhook_events where processed_at is null) as n`,
        [Object.keys(delivery.tasks)],
      );
      if (left.rows[0]?.n === 0) return;
      if (Date.now() > deadline) {
        const jobs = await db.database.pool.query(
          `select task_identifier, run_at, attempts, max_attempts, locked_at, last_error from graphile_worker.jobs`,
        );
        throw new Error(`jobs did not settle: ${JSON.stringify(jobs.rows).slice(0, 2000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  return {
    db,
    app,
    tenant,
    zalo,
    lines,
    sim,
    settle,
    async close() {
      await runner.stop();
      await app.close();
      await zalo.close();
      await db.drop();
    },
  };
}
