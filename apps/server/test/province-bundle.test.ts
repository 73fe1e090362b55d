import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Runner } from 'graphile-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startZaloSim, type RunningZaloSim } from '@motcua/zalo-sim/server';
import { seedDemo } from '../src/demo/seed-demo.ts';
import { deliveryTasks } from '../src/delivery.ts';
import { checkBundle, createProvince, listProvinces, readBundleDir } from '../src/modules/onboarding/index.ts';
import type { CreatedProvince } from '../src/modules/onboarding/index.ts';
import { masterKeyProvider } from '../src/platform/crypto/key-provider.ts';
import { startJobRunner } from '../src/platform/jobs/runner.ts';
import { buildTestApp, testDeliveryConfig, testMasterKey } from './app.ts';
import { documentJpeg, fileUpload } from './factories/files.ts';
import { createTestDatabase, silentLogger, type TestDatabase } from './harness.ts';
import { callSim } from './sim-client.ts';

/** The example bundle the onboarding guide documents: the test proves it loads and works. */
export const EXAMPLE_BUNDLE = fileURLToPath(new URL('../../../docs/examples/province-bundle', import.meta.url));

/** The second province's Zalo app, as the simulator plays it; the bundle names these variables. */
const QUANG_NGAI_APP = {
  oaId: '4318826651007718400',
  appId: '2093345110298765001',
  appSecret: 'quang-ngai-app-secret-for-tests',
  oaSecretKey: 'quang-ngai-oa-secret-key-for-tests',
};
const env = {
  QUANG_NGAI_ZALO_APP_SECRET: QUANG_NGAI_APP.appSecret,
  QUANG_NGAI_ZALO_OA_SECRET_KEY: QUANG_NGAI_APP.oaSecretKey,
};

let db: TestDatabase;
let app: FastifyInstance;
let zalo: RunningZaloSim;
let runner: Runner;
let created: CreatedProvince;

const sim = <T = Record<string, unknown>>(method: string, route: string, body?: unknown) =>
  callSim<T>(zalo.url, method, route, body);

/** Waits until the simulator delivered every webhook and the job runner processed every event. */
async function settle(tasks: readonly string[]): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    await zalo.sim.state.webhooks.idle();
    const left = await db.database.pool.query<{ n: number }>(
      `select (select count(*)::int from graphile_worker.jobs where task_identifier = any($1))
            + (select count(*)::int from zalo_webhook_events where processed_at is null) as n`,
      [tasks],
    );
    if (left.rows[0]?.n === 0) return;
    if (Date.now() > deadline) throw new Error('jobs did not settle');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let tasks: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  const keyProvider = masterKeyProvider(testMasterKey);
  await seedDemo(db.database, keyProvider);
  const { source, problems } = await readBundleDir(EXAMPLE_BUNDLE);
  expect(problems).toEqual([]);
  const checked = await checkBundle({ database: db.database, env }, source);
  expect(checked.problems).toEqual([]);
  if (!checked.plan) throw new Error('the example bundle did not check');
  created = await createProvince({ database: db.database, keyProvider, now: () => new Date() }, checked.plan, {
    source: 'bundle',
  });
  zalo = await startZaloSim({ ...QUANG_NGAI_APP, webhookRetryScale: 0.0001 });
  app = await buildTestApp(db);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const delivery = deliveryTasks({
    database: db.database,
    keyProvider,
    config: testDeliveryConfig(db),
    zaloHosts: () => zalo.hosts,
    publicUrl: () => 'https://motcua.test',
    now: () => new Date(),
  });
  tasks = Object.keys(delivery.tasks);
  runner = await startJobRunner({
    pool: db.database.pool,
    concurrency: 2,
    tasks: delivery.tasks,
    logger: silentLogger,
  });
  // What "connect OA" in the console ends with: the OA's tokens stored for the province.
  const pair = await sim<{ access_token: string; refresh_token: string; expires_in: string }>('POST', '/oauth/tokens');
  await delivery.tokens.store(created.tenant.id, {
    accessToken: pair.access_token,
    refreshToken: pair.refresh_token,
    expiresInSeconds: Number(pair.expires_in),
  });
  const webhook = `http://127.0.0.1:${String(port)}/api/v1/${created.tenant.slug}/channels/zalo/webhook`;
  await sim('PUT', '/webhook', { url: webhook });
}, 60_000);

afterAll(async () => {
  await runner.stop();
  await app.close();
  await zalo.close();
  await db.drop();
});

describe('a second province from a bundle', () => {
  it('is created beside the demo province with its units, officers, catalogue and Zalo OA', async () => {
    expect(created.tenant).toMatchObject({ slug: 'quang-ngai', nationalCode: '51' });
    expect(created.units).toBe(5);
    expect(created.catalog).toMatchObject({ total: 2, published: 2 });
    // Officers without a hash in the bundle got a generated password, the one with a hash did not.
    expect(created.officers.map((o) => [o.username, o.password !== undefined])).toEqual([
      ['admin@quang-ngai', true],
      ['intake@quang-ngai', true],
      ['processor@quang-ngai', false],
    ]);
    const provinces = await listProvinces(db.database);
    expect(provinces.map((p) => [p.slug, p.units, p.officers, p.procedures, p.zalo])).toEqual([
      ['quang-ngai', 5, 3, 2, 'connected'],
      ['tay-ninh', 13, 4, 25, 'configured'],
    ]);
  });

  it('shows its branding and logo to the apps', async () => {
    const branding = await app.inject({ method: 'GET', url: '/api/v1/quang-ngai/branding' });
    expect(branding.json()).toMatchObject({
      displayName: 'Dịch vụ công Quảng Ngãi',
      colors: { primary: '#0b5cab', accent: '#f2a900' },
    });
    const logo = await app.inject({ method: 'GET', url: branding.json<{ logoUrl: string }>().logoUrl });
    expect(logo.headers['content-type']).toBe('image/svg+xml');
    expect(logo.headers['content-security-policy']).toContain("default-src 'none'");
    expect(logo.body).toContain('<svg');
    const plain = await app.inject({ method: 'GET', url: '/api/v1/tay-ninh/branding' });
    expect(plain.json()).toEqual({ displayName: 'Tỉnh Tây Ninh', colors: { primary: '#0068ff' } });
    expect((await app.inject({ method: 'GET', url: '/api/v1/tay-ninh/branding/logo' })).statusCode).toBe(404);
  });

  it('signs its officers in with the generated password and with the hashed one', async () => {
    const admin = created.officers.find((o) => o.username === 'admin@quang-ngai');
    for (const [username, password] of [
      ['admin@quang-ngai', admin?.password ?? ''],
      ['processor@quang-ngai', 'Vi-du-mat-khau-2026'],
    ]) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/quang-ngai/auth/login',
        payload: { username, password },
      });
      expect(res.statusCode, username).toBe(200);
    }
    const wrongProvince = await app.inject({
      method: 'POST',
      url: '/api/v1/tay-ninh/auth/login',
      payload: { username: 'processor@quang-ngai', password: 'Vi-du-mat-khau-2026' },
    });
    expect(wrongProvince.statusCode).toBe(401);
  });

  it('takes a dossier through the public API, and its OA answers a citizen with the status', async () => {
    const uploads: string[] = [];
    for (const width of [1200, 1400]) {
      const { payload, headers } = fileUpload(await documentJpeg(width, 900));
      const uploaded = await app.inject({ method: 'POST', url: '/api/v1/quang-ngai/uploads', payload, headers });
      expect(uploaded.statusCode).toBe(201);
      uploads.push(uploaded.json<{ id: string }>().id);
    }
    const filed = await app.inject({
      method: 'POST',
      url: '/api/v1/quang-ngai/applications',
      headers: { 'idempotency-key': 'bundle-khai-tu-01' },
      payload: {
        procedureCode: '1.000656',
        unitEid: '000.20.01.H51',
        applicant: { fullName: 'Phạm Văn Thử', phone: '0905123456' },
        form: {},
        attachments: [
          { documentKey: 'doc-1', uploadId: uploads[0] },
          { documentKey: 'doc-2', uploadId: uploads[1] },
        ],
      },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const { code, lookupKey } = filed.json<{ code: string; lookupKey: string }>();
    expect(code).toMatch(/^000\.20\.01\.H51-\d{6}-0001$/);

    const user = await sim<{ userId: string }>('POST', '/users', {
      name: 'Phạm Văn Thử',
      phone: '0905123456',
      follow: true,
    });
    await settle(tasks);
    await sim('POST', `/users/${user.userId}/text`, { text: `${code} ${lookupKey}` });
    await settle(tasks);
    const { messages } = await sim<{ messages: { from: string; text?: string }[] }>(
      'GET',
      `/users/${user.userId}/conversation`,
    );
    const answers = messages.filter((m) => m.from === 'oa').map((m) => m.text ?? '');
    expect(answers[0]).toContain('Tỉnh Quảng Ngãi');
    const status = answers.find((t) => t.includes(`Hồ sơ ${code}`));
    expect(status).toContain('Thủ tục đăng ký khai tử');
    expect(status).toContain('Tình trạng: Mới đăng ký');
  });
});
