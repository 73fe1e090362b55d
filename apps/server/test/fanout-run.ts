import { chatContentOf } from '../src/broadcasting.ts';
import { DEMO_ZALO_APP } from '../src/demo/seed-demo.ts';
import { fanOut, startBroadcast, type BroadcastMessage } from '../src/modules/broadcasts/index.ts';
import { createOaTokenStore, zaloBroadcastSender } from '../src/modules/channels/index.ts';
import { masterKeyProvider } from '../src/platform/crypto/key-provider.ts';
import type { Database } from '../src/platform/db/database.ts';
import { newId } from '../src/platform/ids.ts';
import { callSim } from './sim-client.ts';
import type { SimProcess } from './sim-process.ts';

export interface FanOutRun {
  seconds: number;
  /** Delivery rows by state. */
  states: Record<string, number>;
  broadcastStatus: string | undefined;
  recipients: number | null | undefined;
  /** Samples of this process while the fan-out ran (after a full collection when `gc` is exposed). */
  heap: number[];
  rss: number[];
}

export const simCall = <T>(sim: SimProcess, method: string, path: string, body?: unknown): Promise<T> =>
  callSim<T>(sim.url, method, path, body);

/**
 * Connects the province's OA to the simulator (a token pair), creates `followers` followers on both
 * sides, and broadcasts one text to all of them through the real start and fan-out, sampling this
 * process's memory meanwhile.
 */
export async function broadcastToFollowers(options: {
  database: Database;
  tenantId: string;
  masterKey: Buffer;
  sim: SimProcess;
  followers: number;
  concurrency: number;
  batchSize: number;
  /** How often memory is sampled when `gc` is exposed (each sample forces a full collection). */
  sampleEveryMs?: number;
}): Promise<FanOutRun> {
  const { database, tenantId, sim } = options;
  const tokens = createOaTokenStore({
    database,
    keyProvider: masterKeyProvider(options.masterKey),
    hosts: () => sim.hosts,
    credentials: () => Promise.resolve({ appId: DEMO_ZALO_APP.appId, appSecret: DEMO_ZALO_APP.appSecret }),
    now: () => new Date(),
  });
  const pair = await simCall<{ access_token: string; refresh_token: string; expires_in: string }>(
    sim,
    'POST',
    '/oauth/tokens',
  );
  await tokens.store(tenantId, {
    accessToken: pair.access_token,
    refreshToken: pair.refresh_token,
    expiresInSeconds: Number(pair.expires_in),
  });
  const { ids } = await simCall<{ ids: string[] }>(sim, 'POST', '/users/bulk', { count: options.followers });
  await database.pool.query(
    `insert into zalo_followers (tenant_id, oa_user_id, follower, last_interaction_at, updated_at)
     select $1, id, true, now(), now() from unnest($2::text[]) as id`,
    [tenantId, ids],
  );
  // The province admin who composes it (the officer the load run's broadcasts are signed by).
  const officer = await database.pool.query<{ id: string }>(
    `insert into officers (tenant_id, id, unit_id, username, full_name)
     select $1, $2::uuid, u.id, 'fanout.' || $2::text, 'Quản trị thông báo' from units u where u.tenant_id = $1 limit 1
     returning id`,
    [tenantId, newId()],
  );
  const broadcastId = newId();
  await database.pool.query(
    `insert into broadcasts (tenant_id, id, title, kind, body, target, status, scheduled_at, created_by, created_at)
     values ($1, $2, 'Lịch tiếp công dân', 'text', $3, '{"all":true}', 'scheduled', now(), $4, now())`,
    [tenantId, broadcastId, 'Từ 01/12/2026, Trung tâm tiếp công dân cả sáng thứ Bảy.', officer.rows[0]?.id],
  );
  const zaloSender = zaloBroadcastSender({ tokens, hosts: () => sim.hosts });
  const deps = {
    database,
    now: () => new Date(),
    sender: {
      sendMany: (tenant: string, users: readonly string[], message: BroadcastMessage, n: number) =>
        zaloSender.sendMany(tenant, users, chatContentOf(message), n),
    },
    settings: { ratePerMinute: 0, concurrency: options.concurrency, batchSize: options.batchSize, sliceMs: 3_600_000 },
  };
  const heap: number[] = [];
  const rss: number[] = [];
  // With `--expose-gc` each sample follows a full collection: it reads what is retained, not
  // what the collector has not got round to yet.
  const collect = (globalThis as { gc?: () => void }).gc;
  const sampler = setInterval(
    () => {
      collect?.();
      const usage = process.memoryUsage();
      heap.push(usage.heapUsed);
      rss.push(usage.rss);
    },
    collect ? (options.sampleEveryMs ?? 2_000) : 100,
  );
  const started = Date.now();
  try {
    await startBroadcast(deps, tenantId, broadcastId);
    await fanOut(deps, tenantId, broadcastId);
  } finally {
    clearInterval(sampler);
  }
  const seconds = (Date.now() - started) / 1000;
  const states = await database.pool.query<{ status: string; n: number }>(
    `select status, count(*)::int as n from broadcast_deliveries where broadcast_id = $1 group by status`,
    [broadcastId],
  );
  const broadcast = await database.pool.query<{ status: string; recipients: number | null }>(
    `select status, recipients from broadcasts where id = $1`,
    [broadcastId],
  );
  return {
    seconds,
    states: Object.fromEntries(states.rows.map((row) => [row.status, row.n])),
    broadcastStatus: broadcast.rows[0]?.status,
    recipients: broadcast.rows[0]?.recipients,
    heap,
    rss,
  };
}

export const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Heap medians of the second and last quarters of a run: equal when memory stays flat. */
export function heapQuarters(heap: readonly number[]): { second: number; last: number } {
  const quarter = Math.floor(heap.length / 4);
  return { second: median(heap.slice(quarter, 2 * quarter)), last: median(heap.slice(3 * quarter)) };
}
