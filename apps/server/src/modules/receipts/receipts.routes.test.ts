import { randomBytes } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { createLocalJWKSet, compactVerify, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { masterKeyProvider } from '../../platform/crypto/key-provider.ts';
import { registerErrorHandling } from '../../platform/http/error-handler.ts';
import type { Tenant } from '../tenants/index.ts';
import { createQrTokenService, receiptRoutes, type QrTokenService } from './index.ts';
import { tenantWithUnits } from '../../../test/factories/tenant.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/harness.ts';

const CODE = '000.20.01.H53-261124-0001';
const LOOKUP_KEY = 'K7P29QXM4D';

let db: TestDatabase;
let qr: QrTokenService;
let tenant: Tenant;
let token: string;
let plain: FastifyInstance;
let withLookup: FastifyInstance;
const lookups: string[] = [];

async function buildApp(deps: Parameters<typeof receiptRoutes>[0]): Promise<FastifyInstance> {
  const app = Fastify({
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, useDefaults: true, allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  registerErrorHandling(app);
  await app.register(receiptRoutes(deps));
  await app.ready();
  return app;
}

beforeAll(async () => {
  db = await createTestDatabase();
  tenant = await tenantWithUnits(db.database, 'tay-ninh');
  qr = createQrTokenService({ database: db.database, keyProvider: masterKeyProvider(randomBytes(32)) });
  token = await qr.sign(tenant, { code: CODE, key: LOOKUP_KEY }, new Date('2026-11-24T01:30:00Z'));
  plain = await buildApp({ qr });
  withLookup = await buildApp({
    qr,
    lookupApplication: async (slug, code, key) => {
      lookups.push(`${slug}/${code}/${key}`);
      return code === CODE ? { code, status: 2, statusLabel: 'Được tiếp nhận', applicantName: 'Đ*** H***' } : null;
    },
  });
});
afterAll(async () => {
  await plain.close();
  await withLookup.close();
  await db.drop();
});

describe('GET /.well-known/jwks.json', () => {
  it('publishes the keys with a public cache lifetime, and they verify the token', async () => {
    const res = await plain.inject({ method: 'GET', url: '/.well-known/jwks.json' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const body = res.json<{ keys: JWK[] }>();
    expect(body.keys).toHaveLength(1);
    expect(body.keys[0]).not.toHaveProperty('d');
    const { payload } = await compactVerify(token, createLocalJWKSet(body));
    expect(new TextDecoder().decode(payload)).toContain(CODE);
  });
});

describe('GET /api/v1/qr/{token}', () => {
  it('answers a genuine token with the province, the code and the issue time, not the key', async () => {
    const res = await plain.inject({ method: 'GET', url: `/api/v1/qr/${token}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ valid: true, tenant: 'tay-ninh', code: CODE, issuedAt: '2026-11-24T08:30:00+07:00' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('adds the dossier when a look-up is wired in', async () => {
    const res = await withLookup.inject({ method: 'GET', url: `/api/v1/qr/${token}` });
    expect(res.json()).toMatchObject({
      valid: true,
      code: CODE,
      application: { code: CODE, status: 2, statusLabel: 'Được tiếp nhận' },
    });
    expect(lookups).toContain(`tay-ninh/${CODE}/${LOOKUP_KEY}`);
  });

  it('leaves the dossier out when the look-up finds nothing', async () => {
    const other = await qr.sign(tenant, { code: '000.20.01.H53-261124-0009', key: LOOKUP_KEY }, new Date());
    const res = await withLookup.inject({ method: 'GET', url: `/api/v1/qr/${other}` });
    expect(res.json()).not.toHaveProperty('application');
    expect(res.json()).toMatchObject({ valid: true });
  });

  it.each([
    ['an altered token', () => `${token.slice(0, -3)}AAA`],
    ['junk', () => 'not-a-token'],
    ['a path', () => 'a/b/c'],
    ['a very long token', () => 'x'.repeat(3000)],
  ])('answers 200 {valid:false} for %s, without looking anything up', async (_name, make) => {
    const before = lookups.length;
    const res = await withLookup.inject({ method: 'GET', url: `/api/v1/qr/${make()}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ valid: false });
    expect(lookups).toHaveLength(before);
  });
});

describe('GET /q/{token}', () => {
  it('redirects a genuine QR to the tracking page of the citizen app', async () => {
    const res = await plain.inject({ method: 'GET', url: `/q/${token}` });
    expect(res.statusCode).toBe(302);
    const location = new URL(String(res.headers.location), 'http://localhost');
    expect(location.pathname).toBe('/');
    expect(Object.fromEntries(location.searchParams)).toEqual({ track: CODE, key: LOOKUP_KEY, tenant: 'tay-ninh' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('shows a Vietnamese page for a forged QR', async () => {
    const res = await plain.inject({ method: 'GET', url: `/q/${token.replace(/\.[^.]+$/, '.AAAA')}` });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('Mã QR không hợp lệ');
    expect(res.body).not.toContain(LOOKUP_KEY);
  });
});
