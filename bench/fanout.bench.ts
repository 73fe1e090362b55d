/**
 * Broadcast fan-out benchmark: one text broadcast to 100,000 followers of the demo province through
 * the real start and fan-out (recipients chosen in PostgreSQL, batches of 500 claimed and settled
 * in one statement each, 32 consultation messages in flight, Zalo's rate limit lifted), against raw
 * HTTP sends of the same message to another 100,000 users of the same simulator at the same
 * concurrency in the same run (half before, half after the broadcast). The simulator runs in its own process. Checks that every follower
 * got exactly one message and that memory stayed flat (heap after a full collection, second vs last
 * quarter of the run). Prints readable lines, then one JSON line (the last line).
 *
 *   node --expose-gc --import tsx bench/fanout.bench.ts      (npm run bench:fanout)
 *   BENCH_FOLLOWERS=20000 npm run bench:fanout               (a smaller run)
 */
import { DEMO_ZALO_APP } from '../apps/server/src/demo/seed-demo.ts';
import { broadcastToFollowers, heapQuarters, simCall } from '../apps/server/test/fanout-run.ts';
import { startSimProcess } from '../apps/server/test/sim-process.ts';
import { benchMasterKey, bootSystem, durabilityNote, round3 } from './bench-support.ts';

const FOLLOWERS = Number(process.env['BENCH_FOLLOWERS'] ?? 100_000);
const CONCURRENCY = 32;
const MESSAGE = { text: 'Từ 01/12/2026, Trung tâm tiếp công dân cả sáng thứ Bảy.' };
const mb = (bytes: number): number => Math.round(bytes / 1048576);

async function rawSends(sim: { url: string; hosts: { openapi: string } }, count: number): Promise<number> {
  const pair = await simCall<{ access_token: string }>(
    { ...sim, hosts: { ...sim.hosts, oauth: '', business: '' }, stop: () => Promise.resolve() },
    'POST',
    '/oauth/tokens',
  );
  const { ids } = await simCall<{ ids: string[] }>(
    { ...sim, hosts: { ...sim.hosts, oauth: '', business: '' }, stop: () => Promise.resolve() },
    'POST',
    '/users/bulk',
    { count },
  );
  let next = 0;
  let failed = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < ids.length) {
        const id = ids[next] ?? '';
        next += 1;
        const response = await fetch(`${sim.hosts.openapi}/v3.0/oa/message/cs`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', access_token: pair.access_token },
          body: JSON.stringify({ recipient: { user_id: id }, message: MESSAGE }),
        });
        const body = (await response.json()) as { error?: number };
        if (body.error !== 0) failed += 1;
      }
    }),
  );
  if (failed > 0) throw new Error(`${String(failed)} raw sends failed`);
  return (Date.now() - started) / 1000;
}

async function main(): Promise<void> {
  if (!(globalThis as { gc?: unknown }).gc) console.warn('run with --expose-gc for exact memory figures');
  const system = await bootSystem();
  const sim = await startSimProcess({ ...DEMO_ZALO_APP, rateLimitPerMinute: 100_000_000, conversationCap: 0 });
  try {
    // The baseline runs half before and half after the broadcast, so a machine that gets busier
    // or quieter during the run weighs on both sides alike.
    const rawBefore = await rawSends(sim, FOLLOWERS / 2);
    const run = await broadcastToFollowers({
      database: system.database,
      tenantId: system.tenantId,
      masterKey: benchMasterKey,
      sim,
      followers: FOLLOWERS,
      concurrency: CONCURRENCY,
      batchSize: 1000,
    });
    const rawSeconds = rawBefore + (await rawSends(sim, FOLLOWERS / 2));
    const counted = await simCall<{ users: number; messages: number; histogram: Record<string, number> }>(
      sim,
      'GET',
      '/users/received',
    );
    const ours = FOLLOWERS / run.seconds;
    const raw = FOLLOWERS / rawSeconds;
    const { second, last } = heapQuarters(run.heap);
    const exactlyOnce =
      run.states['sent'] === FOLLOWERS &&
      Object.keys(run.states).length === 1 &&
      counted.messages === 2 * FOLLOWERS &&
      counted.histogram['1'] === 2 * FOLLOWERS;
    const flat = last - second < 8 * 1048576;
    console.info(
      `fan-out   ${String(FOLLOWERS)} followers in ${run.seconds.toFixed(1)} s: ${ours.toFixed(0)} deliveries/s`,
    );
    console.info(`raw HTTP  ${String(FOLLOWERS)} sends in ${rawSeconds.toFixed(1)} s: ${raw.toFixed(0)} sends/s`);
    console.info(
      `deliveries ${JSON.stringify(run.states)}; simulator: ${String(counted.messages)} messages, ${JSON.stringify(counted.histogram)} (users by messages received)`,
    );
    console.info(
      `memory: heap after GC ${String(mb(second))} MB (2nd quarter) → ${String(mb(last))} MB (last quarter), rss peak ${String(mb(Math.max(...run.rss)))} MB; ${durabilityNote(true)}`,
    );
    console.info(
      `targets: ratio >= 0.5 ${ours / raw >= 0.5 ? 'met' : 'NOT met'} (${(ours / raw).toFixed(2)}); exactly once ${exactlyOnce ? 'yes' : 'NO'}; memory flat ${flat ? 'yes' : 'NO'}`,
    );
    console.log(
      JSON.stringify({
        bench: 'fanout',
        ratio: round3(ours / raw),
        baseline: 'raw HTTP consultation-message sends to the same simulator process at the same concurrency',
        rps: Math.round(ours),
        baseline_rps: Math.round(raw),
        followers: FOLLOWERS,
        concurrency: CONCURRENCY,
        deliveries: run.states['sent'] ?? 0,
        exactly_once: exactlyOnce,
        heap_mb_q2: mb(second),
        heap_mb_q4: mb(last),
        rss_peak_mb: mb(Math.max(...run.rss)),
      }),
    );
    if (!exactlyOnce || !flat) process.exitCode = 1;
  } finally {
    await sim.stop();
    await system.stop();
  }
}

await main();
