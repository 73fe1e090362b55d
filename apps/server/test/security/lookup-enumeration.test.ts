import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../app.ts';
import { createTestDatabase, type TestDatabase } from '../harness.ts';
import { fileDossier, seedProvinces } from './kit.ts';

let db: TestDatabase;
let app: FastifyInstance;
let dossier: { code: string; key: string };
/** A code in the right format that no dossier has. */
const UNKNOWN = '000.20.01.H53-200101-0001';
const WRONG_KEY = 'WRONGKEY22';

beforeAll(async () => {
  db = await createTestDatabase();
  await seedProvinces(db);
  app = await buildTestApp(db);
  dossier = await fileDossier(app);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

/** Every public route that takes a dossier code and its lookup key. */
const keyRoutes: { name: string; request: (code: string, key: string) => InjectOptions & { url: string } }[] = [
  { name: 'look-up', request: (code, key) => ({ method: 'GET', url: `/applications/${code}?key=${key}` }) },
  { name: 'receipt', request: (code, key) => ({ method: 'GET', url: `/applications/${code}/receipt.pdf?key=${key}` }) },
  {
    name: 'supplement',
    request: (code, key) => ({
      method: 'POST',
      url: `/applications/${code}/supplements?key=${key}`,
      payload: { attachments: [{ documentKey: 'giay-chung-sinh', uploadId: '00000000-0000-7000-8000-000000000001' }] },
    }),
  },
  {
    name: 'withdrawal',
    request: (code, key) => ({ method: 'POST', url: `/applications/${code}/withdrawal?key=${key}` }),
  },
  {
    name: 'feedback',
    request: (code, key) => ({
      method: 'POST',
      url: `/applications/${code}/feedback?key=${key}`,
      payload: { rating: 'satisfied' },
    }),
  },
  {
    name: 'photo readings',
    request: (code, key) => ({ method: 'GET', url: `/applications/${code}/readings?key=${key}` }),
  },
  { name: 'visit plan', request: (code, key) => ({ method: 'GET', url: `/applications/${code}/visit?key=${key}` }) },
  {
    name: 'visit booking',
    request: (code, key) => ({
      method: 'PUT',
      url: `/applications/${code}/visit?key=${key}`,
      payload: { start: '2026-03-02T01:00:00.000Z' },
    }),
  },
  {
    name: 'visit cancel',
    request: (code, key) => ({ method: 'DELETE', url: `/applications/${code}/visit?key=${key}` }),
  },
];

/** Sends as one client, with a request id of the caller's choosing (so both answers can match byte for byte). */
function send(
  request: InjectOptions & { url: string },
  client: string,
  requestId: string,
): Promise<LightMyRequestResponse> {
  return app.inject({
    ...request,
    url: `/api/v1/tay-ninh${request.url}`,
    remoteAddress: client,
    headers: { 'x-request-id': requestId },
  });
}

const RATE_HEADERS = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'date', 'x-request-id'];

function visibleHeaders(res: LightMyRequestResponse): Record<string, unknown> {
  return Object.fromEntries(Object.entries(res.headers).filter(([name]) => !RATE_HEADERS.includes(name)));
}

describe('look-up by code and key gives nothing away', () => {
  it.each(keyRoutes.map((r) => [r.name, r] as const))(
    '%s: an unknown code and a wrong key get byte-identical 404 answers',
    async (name, route) => {
      const client = `192.0.2.${String(keyRoutes.findIndex((r) => r.name === name) + 10)}`;
      const wrongKey = await send(route.request(dossier.code, WRONG_KEY), client, 'probe-0001');
      const unknown = await send(route.request(UNKNOWN, WRONG_KEY), client, 'probe-0001');
      const unknownRightKey = await send(route.request(UNKNOWN, dossier.key), client, 'probe-0001');
      expect(wrongKey.statusCode).toBe(404);
      // The only difference allowed is the caller's own input echoed in `instance`: the code in the path.
      const masked = (res: LightMyRequestResponse, code: string) =>
        res.rawPayload.toString('latin1').split(code).join('{code}');
      expect(masked(wrongKey, dossier.code)).toBe(masked(unknown, UNKNOWN));
      expect(masked(unknownRightKey, UNKNOWN)).toBe(masked(unknown, UNKNOWN));
      expect(visibleHeaders(wrongKey)).toEqual(visibleHeaders(unknown));
      expect(wrongKey.body).not.toContain(dossier.key);
    },
  );

  it('answers a valid code and key of one province on another province’s URL with the same 404', async () => {
    const elsewhere = await app.inject({
      method: 'GET',
      url: `/api/v1/tinh-khac/applications/${dossier.code}?key=${dossier.key}`,
      headers: { 'x-request-id': 'probe-0002' },
    });
    const unknown = await app.inject({
      method: 'GET',
      url: `/api/v1/tinh-khac/applications/${UNKNOWN}?key=${dossier.key}`,
      headers: { 'x-request-id': 'probe-0002' },
    });
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.body.split(dossier.code).join('{code}')).toBe(unknown.body.split(UNKNOWN).join('{code}'));
  });
});

describe('look-ups are rate-limited per client', () => {
  it('stops a client after 30 look-ups a minute, whatever codes it tries, and not its neighbour', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 34; i += 1) {
      const code = `000.20.01.H53-200101-${String(i).padStart(4, '0')}`;
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/tay-ninh/applications/${code}?key=${WRONG_KEY}`,
        remoteAddress: '198.51.100.20',
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) {
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.json<{ code: string }>().code).toBe('REQUEST.TOO_MANY');
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      }
    }
    expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429, 429, 429]);
    const neighbour = await app.inject({
      method: 'GET',
      url: `/api/v1/tay-ninh/applications/${dossier.code}?key=${dossier.key}`,
      remoteAddress: '198.51.100.21',
    });
    expect(neighbour.statusCode).toBe(200);
  });

  it('does not let a client escape the limit by claiming another address in X-Forwarded-For', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i += 1) {
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/tay-ninh/applications/${UNKNOWN}?key=${WRONG_KEY}`,
        remoteAddress: '203.0.113.50',
        headers: { 'x-forwarded-for': `198.18.0.${String(i)}` },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(30)).toEqual([429, 429]);
  });

  it('tells clients apart behind the province’s own load balancer', async () => {
    const through = (client: string) =>
      app.inject({
        method: 'GET',
        url: `/api/v1/tay-ninh/applications/${UNKNOWN}?key=${WRONG_KEY}`,
        remoteAddress: '10.0.0.5',
        headers: { 'x-forwarded-for': client },
      });
    for (let i = 0; i < 31; i += 1) await through('198.51.100.30');
    expect((await through('198.51.100.30')).statusCode).toBe(429);
    expect((await through('198.51.100.31')).statusCode).toBe(404);
  });

  it('limits citizens’ sign-in codes per client: asking for codes for many numbers, and guessing them', async () => {
    const asked: number[] = [];
    const guessed: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const phone = `09120001${String(i).padStart(2, '0')}`;
      const common = { remoteAddress: '203.0.113.60', headers: { 'x-forwarded-for': `198.18.1.${String(i)}` } };
      const ask = await app.inject({
        method: 'POST',
        url: '/api/v1/tay-ninh/citizen/otp',
        payload: { phone },
        ...common,
      });
      asked.push(ask.statusCode);
      const guess = await app.inject({
        method: 'POST',
        url: '/api/v1/tay-ninh/citizen/session',
        payload: { phone, code: String(100000 + i) },
        ...common,
      });
      guessed.push(guess.statusCode);
    }
    expect(asked).toEqual([...Array<number>(10).fill(202), 429, 429]);
    expect(guessed).toEqual([...Array<number>(10).fill(401), 429, 429]);
  });
});
