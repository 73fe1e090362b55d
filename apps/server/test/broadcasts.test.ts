import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Broadcast, NewBroadcast } from '@motcua/contracts';
import type { FastifyInstance } from 'fastify';
import { startZaloSim, type RunningZaloSim } from '@motcua/zalo-sim/server';
import { chatContentOf } from '../src/broadcasting.ts';
import { DEMO_ZALO_APP, seedDemo } from '../src/demo/seed-demo.ts';
import { fanOut, startBroadcast, syncFollowers, type BroadcastSender } from '../src/modules/broadcasts/index.ts';
import {
  createOaTokenStore,
  zaloBroadcastSender,
  zaloChatReplies,
  zaloFollowers,
  type OaTokenStore,
} from '../src/modules/channels/index.ts';
import { masterKeyProvider } from '../src/platform/crypto/key-provider.ts';
import { buildTestApp, testMasterKey } from './app.ts';
import { loginOfficer, testOfficer, type OfficerSession } from './factories/officer.ts';
import { callSim } from './sim-client.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let zalo: RunningZaloSim;
let app: FastifyInstance;
let tenantId: string;
let tokens: OaTokenStore;
let admin: OfficerSession;

const sim = <T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> =>
  callSim<T>(zalo.url, method, path, body);

const sql = async <T>(text: string, values: unknown[] = []): Promise<T[]> =>
  (await db.database.pool.query(text, values)).rows as T[];

function sender(): BroadcastSender {
  const zaloSender = zaloBroadcastSender({ tokens, hosts: () => zalo.hosts });
  return {
    sendMany: (tenant, ids, message, concurrency) =>
      zaloSender.sendMany(tenant, ids, chatContentOf(message), concurrency),
  };
}

const waits: number[] = [];
const fanOutDeps = (overrides: { ratePerMinute?: number; batchSize?: number } = {}) => ({
  database: db.database,
  now: () => new Date(),
  sender: sender(),
  settings: {
    ratePerMinute: overrides.ratePerMinute ?? 0,
    concurrency: 8,
    batchSize: overrides.batchSize ?? 50,
    sliceMs: 60_000,
  },
  sleep: (ms: number) => {
    waits.push(ms);
    return Promise.resolve();
  },
});

async function call(session: OfficerSession, method: 'GET' | 'POST', path: string, body?: unknown, key?: string) {
  return app.inject({
    method,
    url: `/api/v1/tay-ninh/console/admin/broadcasts${path}`,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      ...(key ? { 'idempotency-key': key } : {}),
    },
    ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
  });
}

/** Broadcast `id` through its start and fan-out jobs, as the job runner would. */
async function run(id: string, overrides: Parameters<typeof fanOutDeps>[0] = {}): Promise<void> {
  const deps = fanOutDeps(overrides);
  await startBroadcast(deps, tenantId, id);
  await fanOut(deps, tenantId, id);
}

async function received(userId: string): Promise<{ from: string; text?: string; buttons?: unknown[] }[]> {
  const conversation = await sim<{ messages: { from: string; text?: string; buttons?: unknown[] }[] }>(
    'GET',
    `/users/${userId}/conversation`,
  );
  return conversation.messages.filter((message) => message.from === 'oa');
}

const households = 'Hộ kinh doanh';
let taggedIds: string[] = [];
let otherIds: string[] = [];
let tanNinhUser = '';

beforeAll(async () => {
  db = await createTestDatabase();
  tenantId = (await seedDemo(db.database, masterKeyProvider(testMasterKey))).tenant.id;
  zalo = await startZaloSim({ ...DEMO_ZALO_APP, rateLimitPerMinute: 1_000_000 });
  tokens = createOaTokenStore({
    database: db.database,
    keyProvider: masterKeyProvider(testMasterKey),
    hosts: () => zalo.hosts,
    credentials: () => Promise.resolve({ appId: DEMO_ZALO_APP.appId, appSecret: DEMO_ZALO_APP.appSecret }),
    now: () => new Date(),
  });
  const pair = await sim<{ access_token: string; refresh_token: string; expires_in: string }>('POST', '/oauth/tokens');
  await tokens.store(tenantId, {
    accessToken: pair.access_token,
    refreshToken: pair.refresh_token,
    expiresInSeconds: Number(pair.expires_in),
  });
  taggedIds = (await sim<{ ids: string[] }>('POST', '/users/bulk', { count: 30, tags: [households] })).ids;
  otherIds = (await sim<{ ids: string[] }>('POST', '/users/bulk', { count: 20 })).ids;
  // One person shared an address in Phường Tân Ninh (code 25459) through the OA's info card.
  tanNinhUser = (await sim<{ userId: string }>('POST', '/users', { name: 'Võ Thị Mai', follow: true })).userId;
  await zaloChatReplies({ tokens, hosts: () => zalo.hosts }).send(tenantId, tanNinhUser, {
    kind: 'request_info',
    title: 'Chia sẻ thông tin',
    subtitle: 'Để nhận thông báo của xã, phường nơi bạn ở',
  });
  await sim('POST', `/users/${tanNinhUser}/submit-info`, {
    phone: '0987654321',
    address: 'Số 12 đường 30/4, Phường Tân Ninh',
    city: 'Tây Ninh',
  });
  // The followers as the province learns them from Zalo (list, detail: tags and shared address).
  await syncFollowers(
    { database: db.database, now: () => new Date(), directory: zaloFollowers({ tokens, hosts: () => zalo.hosts }) },
    tenantId,
    0,
  );
  app = await buildTestApp(db);
  await testOfficer(db.database, tenantId, 'bc.admin', '000.00.00.H53', 'admin');
  await testOfficer(db.database, tenantId, 'bc.intake', '000.20.01.H53', 'intake');
  admin = await loginOfficer(app, 'tay-ninh', 'bc.admin');
});
afterAll(async () => {
  await app.close();
  await zalo.close();
  await db.drop();
});
beforeEach(async () => {
  waits.length = 0;
  await sim('DELETE', '/faults');
});

const text = (overrides: Partial<NewBroadcast> = {}): NewBroadcast => ({
  title: 'Lịch nghỉ Tết',
  kind: 'text',
  body: 'Trung tâm Phục vụ hành chính công tỉnh nghỉ Tết từ 14/02/2027 đến 22/02/2027.',
  target: { all: true },
  ...overrides,
});

describe('broadcasts to the followers of the OA', () => {
  it('learns followers, their tags and communes from Zalo, and counts the audience of a target', async () => {
    const followers = await sql<{ n: number }>(
      'select count(*)::int as n from zalo_followers where tenant_id = $1 and follower',
      [tenantId],
    );
    expect(followers[0]?.n).toBe(51);
    const tags = await call(admin, 'GET', '/tags');
    expect(tags.json<{ tags: { name: string; count: number }[] }>().tags).toEqual([{ name: households, count: 30 }]);
    const all = await call(admin, 'GET', '/audience');
    expect(all.json()).toEqual({ count: 51, reachable: 51 });
    const tagged = await call(admin, 'GET', `/audience?tags=${encodeURIComponent(households)}`);
    expect(tagged.json()).toEqual({ count: 30, reachable: 30 });
    const commune = await call(admin, 'GET', '/audience?communes=25459');
    expect(commune.json()).toEqual({ count: 1, reachable: 1 });
    expect((await call(admin, 'GET', '/audience?communes=25480')).json()).toEqual({ count: 0, reachable: 0 });
  });

  it('refuses an invalid broadcast with every problem named, and officers who are not admins', async () => {
    const bad = await call(admin, 'POST', '', {
      title: '  ',
      kind: 'link',
      body: 'Xem chi tiết',
      media: { url: 'http://tayninh.gov.vn/tet' },
      target: { all: true },
      scheduledAt: '2020-01-01T00:00:00Z',
    });
    expect(bad.statusCode).toBe(422);
    const problem = bad.json<{ code: string; errors: { pointer: string }[] }>();
    expect(problem.code).toBe('BROADCAST.INVALID');
    expect(problem.errors.map((e) => e.pointer).sort()).toEqual([
      '/body/media/url',
      '/body/scheduledAt',
      '/body/title',
    ]);
    const tooLong = await call(admin, 'POST', '', text({ body: 'x'.repeat(2_001) }));
    expect(tooLong.statusCode).toBe(400);
    const intake = await loginOfficer(app, 'tay-ninh', 'bc.intake');
    expect((await call(intake, 'GET', '')).statusCode).toBe(403);
    expect((await call(intake, 'POST', '', text())).statusCode).toBe(403);
  });

  it('sends a text to every follower exactly once and reports the statistics', async () => {
    const created = await call(admin, 'POST', '', text(), 'broadcast-tet-0001');
    expect(created.statusCode, JSON.stringify(created.json())).toBe(201);
    const broadcast = created.json<Broadcast>();
    expect(broadcast).toMatchObject({ status: 'scheduled', kind: 'text', recipients: null });
    // The same request again (a retry after a lost answer) is the same broadcast.
    const again = await call(admin, 'POST', '', text(), 'broadcast-tet-0001');
    expect(again.json<Broadcast>().id).toBe(broadcast.id);

    await run(broadcast.id);
    const done = (await call(admin, 'GET', `/${broadcast.id}`)).json<Broadcast>();
    expect(done).toMatchObject({ status: 'sent', recipients: 51 });
    expect(done.stats).toMatchObject({ sent: 51, pending: 0, sending: 0, failed: 0, skipped: 0, unknown: 0 });
    expect(done.finishedAt).not.toBeNull();
    expect((await received(taggedIds[0] ?? '')).map((m) => m.text)).toEqual([text().body]);
    const list = (await call(admin, 'GET', '')).json<{ items: Broadcast[] }>();
    expect(list.items[0]?.id).toBe(broadcast.id);
    // A second run finds nothing left to send.
    await fanOut(fanOutDeps(), tenantId, broadcast.id);
    expect((await received(otherIds[0] ?? '')).length).toBe(1);
  });

  it('targets a tag with a link button, skipping without a request those silent for more than 7 days', async () => {
    const silent = taggedIds[1] ?? '';
    await sql(
      `update zalo_followers set last_interaction_at = now() - interval '9 days' where tenant_id = $1 and oa_user_id = $2`,
      [tenantId, silent],
    );
    const before = (await received(silent)).length;
    const created = await call(
      admin,
      'POST',
      '',
      text({
        title: 'Hộ kinh doanh: khai thuế',
        kind: 'link',
        body: 'Hướng dẫn khai thuế khoán năm 2027 cho hộ kinh doanh.',
        media: { url: 'https://tayninh.gov.vn/thue-khoan-2027', title: 'Đọc hướng dẫn' },
        target: { tags: [households] },
      }),
    );
    const broadcast = created.json<Broadcast>();
    await run(broadcast.id);
    const done = (await call(admin, 'GET', `/${broadcast.id}`)).json<Broadcast>();
    expect(done).toMatchObject({ status: 'sent', recipients: 30 });
    expect(done.stats).toMatchObject({ sent: 29, skipped: 1 });
    expect((await received(silent)).length).toBe(before);
    const last = (await received(taggedIds[2] ?? '')).at(-1);
    expect(last?.text).toBe('Hướng dẫn khai thuế khoán năm 2027 cho hộ kinh doanh.');
    expect(last?.buttons).toEqual([
      { title: 'Đọc hướng dẫn', type: 'oa.open.url', payload: { url: 'https://tayninh.gov.vn/thue-khoan-2027' } },
    ]);
    expect((await received(otherIds[0] ?? '')).length).toBe(1);
    await sql(`update zalo_followers set last_interaction_at = now() where tenant_id = $1`, [tenantId]);
  });

  it('paces batches to the province rate, backs off on -32 and records unreachable followers', async () => {
    const gone = otherIds[2] ?? '';
    await sim('POST', `/users/${gone}/unfollow`);
    const created = await call(admin, 'POST', '', text({ title: 'Nhịp gửi', body: 'Thông báo thử nhịp gửi.' }));
    const broadcast = created.json<Broadcast>();
    await sim('POST', '/faults', [{ endpoint: '/openapi/v3.0/oa/message/cs', kind: 'rate_limit' }]);
    const deps = fanOutDeps({ ratePerMinute: 600, batchSize: 10 });
    await startBroadcast(deps, tenantId, broadcast.id);
    await fanOut(deps, tenantId, broadcast.id);
    // The -32 put the batch back and stopped: a continuation waits a minute in the province's queue.
    const paused = (await call(admin, 'GET', `/${broadcast.id}`)).json<Broadcast>();
    expect(paused.status).toBe('sending');
    expect(paused.stats.pending + paused.stats.sent + paused.stats.skipped).toBe(51);
    expect(paused.stats.pending).toBeGreaterThan(0);
    const queued = await sql<{ n: number }>(
      `select count(*)::int as n from graphile_worker._private_jobs j
         join graphile_worker._private_tasks t on t.id = j.task_id
         join graphile_worker._private_job_queues q on q.id = j.job_queue_id
        where t.identifier = 'broadcasts:fan-out' and j.payload->>'broadcastId' = $1 and q.queue_name = $2
          and j.run_at > now() + interval '30 seconds'`,
      [broadcast.id, `broadcasts:${tenantId}`],
    );
    expect(queued[0]?.n).toBe(1);
    await fanOut(deps, tenantId, broadcast.id);
    const done = (await call(admin, 'GET', `/${broadcast.id}`)).json<Broadcast>();
    expect(done.status).toBe('sent');
    expect(done.stats).toMatchObject({ sent: 50, skipped: 1, pending: 0 });
    const skipped = await sql<{ error_code: string }>(
      `select error_code from broadcast_deliveries where broadcast_id = $1 and status = 'skipped'`,
      [broadcast.id],
    );
    expect(skipped).toEqual([{ error_code: '-213' }]);
    // 10 sends at 600 a minute take a second: each full batch waited out the rest of its second.
    expect(waits.length, JSON.stringify({ waits, stats: done.stats })).toBeGreaterThanOrEqual(4);
    for (const wait of waits) expect(wait).toBeLessThanOrEqual(1_000);
    expect(Math.max(...waits)).toBeGreaterThan(500);
    await sim('POST', `/users/${gone}/follow`);
  });

  it('never sends twice what a crash cut off, and cancels what is not sent yet', async () => {
    const created = await call(admin, 'POST', '', text({ title: 'Sự cố', body: 'Thông báo thử sự cố.' }));
    const broadcast = created.json<Broadcast>();
    await startBroadcast(fanOutDeps(), tenantId, broadcast.id);
    // A worker claimed five recipients and died before recording what Zalo said.
    await sql(
      `update broadcast_deliveries set status = 'sending', claimed_at = now() where broadcast_id = $1
         and oa_user_id in (select oa_user_id from broadcast_deliveries where broadcast_id = $1 order by oa_user_id limit 5)`,
      [broadcast.id],
    );
    await fanOut(fanOutDeps(), tenantId, broadcast.id);
    const done = (await call(admin, 'GET', `/${broadcast.id}`)).json<Broadcast>();
    expect(done.stats).toMatchObject({ unknown: 5, sent: 46 });

    const later = await call(
      admin,
      'POST',
      '',
      text({ title: 'Hẹn giờ', scheduledAt: new Date(Date.now() + 3_600_000).toISOString() }),
    );
    const scheduled = later.json<Broadcast>();
    const cancelled = await call(admin, 'POST', `/${scheduled.id}/cancel`);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json<Broadcast>()).toMatchObject({ status: 'cancelled' });
    await run(scheduled.id);
    expect((await call(admin, 'GET', `/${scheduled.id}`)).json<Broadcast>()).toMatchObject({
      status: 'cancelled',
      recipients: null,
    });
    const again = await call(admin, 'POST', `/${scheduled.id}/cancel`);
    expect(again.statusCode).toBe(409);
    expect(again.json<{ code: string }>().code).toBe('BROADCAST.NOT_CANCELLABLE');

    // Cancelling mid-way: the rest is recorded as cancelled and never sent.
    const midway = (await call(admin, 'POST', '', text({ title: 'Huỷ giữa chừng' }))).json<Broadcast>();
    const deps = fanOutDeps({ batchSize: 10 });
    await startBroadcast(deps, tenantId, midway.id);
    await call(admin, 'POST', `/${midway.id}/cancel`);
    await fanOut(deps, tenantId, midway.id);
    const stopped = (await call(admin, 'GET', `/${midway.id}`)).json<Broadcast>();
    expect(stopped.stats).toMatchObject({ cancelled: 51, sent: 0 });
    const audit = await sql<{ action: string }>(
      `select action from audit_log where tenant_id = $1 and action like 'broadcast.%' order by seq`,
      [tenantId],
    );
    expect(audit.map((a) => a.action)).toContain('broadcast.cancel');
  });

  it('refuses to compose while the OA is not connected', async () => {
    await sql('delete from zalo_oa_tokens where tenant_id = $1', [tenantId]);
    try {
      const refused = await call(admin, 'POST', '', text({ title: 'Không có OA' }));
      expect(refused.statusCode).toBe(409);
      expect(refused.json<{ code: string }>().code).toBe('BROADCAST.OA_NOT_CONNECTED');
    } finally {
      const pair = await sim<{ access_token: string; refresh_token: string; expires_in: string }>(
        'POST',
        '/oauth/tokens',
      );
      await tokens.store(tenantId, {
        accessToken: pair.access_token,
        refreshToken: pair.refresh_token,
        expiresInSeconds: Number(pair.expires_in),
      });
    }
  });
});
