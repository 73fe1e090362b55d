/**
 * Zalo webhook benchmark: signed `user_send_text` events posted to
 * `POST /api/v1/tay-ninh/channels/zalo/webhook` (signature check, replay check, event stored —
 * concurrent events share one transaction, which also queues the province's drain job — then the
 * acknowledgement) at 50 connections, against a bare Fastify route that parses the same bodies and
 * answers the same acknowledgement, in the same run. Two measures each: as fast as the route
 * answers (throughput; latency there is mostly queueing), and at the target's 2,000 events/s
 * offered open loop (bench/paced-load.ts: each event leaves at its scheduled time whatever the
 * answers' pace, and its latency counts from then: the acknowledgement's latency at that rate).
 * Prints readable lines, then one JSON line (the last line).
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
import { paced, type PacedResult } from './paced-load.ts';

const CONNECTIONS = 50;
const WARMUP_SECONDS = 3;
const MEASURE_SECONDS = 12;
/** The issue's target: this many events per second accepted, the acknowledgement's p99 within `TARGET_P99_MS`. */
const TARGET_RATE = 2000;
const TARGET_P99_MS = 20;
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

/**
 * `TARGET_RATE` events per second, one every half millisecond, whatever the answers' pace.
 * (Autocannon's `overallRate` lets each connection send its share of a second back to back and then
 * wait: bursts of 2,000 at the start of each second, not a rate.)
 */
async function atTargetRate(url: string, items: readonly LoadItem[]): Promise<PacedResult> {
  return paced({ url, rate: TARGET_RATE, seconds: MEASURE_SECONDS, items, connections: CONNECTIONS });
}

function describeAtRate(label: string, r: PacedResult): string {
  const codes = Object.entries(r.statuses)
    .map(([code, n]) => `${code}×${String(n)}`)
    .join(' ');
  return `${label}: ${r.rps.toFixed(0)} req/s answered, p50 ${r.p50.toFixed(1)} ms, p90 ${r.p90.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, max ${r.max.toFixed(0)} ms, ${String(r.requests)} requests (${codes}${r.failed > 0 ? `, ${String(r.failed)} failed` : ''}; sent at most ${r.lateMs.toFixed(1)} ms late)`;
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
    const ratedEvents = signedEvents(TARGET_RATE * (MEASURE_SECONDS + 2), 2 * EVENTS);
    const oursAtRate = await atTargetRate(system.url, ratedEvents);
    console.info(describeAtRate(`webhook at ${String(TARGET_RATE)}/s`, oursAtRate));
    const stored = await system.database.pool.query<{ n: number }>(
      'select count(*)::int as n from zalo_webhook_events',
    );
    const queued = await system.database.pool.query<{ n: number }>(
      `select count(*)::int as n from graphile_worker._private_jobs j
         join graphile_worker._private_tasks t on t.id = j.task_id where t.identifier = 'zalo:webhook-drain'`,
    );

    const baseline = await startBaseline((app) => {
      // Fastify parses the JSON body before the handler runs, as on our route.
      app.post('/api/v1/:tenant/channels/zalo/webhook', async () => ({ error: 0, message: 'Success' }));
    });
    let bare: LoadResult;
    let bareAtRate: PacedResult;
    try {
      await load({ url: baseline.url, connections: CONNECTIONS, duration: WARMUP_SECONDS }, { items: warm });
      bare = await load(
        { url: baseline.url, connections: CONNECTIONS, duration: MEASURE_SECONDS },
        { items: measured },
      );
      bareAtRate = await atTargetRate(baseline.url, ratedEvents);
    } finally {
      await baseline.close();
    }
    console.info(describeLoad('baseline  ', bare));
    console.info(describeAtRate(`baseline at ${String(TARGET_RATE)}/s`, bareAtRate));
    const ratio = ours.rps / bare.rps;
    console.info(
      `stored ${String(stored.rows[0]?.n)} events; drain jobs queued: ${String(queued.rows[0]?.n)} (one per province, whatever the number of events); ${durabilityNote(!durable)}`,
    );
    const fastEnough = ours.rps >= TARGET_RATE;
    const quickEnough = oursAtRate.p99 <= TARGET_P99_MS && oursAtRate.rps >= TARGET_RATE * 0.95;
    console.info(
      `targets: >= ${String(TARGET_RATE)} events/s ${fastEnough ? 'met' : 'NOT met'} (${ours.rps.toFixed(0)}), p99 <= ${String(TARGET_P99_MS)} ms at ${String(TARGET_RATE)}/s ${quickEnough ? 'met' : 'NOT met'} (${oursAtRate.p99.toFixed(1)} ms; bare route ${bareAtRate.p99.toFixed(1)} ms)`,
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
        target_rate: TARGET_RATE,
        at_rate_load: 'open loop',
        at_rate_rps: Math.round(oursAtRate.rps),
        at_rate_p50_ms: round3(oursAtRate.p50),
        at_rate_p99_ms: round3(oursAtRate.p99),
        at_rate_baseline_p99_ms: round3(bareAtRate.p99),
        at_rate_non_2xx: oursAtRate.failed,
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
