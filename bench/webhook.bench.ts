/**
 * Zalo webhook benchmark: signed `user_send_text` events posted to
 * `POST /api/v1/tay-ninh/channels/zalo/webhook` (signature check, replay check, event stored and its
 * job queued in one transaction, then the acknowledgement) at 50 connections, against a bare Fastify
 * route that parses the same bodies and answers the same acknowledgement, in the same run. Prints
 * readable lines, then one JSON line (the last line).
 *
 *   npx tsx bench/webhook.bench.ts [--durable]
 */
import { zaloSignature } from '../apps/server/src/modules/channels/index.ts';
import { updateZaloChannel } from '../apps/server/src/modules/tenants/index.ts';
import { masterKeyProvider } from '../apps/server/src/platform/crypto/key-provider.ts';
import {
  benchMasterKey,
  bootSystem,
  describeLoad,
  durabilityNote,
  durableFlag,
  load,
  round3,
  startBaseline,
  type LoadItem,
  type LoadResult,
} from './bench-support.ts';

const CONNECTIONS = 50;
const WARMUP_SECONDS = 3;
const MEASURE_SECONDS = 12;
/** Every event is unique (a replay is refused), so there must be more than the run can send. */
const EVENTS = 120_000;
const APP = { appId: '1832409756634987001', oaId: '579745863508352884', oaSecretKey: 'bench-oa-secret-key-0001' };

function signedEvents(count: number, offset: number): LoadItem[] {
  const timestamp = String(Date.now());
  return Array.from({ length: count }, (_, n) => {
    const i = n + offset;
    const body = JSON.stringify({
      app_id: APP.appId,
      sender: { id: String(4_000_000_000_000_000_000n + BigInt(i % 5_000)) },
      user_id_by_app: String(5_000_000_000_000_000_000n + BigInt(i % 5_000)),
      recipient: { id: APP.oaId },
      event_name: 'user_send_text',
      message: { text: `tra cứu hồ sơ ${String(i)}`, msg_id: `bench${i.toString(16).padStart(12, '0')}` },
      timestamp,
    });
    return {
      path: '/api/v1/tay-ninh/channels/zalo/webhook',
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-zevent-signature': zaloSignature(APP.appId, body, timestamp, APP.oaSecretKey),
      },
      body,
    };
  });
}

async function main(): Promise<void> {
  const durable = durableFlag();
  const system = await bootSystem({ ephemeral: !durable });
  try {
    await updateZaloChannel(
      { database: system.database, keyProvider: masterKeyProvider(benchMasterKey), now: () => new Date() },
      system.tenantId,
      { ...APP, appSecret: 'bench-app-secret-0001', oaSecretKey: APP.oaSecretKey },
      { system: 'bench' },
    );
    const warm = signedEvents(EVENTS / 4, 0);
    const measured = signedEvents(EVENTS, EVENTS);
    const first = measured.shift();
    if (!first) throw new Error('no events');
    const probe = await fetch(`${system.url}${first.path}`, {
      method: 'POST',
      headers: first.headers,
      body: first.body,
    });
    if (probe.status !== 200) throw new Error(`webhook answered ${String(probe.status)}: ${await probe.text()}`);

    await load({ url: system.url, connections: CONNECTIONS, duration: WARMUP_SECONDS }, { items: warm });
    const ours = await load(
      { url: system.url, connections: CONNECTIONS, duration: MEASURE_SECONDS },
      { items: measured },
    );
    console.info(describeLoad('webhook   ', ours));
    const stored = await system.database.pool.query<{ n: number }>(
      'select count(*)::int as n from zalo_webhook_events',
    );
    const queued = await system.database.pool.query<{ n: number }>(
      `select count(*)::int as n from graphile_worker._private_jobs j
         join graphile_worker._private_tasks t on t.id = j.task_id where t.identifier = 'zalo:webhook-event'`,
    );

    const baseline = await startBaseline((app) => {
      // Fastify parses the JSON body before the handler runs, as on our route.
      app.post('/api/v1/:tenant/channels/zalo/webhook', async () => ({ error: 0, message: 'Success' }));
    });
    let bare: LoadResult;
    try {
      await load({ url: baseline.url, connections: CONNECTIONS, duration: WARMUP_SECONDS }, { items: warm });
      bare = await load(
        { url: baseline.url, connections: CONNECTIONS, duration: MEASURE_SECONDS },
        { items: measured },
      );
    } finally {
      await baseline.close();
    }
    console.info(describeLoad('baseline  ', bare));
    const ratio = ours.rps / bare.rps;
    console.info(
      `stored ${String(stored.rows[0]?.n)} events and queued ${String(queued.rows[0]?.n)} jobs (one per accepted event); ${durabilityNote(!durable)}`,
    );
    console.info(
      `targets: >= 2,000 events/s ${ours.rps >= 2000 ? 'met' : 'NOT met'} (${ours.rps.toFixed(0)}), p99 <= 20 ms ${ours.p99 <= 20 ? 'met' : 'NOT met'} (${ours.p99.toFixed(1)} ms)`,
    );
    console.log(
      JSON.stringify({
        bench: 'webhook',
        ratio: round3(ratio),
        baseline:
          'bare Fastify route on loopback parsing the same signed bodies and answering the same acknowledgement',
        rps: Math.round(ours.rps),
        p50_ms: round3(ours.p50),
        p99_ms: round3(ours.p99),
        baseline_rps: Math.round(bare.rps),
        baseline_p99_ms: round3(bare.p99),
        connections: CONNECTIONS,
        requests: ours.requests,
        non_2xx: ours.requests - ours.ok,
        stored: stored.rows[0]?.n ?? 0,
        durable,
      }),
    );
  } finally {
    await system.stop();
  }
}

await main();
