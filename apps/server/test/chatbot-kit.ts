import { createServer, type Server } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { Runner } from 'graphile-worker';
import { startZaloSim, type RunningZaloSim } from '@motcua/zalo-sim/server';
import { DEMO_ZALO_APP, seedDemo } from '../src/demo/seed-demo.ts';
import { deliveryTasks } from '../src/delivery.ts';
import type { Tenant } from '../src/modules/tenants/index.ts';
import { masterKeyProvider } from '../src/platform/crypto/key-provider.ts';
import { startJobRunner } from '../src/platform/jobs/runner.ts';
import { buildTestApp, testDeliveryConfig, testMasterKey } from './app.ts';
import { createTestDatabase, silentLogger, type TestDatabase } from './harness.ts';

/** One message of the simulator's conversation, as the chat page shows it. */
export interface SimMessage {
  msgId: string;
  from: 'user' | 'oa';
  kind: string;
  text?: string;
  hidden?: boolean;
  buttons?: { title: string; type: string; payload: unknown }[];
}

/**
 * The whole loop of a chat: the Zalo simulator posts signed webhooks to the API (listening on a
 * loopback port), the job runner processes them with the chat bot, and the bot answers through the
 * simulator's OA API. Tests play the citizen with the simulator's scripting API.
 */
export interface ChatKit {
  db: TestDatabase;
  app: FastifyInstance;
  tenant: Tenant;
  zalo: RunningZaloSim;
  runner: Runner;
  sim<T = Record<string, unknown>>(method: string, route: string, body?: unknown): Promise<T>;
  /** Waits until every webhook was delivered and processed, and every job ran. */
  settle(): Promise<void>;
  conversation(userId: string): Promise<SimMessage[]>;
  citizen(name: string, phone?: string): Promise<string>;
  close(): Promise<void>;
}

export interface ChatKitOptions {
  mediaHosts?: string[];
  /** The job runner's clock (the bot's "now"); the webhooks are signed and checked on real time. */
  now?: () => Date;
  /** The chat's civic look-up limit (`MOTCUA_CHAT_LOOKUPS_*`). */
  chatLookups?: { max: number; windowMs: number };
}

export async function startChatKit(options: ChatKitOptions = {}): Promise<ChatKit> {
  const db = await createTestDatabase();
  const keyProvider = masterKeyProvider(testMasterKey);
  const tenant = (await seedDemo(db.database, keyProvider)).tenant;
  const zalo = await startZaloSim({ ...DEMO_ZALO_APP, webhookRetryScale: 0.0001 });
  const app = await buildTestApp(db);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const delivery = deliveryTasks({
    database: db.database,
    keyProvider,
    config: testDeliveryConfig(db, {
      zaloMediaHosts: options.mediaHosts ?? [],
      ...(options.chatLookups ? { chatLookups: options.chatLookups } : {}),
    }),
    zaloHosts: () => zalo.hosts,
    publicUrl: () => 'https://motcua.test',
    now: options.now ?? (() => new Date()),
  });
  const runner = await startJobRunner({
    pool: db.database.pool,
    concurrency: 2,
    tasks: delivery.tasks,
    logger: silentLogger,
  });

  async function sim<T = Record<string, unknown>>(method: string, route: string, body?: unknown): Promise<T> {
    const response = await fetch(`${zalo.url}/_sim${route}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`simulator ${method} ${route}: ${String(response.status)} ${text}`);
    return (text === '' ? {} : JSON.parse(text)) as T;
  }

  const pair = await sim<{ access_token: string; refresh_token: string; expires_in: string }>('POST', '/oauth/tokens');
  await delivery.tokens.store(tenant.id, {
    accessToken: pair.access_token,
    refreshToken: pair.refresh_token,
    expiresInSeconds: Number(pair.expires_in),
  });
  await sim('PUT', '/webhook', { url: `http://127.0.0.1:${String(port)}/api/v1/${tenant.slug}/channels/zalo/webhook` });

  // Jobs of other modules (queued by filing, say) have no runner here and are not waited for.
  const ours = Object.keys(delivery.tasks);

  async function settle(): Promise<void> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      await zalo.sim.state.webhooks.idle();
      // Stored events count too: a burst's drain job may be queued a moment after its events.
      const jobs = await db.database.pool.query<{ n: number; error: string | null }>(
        `select (select count(*)::int from graphile_worker.jobs where task_identifier = any($1))
              + (select count(*)::int from zalo_webhook_events where processed_at is null) as n,
                (select max(last_error) from graphile_worker.jobs where task_identifier = any($1)) as error`,
        [ours],
      );
      const row = jobs.rows[0];
      if (row?.error) throw new Error(`a job failed: ${row.error}`);
      if (row?.n === 0) return;
      if (Date.now() > deadline) {
        const left = await db.database.pool.query(
          `select task_identifier, run_at, attempts, last_error from graphile_worker.jobs where task_identifier = any($1)`,
          [ours],
        );
        throw new Error(`jobs did not settle: ${JSON.stringify(left.rows)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  return {
    db,
    app,
    tenant,
    zalo,
    runner,
    sim,
    settle,
    async conversation(userId) {
      return (await sim<{ messages: SimMessage[] }>('GET', `/users/${userId}/conversation`)).messages;
    },
    async citizen(name, phone = '0987000111') {
      const user = await sim<{ userId: string }>('POST', '/users', { name, phone, follow: true });
      await settle();
      return user.userId;
    },
    async close() {
      await runner.stop();
      await app.close();
      await zalo.close();
      await db.drop();
    },
  };
}

/** A plain HTTP server counting the requests it gets; `handler` answers them. */
export async function countingServer(
  handler: (url: string) => { status: number; headers?: Record<string, string>; body?: Buffer | string },
): Promise<{ url: string; port: number; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = [];
  const server: Server = createServer((request, response) => {
    hits.push(request.url ?? '');
    const answer = handler(request.url ?? '');
    response.writeHead(answer.status, answer.headers ?? {});
    response.end(answer.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    port,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
