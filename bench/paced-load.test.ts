import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paced } from './paced-load.ts';

/**
 * A server that answers at once, except that it holds every answer due between 400 and 700 ms
 * after its first request until 700 ms: a 300 ms stall. It notes when each request arrived.
 */
let server: http.Server;
let url = '';
let first = 0;
let arrivals: { at: number; path: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const now = performance.now();
    if (arrivals.length === 0) first = now;
    const at = now - first;
    arrivals.push({ at, path: req.url ?? '' });
    const answer = (): void => {
      res.writeHead(req.url === '/missing' ? 404 : 200, { 'content-type': 'text/plain' });
      res.end('ok');
    };
    if (at >= 400 && at < 700) setTimeout(answer, 700 - at);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${String(typeof address === 'object' && address ? address.port : 0)}`;
});
afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

describe('paced (open-loop) load', () => {
  it('keeps its rate through a stall and counts the stall in its latencies', async () => {
    arrivals = [];
    const result = await paced({
      url,
      rate: 200,
      seconds: 2,
      items: [{ path: '/a' }, { path: '/b' }, { path: '/missing' }, { path: '/c' }],
      connections: 50,
      warmupSeconds: 0,
    });

    expect(result.requests).toBe(400);
    expect(arrivals).toHaveLength(400);
    // The rate held: about 200 requests a second, also while the server held its answers (a
    // closed-loop generator with fewer connections than the stall's requests would have paused).
    const inStall = arrivals.filter((a) => a.at >= 400 && a.at < 700).length;
    expect(inStall).toBeGreaterThanOrEqual(50);
    expect(inStall).toBeLessThanOrEqual(70);
    const span = (arrivals.at(-1)?.at ?? 0) - (arrivals[0]?.at ?? 0);
    expect(span).toBeGreaterThan(1900);
    expect(span).toBeLessThan(2300);
    // Items in turn (each a quarter of the requests); non-2xx answers counted as failed.
    const paths: Record<string, number> = {};
    for (const a of arrivals) paths[a.path] = (paths[a.path] ?? 0) + 1;
    expect(paths).toEqual({ '/a': 100, '/b': 100, '/missing': 100, '/c': 100 });
    expect(result.statuses).toEqual({ '200': 300, '404': 100 });
    expect(result.failed).toBe(100);
    expect(result.ok).toBe(300);
    // About 15% of the requests were scheduled inside the 300 ms stall and waited up to 300 ms:
    // p90 and p99 show it, the median does not.
    expect(result.p50).toBeLessThan(50);
    expect(result.p90).toBeGreaterThan(30);
    expect(result.p99).toBeGreaterThan(200);
    expect(result.max).toBeLessThan(400);
  });

  it('counts from the scheduled time a request that waited for a free connection', async () => {
    arrivals = [];
    const result = await paced({
      url,
      rate: 200,
      seconds: 2,
      items: [{ path: '/a' }],
      connections: 2,
      warmupSeconds: 0,
    });

    // Both connections were held through the stall, so the requests scheduled in it left only
    // when it ended; counted from when they left, only the two held ones would look slow.
    expect(arrivals.filter((a) => a.at >= 400 && a.at < 690).length).toBeLessThanOrEqual(4);
    expect(result.ok).toBe(400);
    expect(result.p90).toBeGreaterThan(30);
    expect(result.p99).toBeGreaterThan(200);
  });

  it('sends its warm-up at the same rate and leaves it out of every figure', async () => {
    arrivals = [];
    const items = [
      ...Array.from({ length: 50 }, () => ({ path: '/missing' })),
      ...Array.from({ length: 100 }, () => ({ path: '/a' })),
    ];
    const result = await paced({ url, rate: 100, seconds: 1, warmupSeconds: 0.5, items, connections: 10 });

    expect(arrivals).toHaveLength(150);
    const span = (arrivals.at(-1)?.at ?? 0) - (arrivals[0]?.at ?? 0);
    expect(span).toBeGreaterThan(1400);
    expect(result).toMatchObject({ requests: 100, ok: 100, failed: 0, statuses: { '200': 100 } });
    // 100 requests answered over the second after the warm-up.
    expect(result.rps).toBeGreaterThan(90);
    expect(result.rps).toBeLessThan(110);
    expect(result.latencies).toHaveLength(100);
    expect(result.latencies).toEqual([...result.latencies].sort((a, b) => a - b));
  });

  it('counts a refused connection as failed instead of waiting for it', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const address = closed.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const result = await paced({
      url: `http://127.0.0.1:${String(port)}`,
      rate: 50,
      seconds: 0.2,
      items: [{ path: '/' }],
      connections: 5,
      warmupSeconds: 0,
    });
    expect(result).toMatchObject({ requests: 10, ok: 0, failed: 10, statuses: { 'network error': 10 } });
  });
});
