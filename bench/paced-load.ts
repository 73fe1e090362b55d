/**
 * An open-loop load at a fixed rate: request k leaves at `k / rate` seconds whatever the answers'
 * pace (a slow server builds a queue instead of slowing the load), and its latency counts from that
 * scheduled time, so a stall shows in the percentiles instead of hiding behind a load generator
 * that waited for it. Autocannon's own rate limit (`overallRate`) lets each connection send its
 * share of a second back to back and then wait for the next second: bursts at saturation, not a
 * rate. Runs in a worker thread, as `load` does, so it shares no event loop with the server.
 */
import http from 'node:http';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { LoadItem } from './bench-support.ts';

export interface PacedOptions {
  url: string;
  /** Requests sent per second. */
  rate: number;
  /** How long the measured part lasts. */
  seconds: number;
  /**
   * Sent at the same rate before the measured part and not counted (default 0.5 s): the first
   * requests open the connections and meet a generator that has only just started.
   */
  warmupSeconds?: number;
  /** Taken in turn, one per request. */
  items: readonly LoadItem[];
  /** Most connections open at once; a request finding them all busy waits (and its wait counts). */
  connections: number;
  timeoutMs?: number;
}

export interface PacedResult {
  rate: number;
  /** Measured requests (the warm-up's left out, as from every other figure). */
  requests: number;
  /** Measured requests answered per second, from the first one's scheduled time to the last answer. */
  rps: number;
  ok: number;
  /** Answers other than 2xx, timeouts and network errors. */
  failed: number;
  statuses: Record<string, number>;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** The longest any request left after its scheduled time (the generator's own lag). */
  lateMs: number;
  /** Every measured latency in ms, ascending (to pool several runs' distributions). */
  latencies: number[];
}

/** Sends the load of `options`; resolves once every request is answered or has failed. */
export function paced(options: PacedOptions): Promise<PacedResult> {
  // Worker threads do not inherit tsx's loader: the worker registers it, then loads this file.
  const tsx = import.meta.resolve('tsx/esm/api');
  const source = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const worker = new Worker(source, { eval: true, workerData: { pacedOptions: options } });
  return new Promise((resolve, reject) => {
    worker.once('message', (result: PacedResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the paced load stopped (exit ${String(code)})`)));
  });
}

/** The `q` quantile (0–1) of ascending values: the smallest with at least that share at or below it. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

async function run(options: PacedOptions): Promise<PacedResult> {
  const target = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const warmup = Math.round(options.rate * (options.warmupSeconds ?? 0.5));
  const total = warmup + Math.max(1, Math.round(options.rate * options.seconds));
  const interval = 1000 / options.rate;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let failed = 0;
  let lateMs = 0;
  let sent = 0;
  let settled = 0;
  let lastAnswer = 0;
  const start = performance.now();

  await new Promise<void>((resolve) => {
    const settle = (k: number, latency: number | undefined, status: string): void => {
      if (k >= warmup) {
        if (latency !== undefined) latencies.push(latency);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (!status.startsWith('2')) failed += 1;
      }
      settled += 1;
      lastAnswer = performance.now();
      if (settled === total) resolve();
    };
    const send = (k: number): void => {
      const scheduled = start + k * interval;
      if (k >= warmup) lateMs = Math.max(lateMs, performance.now() - scheduled);
      const item = options.items[k % options.items.length] ?? { path: '/' };
      // Each request settles once, whichever of its answer, its error or its timeout comes first.
      let over = false;
      const finish = (latency: number | undefined, status: string): void => {
        if (over) return;
        over = true;
        settle(k, latency, status);
      };
      const failure = (error: Error): void =>
        finish(undefined, error.message === 'timeout' ? 'timeout' : 'network error');
      const request = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: item.path,
          method: item.method ?? 'GET',
          headers: item.headers,
          agent,
          timeout: options.timeoutMs ?? 30_000,
        },
        (response) => {
          response.resume();
          response.once('end', () => finish(performance.now() - scheduled, String(response.statusCode ?? 0)));
          response.once('error', failure);
        },
      );
      request.once('timeout', () => request.destroy(new Error('timeout')));
      request.once('error', failure);
      request.end(item.body);
    };
    // A timer cannot fire every 1.5 ms precisely: each tick sends every request whose time has come.
    const tick = (): void => {
      const due = Math.min(total, Math.floor((performance.now() - start) / interval) + 1);
      while (sent < due) send(sent++);
      if (sent < total) setTimeout(tick, 1);
    };
    tick();
  });
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const ms = (n: number): number => Math.round(n * 100) / 100;
  const measured = total - warmup;
  const span = (lastAnswer - (start + warmup * interval)) / 1000;
  return {
    rate: options.rate,
    requests: measured,
    rps: Math.round((measured / Math.max(span, 0.001)) * 10) / 10,
    ok: measured - failed,
    failed,
    statuses,
    p50: ms(percentile(latencies, 0.5)),
    p90: ms(percentile(latencies, 0.9)),
    p99: ms(percentile(latencies, 0.99)),
    max: ms(latencies.at(-1) ?? 0),
    lateMs: ms(lateMs),
    latencies,
  };
}

const data = workerData as { pacedOptions?: PacedOptions } | null;
if (!isMainThread && parentPort && data?.pacedOptions) {
  const port = parentPort;
  void run(data.pacedOptions).then((result) => port.postMessage(result));
}
