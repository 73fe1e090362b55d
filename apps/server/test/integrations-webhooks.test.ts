import type { CreatedWebhookEndpoint, WebhookDeliveryList, WebhookEndpoint, WebhookPayload } from '@motcua/contracts';
import type { Actor } from '@motcua/workflow';
import type { FastifyInstance } from 'fastify';
import { Logger, run, type Runner } from 'graphile-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/demo/seed-demo.ts';
import { performAction, performActionInTx } from '../src/modules/applications/index.ts';
import { httpWebhookSender, parseAllowList, webhookTasks } from '../src/modules/integrations/index.ts';
import { listUnits, type Tenant } from '../src/modules/tenants/index.ts';
import { masterKeyProvider } from '../src/platform/crypto/key-provider.ts';
import { withTx } from '../src/platform/db/database.ts';
import { newId } from '../src/platform/ids.ts';
import { buildTestApp, testMasterKey } from './app.ts';
import { dossierIn } from './factories/dossier.ts';
import { loginOfficer, testOfficer, type OfficerSession } from './factories/officer.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';
import {
  signatureIsValid,
  startReceiver,
  until,
  type ReceivedWebhook,
  type WebhookReceiver,
} from './webhook-receiver.ts';

const TAN_NINH = '000.20.01.H53';
const MAX_FAILURES = 5;

let db: TestDatabase;
let app: FastifyInstance;
let runner: Runner;
let tenant: Tenant;
let admin: OfficerSession;
let receiver: WebhookReceiver;
let officer: Actor;

beforeAll(async () => {
  db = await createTestDatabase();
  tenant = (await seedDemo(db.database, masterKeyProvider(testMasterKey))).tenant;
  await testOfficer(db.database, tenant.id, 'tich-hop.admin', '000.00.00.H53', 'admin');
  const integrations = {
    webhookAllowHosts: ['127.0.0.1'],
    webhookMaxFailures: MAX_FAILURES,
    webhookMaxFailingHours: 24,
    webhookTimeoutMs: 2_000,
    apiKeyRatePerMinute: 600,
  };
  app = await buildTestApp(db, { integrations });
  admin = await loginOfficer(app, 'tay-ninh', 'tich-hop.admin');
  receiver = await startReceiver();
  const unitId = (await withTx(db.database, tenant.id, (tx) => listUnits(tx, tenant.id))).find(
    (u) => u.eid === TAN_NINH,
  )?.id;
  officer = { kind: 'officer', officerId: newId(), roles: [{ unitId: unitId ?? '', role: 'intake' }] };
  const policy = { httpsOnly: false, allowList: parseAllowList(['127.0.0.1']) };
  runner = await run({
    pgPool: db.database.pool,
    concurrency: 2,
    pollInterval: 40,
    noHandleSignals: true,
    logger: new Logger(() => () => undefined),
    taskList: webhookTasks({
      database: db.database,
      keyProvider: masterKeyProvider(testMasterKey),
      now: () => new Date(),
      // Retries after about 40, 80, 160… ms instead of 10 s, 30 s, 2 min…
      webhooks: {
        ...policy,
        timeoutMs: 2_000,
        disable: { maxFailures: MAX_FAILURES, maxFailingMs: 86_400_000 },
        retryDelaysMs: [40, 80, 160, 320, 640],
      },
      sender: httpWebhookSender(policy, 2_000),
    }),
  });
});

afterAll(async () => {
  await runner.stop();
  await app.close();
  await receiver.close();
  await db.drop();
});

const BASE = '/api/v1/tay-ninh/console/admin/integrations/webhooks';

async function call(method: 'GET' | 'POST' | 'PATCH', url: string, body?: Record<string, unknown>) {
  return app.inject({
    method,
    url,
    headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
    ...(body ? { payload: body } : {}),
  });
}

/** An endpoint subscribed to every dossier event, receiving at `/hook/<name>`. */
async function endpoint(name: string): Promise<CreatedWebhookEndpoint> {
  const res = await call('POST', BASE, {
    url: receiver.url(`/hook/${name}`),
    events: ['application.submitted', 'application.accepted', 'application.processing', 'application.refused'],
    description: `Hệ thống một cửa ${name}`,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<CreatedWebhookEndpoint>();
}

async function switchOff(id: string): Promise<void> {
  expect((await call('PATCH', `${BASE}/${id}`, { enabled: false })).statusCode).toBe(200);
}

const at = (name: string): ReceivedWebhook[] => receiver.received.filter((r) => r.path === `/hook/${name}`);
const payloadOf = (r: ReceivedWebhook): WebhookPayload => JSON.parse(r.body) as WebhookPayload;

async function deliveries(id: string): Promise<WebhookDeliveryList['items']> {
  return (await call('GET', `${BASE}/${id}/deliveries`)).json<WebhookDeliveryList>().items;
}

describe('outbound webhooks', () => {
  it('posts each dossier event, signed with the endpoint’s secret, with its stable delivery id', async () => {
    const hook = await endpoint('signed');
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const { code } = await dossierIn(db, tenant, 'accepted', { at: new Date(), unitEid: TAN_NINH });
    await until(() => at('signed').length >= 2, 10_000, 'two deliveries');
    // Each attempt is recorded just after the receiver answers.
    await until(
      async () => (await deliveries(hook.id)).filter((d) => d.status === 'delivered').length >= 2,
      10_000,
      'two recorded',
    );
    const [submitted, accepted] = at('signed');
    for (const request of [submitted, accepted]) {
      if (!request) throw new Error('missing request');
      expect(signatureIsValid(hook.secret ?? '', request.headers, request.body)).toBe(true);
      expect(signatureIsValid('whsec_other', request.headers, request.body)).toBe(false);
      expect(request.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(request.headers['motcua-delivery-id']).toBe(payloadOf(request).id);
      expect(Math.abs(Number(request.headers['motcua-timestamp']) - Date.now() / 1000)).toBeLessThan(30);
    }
    expect(payloadOf(submitted as ReceivedWebhook)).toMatchObject({
      type: 'application.submitted',
      tenant: 'tay-ninh',
      data: { code, status: 'submitted', nationalStatus: 1, statusLabel: 'Mới đăng ký', unit: { eid: TAN_NINH } },
    });
    const acceptedBody = payloadOf(accepted as ReceivedWebhook);
    expect(acceptedBody).toMatchObject({
      type: 'application.accepted',
      data: { code, nationalStatus: 2, channel: 'online' },
    });
    expect(acceptedBody.occurredAt).toMatch(/\+07:00$/);
    expect(acceptedBody.data.dueAt).not.toBeNull();
    const log = await deliveries(hook.id);
    expect(log.map((d) => [d.type, d.status, d.attempts, d.lastStatusCode])).toEqual([
      ['application.accepted', 'delivered', 1, 200],
      ['application.submitted', 'delivered', 1, 200],
    ]);
    await switchOff(hook.id);
  });

  it('retries a failing receiver with the same delivery id, then delivers each event once, in order', async () => {
    const hook = await endpoint('outage');
    let refusals = 3;
    receiver.answer = (path) => (path === '/hook/outage' && refusals-- > 0 ? 500 : 200);
    await dossierIn(db, tenant, 'processing', { at: new Date(), unitEid: TAN_NINH });
    await until(() => at('outage').filter((r) => r.status === 200).length >= 3, 15_000, 'three deliveries');

    // The receiver goes away altogether (connection refused), then comes back on the same port.
    await receiver.close();
    const { code } = await dossierIn(db, tenant, 'submitted', { at: new Date(), unitEid: TAN_NINH });
    await until(
      async () => (await deliveries(hook.id)).some((d) => d.attempts >= 2 && d.status === 'pending'),
      10_000,
      'failed attempts',
    );
    await receiver.reopen();
    await until(
      () => at('outage').some((r) => r.status === 200 && payloadOf(r).data.code === code),
      15_000,
      'recovery',
    );
    // The receiver has answered; the sender records the attempt just after: read the log once it has.
    await until(async () => (await deliveries(hook.id)).every((d) => d.status === 'delivered'), 10_000, 'recorded');

    const requests = at('outage');
    const log = await deliveries(hook.id);
    const ids = log.map((d) => d.id);
    // Every delivery acknowledged exactly once; the refused attempts carried the same ids.
    for (const id of ids) {
      expect(requests.filter((r) => r.status === 200 && payloadOf(r).id === id)).toHaveLength(1);
    }
    expect(requests.filter((r) => r.status === 500).map((r) => payloadOf(r).id)).toEqual(
      Array(3).fill(ids[ids.length - 1]),
    );
    // Acknowledged in the order the events happened (`seq`), the submission of each dossier first.
    const acknowledged = requests.filter((r) => r.status === 200).map((r) => payloadOf(r).id);
    expect(acknowledged).toEqual([...log].sort((a, b) => a.seq - b.seq).map((d) => d.id));
    expect(acknowledged.map((id) => log.find((d) => d.id === id)?.type)).toEqual([
      'application.submitted',
      'application.accepted',
      'application.processing',
      'application.submitted',
    ]);
    expect(log.find((d) => d.code === code)?.attempts).toBeGreaterThanOrEqual(3);
    receiver.answer = () => 200;
    await switchOff(hook.id);
  });

  it('switches off an endpoint that keeps failing, says why, and resumes when switched on', async () => {
    const hook = await endpoint('broken');
    receiver.answer = (path) => (path === '/hook/broken' ? 503 : 200);
    await dossierIn(db, tenant, 'accepted', { at: new Date(), unitEid: TAN_NINH });
    await until(
      async () => !(await call('GET', `${BASE}/${hook.id}`)).json<WebhookEndpoint>().enabled,
      15_000,
      'disabled',
    );
    const state = (await call('GET', `${BASE}/${hook.id}`)).json<WebhookEndpoint>();
    expect(state).toMatchObject({
      enabled: false,
      disabledReason: 'failing',
      consecutiveFailures: MAX_FAILURES,
      lastFailure: { statusCode: 503, error: 'HTTP 503' },
      pending: 1,
    });
    expect(at('broken')).toHaveLength(MAX_FAILURES);
    const [second, first] = await deliveries(hook.id);
    expect(first).toMatchObject({
      type: 'application.submitted',
      status: 'failed',
      attempts: MAX_FAILURES,
      lastStatusCode: 503,
    });
    expect(second).toMatchObject({ type: 'application.accepted', status: 'pending', attempts: 0 });
    const audit = await db.database.pool.query<{ actor_type: string; detail: string }>(
      `select actor_type, detail from audit_log where tenant_id = $1 and action = 'integration.webhook.auto_disable' and subject_id = $2`,
      [tenant.id, hook.id],
    );
    expect(audit.rows).toEqual([
      { actor_type: 'system', detail: JSON.stringify({ reason: 'failures', failures: MAX_FAILURES }) },
    ]);

    // Replaying is refused while it is off; switched on, the pending delivery goes; the failed one on replay.
    const refused = await call('POST', `${BASE}/${hook.id}/deliveries/${first?.id ?? ''}/replay`);
    expect(refused.json()).toMatchObject({ status: 409, code: 'INTEGRATION.WEBHOOK_DISABLED' });
    receiver.answer = () => 200;
    const on = await call('PATCH', `${BASE}/${hook.id}`, { enabled: true });
    expect(on.json()).toMatchObject({ enabled: true, disabledReason: null, consecutiveFailures: 0 });
    await until(() => at('broken').some((r) => r.status === 200), 10_000, 'resumed');
    expect(payloadOf(at('broken').find((r) => r.status === 200) as ReceivedWebhook).id).toBe(second?.id);
    await switchOff(hook.id);
  });

  it('replays a delivery with the same delivery id and body', async () => {
    const hook = await endpoint('replay');
    await dossierIn(db, tenant, 'submitted', { at: new Date(), unitEid: TAN_NINH });
    await until(() => at('replay').length === 1, 10_000, 'first delivery');
    const [delivery] = await deliveries(hook.id);
    const res = await call('POST', `${BASE}/${hook.id}/deliveries/${delivery?.id ?? ''}/replay`);
    expect(res.statusCode, res.body).toBe(200);
    await until(() => at('replay').length === 2, 10_000, 'replay');
    const [original, replayed] = at('replay');
    expect(replayed?.headers['motcua-delivery-id']).toBe(delivery?.id);
    expect(replayed?.body).toBe(original?.body);
    expect(signatureIsValid(hook.secret ?? '', replayed?.headers ?? {}, replayed?.body ?? '')).toBe(true);
    await until(async () => (await deliveries(hook.id))[0]?.attempts === 2, 10_000, 'replay recorded');
    expect((await deliveries(hook.id))[0]).toMatchObject({ status: 'delivered', replays: 1, attempts: 2 });
    await switchOff(hook.id);
  });

  it('enqueues in the transition’s transaction: a rolled-back transition sends nothing', async () => {
    const hook = await endpoint('rollback');
    const { code } = await dossierIn(db, tenant, 'submitted', { at: new Date(), unitEid: TAN_NINH });
    await until(() => at('rollback').length === 1, 10_000, 'submission');
    const accept = { tenant, code, action: 'accept' as const, actor: officer, requestId: 'test' };
    await expect(
      withTx(db.database, tenant.id, async (tx) => {
        await performActionInTx(tx, new Date(), accept);
        throw new Error('the officer’s request failed after the transition');
      }),
    ).rejects.toThrow('failed after the transition');
    await performAction({ database: db.database, clock: { now: () => new Date() } }, accept);
    await until(() => at('rollback').length === 2, 10_000, 'acceptance');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(at('rollback').map((r) => payloadOf(r).type)).toEqual(['application.submitted', 'application.accepted']);
    expect((await deliveries(hook.id)).map((d) => d.type)).toEqual(['application.accepted', 'application.submitted']);
    await switchOff(hook.id);
  });
});
