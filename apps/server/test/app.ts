import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import type { Config } from '../src/config/config.ts';
import type { Clock } from '../src/platform/clock.ts';
import type { DeliveryWiring } from '../src/delivery.ts';
import { silentLogger, type TestDatabase } from './harness.ts';

/** The key every test derives tenant keys from. */
export const testMasterKey = Buffer.alloc(32, 7);

/** The HTTP app over a test database, with the catalogue re-read on every request; `clock` fixes its time. */
export async function buildTestApp(
  db: TestDatabase,
  options: {
    clock?: Clock;
    zaloGraphUrl?: string;
    corsOrigins?: string[];
    zaloHosts?: Config['zaloHosts'];
    integrations?: Config['integrations'];
  } = {},
): Promise<FastifyInstance> {
  const app = await buildApp({
    config: {
      searchRefreshMs: 0,
      mode: 'test',
      publicUrl: 'https://motcua.test',
      masterKey: testMasterKey,
      storage: { kind: 'local', dir: db.filesDir },
      uploadMaxBytes: 10 * 1024 * 1024,
      applicationMaxBytes: 50 * 1024 * 1024,
      ...(options.zaloGraphUrl ? { zaloGraphUrl: options.zaloGraphUrl } : {}),
      ...(options.corsOrigins ? { corsOrigins: options.corsOrigins } : {}),
      ...(options.zaloHosts ? { zaloHosts: options.zaloHosts } : {}),
      ...(options.integrations ? { integrations: options.integrations } : {}),
    },
    ...(options.clock ? { clock: options.clock } : {}),
    database: db.database,
    logger: silentLogger,
  });
  await app.ready();
  return app;
}

/**
 * The job runner's delivery settings for a test: no SMS or e-mail gateway, Zalo at the hosts the
 * test passes, files beside the test database's name; `overrides` for what a test varies.
 */
export function testDeliveryConfig(
  db: Pick<TestDatabase, 'filesDir'>,
  overrides: Partial<DeliveryWiring['config']> = {},
): DeliveryWiring['config'] {
  return {
    sms: undefined,
    smtp: undefined,
    zaloHosts: {},
    znsDeduplicates: true,
    publicUrl: 'https://motcua.test',
    mode: 'test',
    zaloMediaHosts: [],
    storage: { kind: 'local', dir: db.filesDir },
    uploadMaxBytes: 10 * 1024 * 1024,
    searchRefreshMs: 0,
    ...overrides,
  };
}
