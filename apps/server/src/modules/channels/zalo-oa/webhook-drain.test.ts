import type { FastifyInstance } from 'fastify';
import type { Runner } from 'graphile-worker';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ZALO_APP, seedDemo } from '../../../demo/seed-demo.ts';
import { masterKeyProvider } from '../../../platform/crypto/key-provider.ts';
import { openDatabase, refreshAppRole, withTx } from '../../../platform/db/database.ts';
import { enqueueJob } from '../../../platform/jobs/enqueue.ts';
import { startJobRunner } from '../../../platform/jobs/runner.ts';
import { buildTestApp, testMasterKey } from '../../../../test/app.ts';
import { createTestDatabase, silentLogger, type TestDatabase } from '../../../../test/harness.ts';
import type { ZaloUserEvent } from './process-webhook-event.ts';
import { drainWebhookEventsJob, sweepWebhookEventsJob } from './webhook-drain.job.ts';
import {
  drainJobKey,
  drainWebhookEvents,
  laterDrainJobKey,
  personOf,
  WEBHOOK_DRAIN_JOB,
  type DrainDeps,
  type DrainScheduler,
  type FailedEvents,
} from './webhook-drain.ts';
import { zaloSignature } from './webhook-signature.ts';

let db: TestDatabase;
let app: FastifyInstance;
let tenantId: string;
/** Every request is received one millisecond after the previous one: received order is post order. */
let tick = 0;
const clock = { now: () => new Date(Date.now() + (tick += 1)) };

beforeAll(async () => {
  db = await createTestDatabase();
  tenantId = (await seedDemo(db.database, masterKeyProvider(testMasterKey))).tenant.id;
  app = await buildTestApp(db, { clock });
});
afterAll(async () => {
  await app.close();
  await db.drop();
});
afterEach(async () => {
  await db.database.pool.query('delete from zalo_webhook_events');
  await db.database.pool.query('delete from graphile_worker._private_jobs');
});

let sequence = 0;

/** A person's text message, signed and posted as Zalo does; answers the status code. */
async function say(user: string, text: string): Promise<{ status: number; msgId: string }> {
  sequence += 1;
  const msgId = `m${String(sequence).padStart(6, '0')}`;
  const timestamp = String(Date.now());
  const body = JSON.stringify({
    app_id: DEMO_ZALO_APP.appId,
    sender: { id: user },
    recipient: { id: DEMO_ZALO_APP.oaId },
    event_name: 'user_send_text',
    message: { text, msg_id: msgId },
    timestamp,
  });
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/tay-ninh/channels/zalo/webhook',
    payload: body,
    headers: {
      'content-type': 'application/json',
      'x-zevent-signature': zaloSignature(DEMO_ZALO_APP.appId, body, timestamp, DEMO_ZALO_APP.oaSecretKey),
    },
  });
  return { status: response.statusCode, msgId };
}

async function unprocessed(): Promise<number> {
  const rows = await db.database.pool.query<{ n: number }>(
    'select count(*)::int as n from zalo_webhook_events where processed_at is null',
  );
  return rows.rows[0]?.n ?? 0;
}

/** The chat bot's stand-in: records each turn, optionally slow or failing. */
function recorder(behaviour: (event: ZaloUserEvent) => Promise<void> = async () => undefined) {
  const turns: { user: string; text: string }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const onUserEvent = async (event: ZaloUserEvent): Promise<void> => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      await behaviour(event);
      turns.push({ user: event.userId, text: event.input.kind === 'text' ? event.input.text : '?' });
    } finally {
      inFlight -= 1;
    }
  };
  return {
    turns,
    onUserEvent,
    maxInFlight: () => maxInFlight,
    of: (user: string) => turns.filter((turn) => turn.user === user).map((turn) => turn.text),
  };
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function deps(onUserEvent: DrainDeps['onUserEvent'], extra: Partial<DrainDeps> = {}): DrainDeps {
  return { database: db.database, now: () => new Date(), onUserEvent, failures: new Map(), ...extra };
}

describe('draining stored Zalo events', () => {
  it('orders by person: follow and unfollow by the follower, receipts by the recipient, messages by the sender', () => {
    expect(personOf({ event_name: 'follow', follower: { id: 'u1' }, oa_id: 'oa' }, 'k')).toBe('person:u1');
    expect(personOf({ event_name: 'user_send_text', sender: { id: 'u1' }, recipient: { id: 'oa' } }, 'k')).toBe(
      'person:u1',
    );
    expect(personOf({ event_name: 'user_seen_message', sender: { id: 'oa' }, recipient: { id: 'u1' } }, 'k')).toBe(
      'person:u1',
    );
    expect(personOf({ event_name: 'change_template_status' }, 'k1')).toBe('event:k1');
  });

  it("processes each event once, each person's in the order received, different people side by side", async () => {
    const users = ['7001', '7002', '7003'];
    for (let n = 1; n <= 6; n += 1) for (const user of users) expect((await say(user, `tin ${n}`)).status).toBe(200);
    const bot = recorder(() => pause(5));

    const outcome = await drainWebhookEvents(deps(bot.onUserEvent, { batchSize: 7 }), tenantId);

    expect(outcome).toEqual({ processed: 18, failed: 0, busy: false, more: false });
    for (const user of users) expect(bot.of(user)).toEqual(['tin 1', 'tin 2', 'tin 3', 'tin 4', 'tin 5', 'tin 6']);
    expect(bot.maxInFlight()).toBeGreaterThan(1);
    expect(await unprocessed()).toBe(0);
    // Nothing left: a second drain finds nothing to do.
    expect(await drainWebhookEvents(deps(bot.onUserEvent), tenantId)).toEqual({
      processed: 0,
      failed: 0,
      busy: false,
      more: false,
    });
  });

  it('processes each event once when drains run at the same time', async () => {
    for (let n = 1; n <= 12; n += 1) await say(n % 2 === 0 ? '7101' : '7102', `tin ${n}`);
    const bot = recorder(() => pause(3));

    const outcomes = await Promise.all([1, 2, 3].map(() => drainWebhookEvents(deps(bot.onUserEvent), tenantId)));

    expect(bot.turns).toHaveLength(12);
    expect(outcomes.reduce((sum, outcome) => sum + outcome.processed, 0)).toBe(12);
    expect(outcomes.some((outcome) => outcome.busy)).toBe(true);
    expect(bot.of('7101')).toEqual(['tin 2', 'tin 4', 'tin 6', 'tin 8', 'tin 10', 'tin 12']);
    expect(await unprocessed()).toBe(0);
  });

  it("holds back a failing event's sender, not the others, retries it later and then goes on in order", async () => {
    await say('7201', 'một');
    const broken = await say('7201', 'hai');
    await say('7202', 'khác');
    await say('7201', 'ba');
    let failing = true;
    const bot = recorder(async (event) => {
      if (failing && event.eventKey.endsWith(broken.msgId)) throw new Error('the bot tripped');
    });
    const failures: FailedEvents = new Map();
    const later: Date[] = [];
    const scheduler: DrainScheduler = {
      later: async (_tenant, at) => void later.push(at),
      cancelLater: async () => undefined,
      again: async () => undefined,
    };
    const reported: string[] = [];

    const first = await drainWebhookEvents(deps(bot.onUserEvent, { failures, retryBaseMs: 0 }), tenantId, {
      scheduler,
      onFailure: (eventKey) => reported.push(eventKey),
    });

    expect(first).toMatchObject({ processed: 2, failed: 1 });
    expect(bot.of('7201')).toEqual(['một']);
    expect(bot.of('7202')).toEqual(['khác']);
    expect(reported).toEqual([`user_send_text:${broken.msgId}`]);
    expect(await unprocessed()).toBe(2);
    // Armed as the net when the drain started, then set for the retry.
    expect(later).toHaveLength(2);

    failing = false;
    const second = await drainWebhookEvents(deps(bot.onUserEvent, { failures, retryBaseMs: 0 }), tenantId);
    expect(second).toMatchObject({ processed: 2, failed: 0 });
    expect(bot.of('7201')).toEqual(['một', 'hai', 'ba']);
    expect(failures.size).toBe(0);
    expect(await unprocessed()).toBe(0);
  });

  it('does not retry a failed event before its backoff, and lets nothing else of that person pass meanwhile', async () => {
    const broken = await say('7301', 'hai');
    await say('7301', 'ba');
    const failures: FailedEvents = new Map();
    const bot = recorder(async (event) => {
      if (event.eventKey.endsWith(broken.msgId)) throw new Error('the bot tripped');
    });
    await drainWebhookEvents(deps(bot.onUserEvent, { failures, retryBaseMs: 60_000 }), tenantId);
    const again = await drainWebhookEvents(deps(bot.onUserEvent, { failures, retryBaseMs: 60_000 }), tenantId);
    expect(again).toMatchObject({ processed: 0, failed: 0 });
    expect(failures.get(`${tenantId} user_send_text:${broken.msgId}`)?.failures).toBe(1);
    expect(await unprocessed()).toBe(2);
  });

  it('picks up what a worker that died mid-batch left, through the later drain it armed', async () => {
    await say('7401', 'một');
    await say('7401', 'hai');
    await say('7401', 'ba');
    // The dying worker: its own connections; its bot hangs on the first event, then the process dies.
    const dying = await refreshAppRole(await openDatabase(db.url, 3));
    let release = (): void => undefined;
    const hung = new Promise<void>((resolve) => {
      release = resolve;
    });
    let reachedBot = (): void => undefined;
    const atBot = new Promise<void>((resolve) => {
      reachedBot = resolve;
    });
    const armed: DrainScheduler = {
      later: (tenant, at) =>
        withTx(db.database, tenant, (tx) =>
          enqueueJob(tx, WEBHOOK_DRAIN_JOB, { tenantId: tenant }, { jobKey: laterDrainJobKey(tenant), runAt: at }),
        ),
      cancelLater: async () => undefined,
      again: async () => undefined,
    };
    const doomed = drainWebhookEvents(
      {
        database: dying,
        now: () => new Date(),
        safetyNetMs: 300,
        failures: new Map(),
        onUserEvent: async () => {
          reachedBot();
          await hung;
        },
      },
      tenantId,
      { scheduler: armed },
    ).catch(() => undefined);
    await atBot;
    // The worker's process dies: PostgreSQL ends its session, and the drain lock with it.
    await db.database.pool.query(
      `select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and granted and database =
         (select oid from pg_database where datname = current_database())`,
    );
    expect(await unprocessed()).toBe(3);
    // The job that woke the dead worker went with it: only the later drain it armed remains.
    await pause(100);
    await db.database.pool.query('delete from graphile_worker._private_jobs where key = $1', [drainJobKey(tenantId)]);
    const net = await db.database.pool.query<{ run_at: Date }>(
      'select run_at from graphile_worker._private_jobs where key = $1',
      [laterDrainJobKey(tenantId)],
    );
    expect(net.rows).toHaveLength(1);

    const bot = recorder();
    const runner: Runner = await startJobRunner({
      pool: db.database.pool,
      concurrency: 2,
      tasks: { [WEBHOOK_DRAIN_JOB]: drainWebhookEventsJob(deps(bot.onUserEvent)) },
      logger: silentLogger,
    });
    try {
      for (let waited = 0; (await unprocessed()) > 0 && waited < 10_000; waited += 50) await pause(50);
      expect(bot.of('7401')).toEqual(['một', 'hai', 'ba']);
      expect(await unprocessed()).toBe(0);
    } finally {
      await runner.stop();
      release();
      await doomed;
      await dying.close();
    }
  });

  it("drains what was left unprocessed when the next event's drain runs", async () => {
    await say('7501', 'một');
    // Stored and acknowledged, but its drain never ran (its job was lost with the process).
    await pause(100);
    await db.database.pool.query('delete from graphile_worker._private_jobs');
    const bot = recorder();
    const runner: Runner = await startJobRunner({
      pool: db.database.pool,
      concurrency: 2,
      tasks: { [WEBHOOK_DRAIN_JOB]: drainWebhookEventsJob(deps(bot.onUserEvent)) },
      logger: silentLogger,
    });
    try {
      await pause(300);
      expect(await unprocessed()).toBe(1);
      await say('7501', 'hai');
      for (let waited = 0; (await unprocessed()) > 0 && waited < 10_000; waited += 50) await pause(50);
      expect(bot.of('7501')).toEqual(['một', 'hai']);
      // The drain finished cleanly: no later drain is left waiting.
      for (let waited = 0; waited < 5_000; waited += 50) {
        const jobs = await db.database.pool.query<{ n: number }>(
          'select count(*)::int as n from graphile_worker._private_jobs',
        );
        if (jobs.rows[0]?.n === 0) break;
        await pause(50);
      }
      const left = await db.database.pool.query<{ n: number }>(
        'select count(*)::int as n from graphile_worker._private_jobs',
      );
      expect(left.rows[0]?.n).toBe(0);
    } finally {
      await runner.stop();
    }
  });
});

describe('the minute sweep', () => {
  it('queues a drain only for provinces holding events older than 30 s that nobody processed', async () => {
    const received = new Date(Date.now() - 45_000);
    await db.database.pool.query(
      `insert into zalo_webhook_events (tenant_id, event_key, event_name, body, received_at)
       values ($1, 'old-1', 'user_send_text', '{}', $2), ($1, 'fresh-1', 'user_send_text', '{}', now())`,
      [tenantId, received],
    );
    const queued: { task: string; payload: unknown; key: string | undefined }[] = [];
    const helpers = {
      addJob: (task: string, payload: unknown, spec?: { jobKey?: string }) => {
        queued.push({ task, payload, key: spec?.jobKey });
        return Promise.resolve();
      },
    };
    const sweep = sweepWebhookEventsJob(db.database);
    await sweep({}, helpers as never);
    expect(queued).toEqual([{ task: WEBHOOK_DRAIN_JOB, payload: { tenantId }, key: drainJobKey(tenantId) }]);
    // Once processed (or while only fresh events wait, whose own drain is coming), nothing is queued.
    await db.database.pool.query(`update zalo_webhook_events set processed_at = now() where event_key = 'old-1'`);
    queued.length = 0;
    await sweep({}, helpers as never);
    expect(queued).toEqual([]);
  });
});
