import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ZALO_APP, seedDemo } from '../src/demo/seed-demo.ts';
import { processWebhookEvent, WEBHOOK_DRAIN_JOB, zaloSignature } from '../src/modules/channels/index.ts';
import { masterKeyProvider } from '../src/platform/crypto/key-provider.ts';
import { fixedClock } from '../src/platform/clock.ts';
import { buildTestApp, testMasterKey } from './app.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

const now = new Date('2026-11-24T03:00:00Z');
let db: TestDatabase;
let app: FastifyInstance;
let tenantId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  tenantId = (await seedDemo(db.database, masterKeyProvider(testMasterKey))).tenant.id;
  app = await buildTestApp(db, { clock: fixedClock(now) });
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

const url = '/api/v1/tay-ninh/channels/zalo/webhook';

/** Posts an event as Zalo does: the exact body, signed over appId + body + timestamp + OA secret key. */
function post(event: Record<string, unknown>, options: { secret?: string; headers?: Record<string, string> } = {}) {
  const body = JSON.stringify(event);
  const mac = zaloSignature(
    DEMO_ZALO_APP.appId,
    body,
    String(event['timestamp']),
    options.secret ?? DEMO_ZALO_APP.oaSecretKey,
  );
  return app.inject({
    method: 'POST',
    url,
    payload: body,
    headers: { 'content-type': 'application/json', 'x-zevent-signature': mac, ...options.headers },
  });
}

const ts = (msAgo = 1_000) => String(now.getTime() - msAgo);

async function storedEvents(): Promise<number> {
  const rows = await db.database.pool.query<{ n: number }>('select count(*)::int as n from zalo_webhook_events');
  return rows.rows[0]?.n ?? 0;
}

async function eventKeys(): Promise<string[]> {
  const rows = await db.database.pool.query<{ event_key: string }>(
    'select event_key from zalo_webhook_events order by received_at, event_key',
  );
  return rows.rows.map((r) => r.event_key);
}

async function drainJobs(): Promise<number> {
  const jobs = await db.database.pool.query<{ n: number }>(
    `select count(*)::int as n from graphile_worker._private_jobs j
       join graphile_worker._private_tasks t on t.id = j.task_id where t.identifier = $1`,
    [WEBHOOK_DRAIN_JOB],
  );
  return jobs.rows[0]?.n ?? 0;
}

async function process(): Promise<void> {
  for (const eventKey of await eventKeys()) {
    await processWebhookEvent({ database: db.database, now: () => now }, { tenantId, eventKey });
  }
}

describe('Zalo OA webhook', () => {
  it('computes the documented signature (worked vector of zalo-platform.md §7.2)', () => {
    const body = JSON.stringify({
      app_id: '360846524940903967',
      sender: { id: '246845883529197922' },
      user_id_by_app: '552177279717587730',
      recipient: { id: '388613280878808645' },
      event_name: 'user_send_text',
      message: { text: 'message', msg_id: '96d3cdf3af150460909' },
      timestamp: '154390853474',
    });
    expect(Buffer.byteLength(body)).toBe(263);
    expect(zaloSignature('360846524940903967', body, '154390853474', 'OA_SECRET_EXAMPLE')).toBe(
      'mac=d1a03ff87751a016031fdd800ff8afd6caf197834145e6f239cc75f5a646e341',
    );
  });

  it('refuses a forged signature, a stale timestamp and a replay with 401, storing nothing', async () => {
    const event = {
      app_id: DEMO_ZALO_APP.appId,
      sender: { id: '8381381219617247797' },
      user_id_by_app: '1923626015168953374',
      recipient: { id: DEMO_ZALO_APP.oaId },
      event_name: 'user_send_text',
      message: { text: 'tra cứu', msg_id: 'a1b2c3' },
      timestamp: ts(),
    };
    const forged = await post(event, { secret: 'not-the-secret' });
    expect([forged.statusCode, forged.json<{ code: string }>().code]).toEqual([401, 'CHANNEL.WEBHOOK_SIGNATURE']);
    const unsigned = await app.inject({
      method: 'POST',
      url,
      payload: JSON.stringify(event),
      headers: { 'content-type': 'application/json' },
    });
    expect(unsigned.statusCode).toBe(401);
    // A body changed after signing no longer matches.
    const body = JSON.stringify(event);
    const mac = zaloSignature(DEMO_ZALO_APP.appId, body, event.timestamp, DEMO_ZALO_APP.oaSecretKey);
    const tampered = await app.inject({
      method: 'POST',
      url,
      payload: body.replace('tra cứu', 'xoá hết'),
      headers: { 'content-type': 'application/json', 'x-zevent-signature': mac },
    });
    expect(tampered.statusCode).toBe(401);
    const stale = await post({ ...event, timestamp: ts(6 * 60_000) });
    expect([stale.statusCode, stale.json<{ code: string }>().code]).toEqual([401, 'CHANNEL.WEBHOOK_STALE']);
    expect(await storedEvents()).toBe(0);

    const first = await post(event);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ error: 0, message: 'Success' });
    const replay = await post(event);
    expect([replay.statusCode, replay.json<{ code: string }>().code]).toEqual([401, 'CHANNEL.WEBHOOK_REPLAY']);
    expect(await storedEvents()).toBe(1);
    // Its province's drain is queued with it (one job per province, whatever the number of events).
    expect(await drainJobs()).toBe(1);

    // Zalo's own retries (header num_retry) may be up to a couple of hours late.
    const retried = await post(
      { ...event, message: { text: 'tra cứu', msg_id: 'late1' }, timestamp: ts(60 * 60_000) },
      { headers: { num_retry: '4' } },
    );
    expect(retried.statusCode).toBe(200);
  });

  it('follows a person through follow, messages and a shared phone, and links them to the citizen', async () => {
    // This citizen signed in to the Mini App earlier: the app-scoped id is known, the OA id not yet.
    await db.database.pool.query(
      `insert into citizens (tenant_id, id, phone, full_name, zalo_user_id)
       values ($1, gen_random_uuid(), '84912000999', 'Trần Thị Bích', '5550001112223334445')`,
      [tenantId],
    );
    const follow = {
      app_id: DEMO_ZALO_APP.appId,
      oa_id: DEMO_ZALO_APP.oaId,
      user_id_by_app: '5550001112223334445',
      event_name: 'follow',
      timestamp: ts(2_000),
      source: 'oa_profile',
      follower: { id: '7770001112223334445' },
    };
    expect((await post(follow)).statusCode).toBe(200);
    // Someone we do not know yet shares their number after a request_user_info card.
    const submit = {
      app_id: DEMO_ZALO_APP.appId,
      sender: { id: '9990001112223334445' },
      user_id_by_app: '4440001112223334445',
      recipient: { id: DEMO_ZALO_APP.oaId },
      event_name: 'user_submit_info',
      info: { name: 'Ngô Văn Hùng', phone: '0933111222', address: '12 Trần Hưng Đạo' },
      timestamp: ts(1_000),
    };
    expect((await post(submit)).statusCode).toBe(200);
    await process();
    await process();

    const citizens = await db.database.pool.query<{
      phone: string;
      zalo_oa_user_id: string | null;
      zalo_follower: boolean;
      zalo_last_interaction_at: Date | null;
    }>(
      `select phone, zalo_oa_user_id, zalo_follower, zalo_last_interaction_at from citizens
        where tenant_id = $1 and phone in ('84912000999', '84933111222') order by phone`,
      [tenantId],
    );
    expect(citizens.rows).toEqual([
      {
        phone: '84912000999',
        zalo_oa_user_id: '7770001112223334445',
        zalo_follower: true,
        zalo_last_interaction_at: new Date(Number(follow.timestamp)),
      },
      {
        phone: '84933111222',
        zalo_oa_user_id: '9990001112223334445',
        zalo_follower: false,
        zalo_last_interaction_at: new Date(Number(submit.timestamp)),
      },
    ]);

    const unfollow = { ...follow, event_name: 'unfollow', timestamp: ts(500) };
    expect((await post(unfollow)).statusCode).toBe(200);
    await process();
    const after = await db.database.pool.query<{ zalo_follower: boolean }>(
      `select zalo_follower from citizens where tenant_id = $1 and phone = '84912000999'`,
      [tenantId],
    );
    expect(after.rows[0]?.zalo_follower).toBe(false);
    const processed = await db.database.pool.query<{ n: number }>(
      'select count(*)::int as n from zalo_webhook_events where processed_at is null',
    );
    expect(processed.rows[0]?.n).toBe(0);
  });
  it('stores a burst sent at once, tells replays inside it apart, and queues one drain for it', async () => {
    await db.database.pool.query('delete from zalo_webhook_events');
    const events = Array.from({ length: 120 }, (_, n) => ({
      app_id: DEMO_ZALO_APP.appId,
      sender: { id: `80000000000000${String(n % 7)}` },
      recipient: { id: DEMO_ZALO_APP.oaId },
      event_name: 'user_send_text',
      message: { text: `tin ${String(n)}`, msg_id: `burst${String(n)}` },
      timestamp: ts(),
    }));
    // Every tenth event is sent twice in a row, as a retrying sender might: mostly in one batch.
    const sent = events.flatMap((event, n) => (n % 10 === 0 ? [event, event] : [event]));
    const answers = await Promise.all(sent.map((event) => post(event)));
    const codes = answers.map((answer) => answer.statusCode);
    expect(codes.filter((code) => code === 200)).toHaveLength(120);
    expect(codes.filter((code) => code === 401)).toHaveLength(12);
    expect(
      answers.filter((answer) => answer.statusCode === 401).map((answer) => answer.json<{ code: string }>().code),
    ).toEqual(Array.from({ length: 12 }, () => 'CHANNEL.WEBHOOK_REPLAY'));
    expect(await storedEvents()).toBe(120);
    expect(await drainJobs()).toBe(1);
  });
  it('fails only the event the database refuses when it arrives in a burst with others', async () => {
    await db.database.pool.query('delete from zalo_webhook_events');
    const event = (n: number, text: string) => ({
      app_id: DEMO_ZALO_APP.appId,
      sender: { id: '8100000000000001' },
      recipient: { id: DEMO_ZALO_APP.oaId },
      event_name: 'user_send_text',
      message: { text, msg_id: `mixed${String(n)}` },
      timestamp: ts(),
    });
    // Valid JSON that PostgreSQL's jsonb does not take (a NUL character): a bad request, not a fault of ours.
    const answers = await Promise.all(
      Array.from({ length: 11 }, (_, n) => post(event(n, n === 5 ? 'xin chào\u0000' : `tin ${String(n)}`))),
    );
    expect(answers.map((answer) => answer.statusCode)).toEqual(
      Array.from({ length: 11 }, (_, n) => (n === 5 ? 400 : 200)),
    );
    expect(await storedEvents()).toBe(10);
  });
});
