import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import {
  CompactSign,
  SignJWT,
  compactVerify,
  createLocalJWKSet,
  decodeProtectedHeader,
  generateKeyPair,
  jwtVerify,
  type JWK,
} from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { masterKeyProvider } from '../../platform/crypto/key-provider.ts';
import { open } from '../../platform/crypto/seal.ts';
import { withSystemTx, withTx } from '../../platform/db/database.ts';
import { signingKeys } from '../../platform/db/schema/index.ts';
import type { Tenant } from '../tenants/index.ts';
import { createQrTokenService, type QrTokenService } from './index.ts';
import { tenantWithUnits } from '../../../test/factories/tenant.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/harness.ts';

const CODE = '000.20.01.H53-261124-0001';
const LOOKUP_KEY = 'K7P29QXM4D';
const ISSUED_AT = new Date('2026-11-24T01:30:00Z');
const keyProvider = masterKeyProvider(randomBytes(32));

let db: TestDatabase;
let service: QrTokenService;
let tenantA: Tenant;
let tenantB: Tenant;
let tokenA: string;

function newService(options: { missRefreshMs?: number; cacheTtlMs?: number } = {}): QrTokenService {
  return createQrTokenService({ database: db.database, keyProvider, ...options });
}

function b64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function parts(token: string): [string, string, string] {
  const [header = '', payload = '', signature = ''] = token.split('.');
  return [header, payload, signature];
}

async function keyRows(tenant: Tenant): Promise<{ kid: string; publicJwk: unknown; privateJwkSealed: string }[]> {
  return withTx(db.database, tenant.id, (tx) =>
    tx
      .select({
        kid: signingKeys.kid,
        publicJwk: signingKeys.publicJwk,
        privateJwkSealed: signingKeys.privateJwkSealed,
      })
      .from(signingKeys)
      .where(eq(signingKeys.tenantId, tenant.id)),
  );
}

beforeAll(async () => {
  db = await createTestDatabase();
  tenantA = await tenantWithUnits(db.database, 'tay-ninh');
  tenantB = await tenantWithUnits(db.database, 'ben-tre');
  service = newService();
  tokenA = await service.sign(tenantA, { code: CODE, key: LOOKUP_KEY }, ISSUED_AT);
});
afterAll(async () => {
  await db.drop();
});

describe('sign and verify', () => {
  it('verifies its own token and reads back the claims', async () => {
    expect(await service.verify(tokenA)).toEqual({
      valid: true,
      tenant: 'tay-ninh',
      code: CODE,
      key: LOOKUP_KEY,
      issuedAt: '2026-11-24T08:30:00+07:00',
    });
  });

  it('makes a short compact JWS: EdDSA, a kid naming the province, four claims', () => {
    const [header, payload] = parts(tokenA);
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({
      alg: 'EdDSA',
      kid: expect.stringMatching(/^tay-ninh-\d{8}-[0-9a-f]{6}$/),
    });
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toEqual({
      t: 'tay-ninh',
      c: CODE,
      k: LOOKUP_KEY,
      iat: ISSUED_AT.getTime() / 1000,
    });
    expect(tokenA.length).toBeLessThan(280);
  });

  it('rejects an altered payload', async () => {
    const [header, , signature] = parts(tokenA);
    const forged = b64url({ t: 'tay-ninh', c: '000.20.01.H53-261124-0002', k: LOOKUP_KEY, iat: 1795483800 });
    expect(await service.verify(`${header}.${forged}.${signature}`)).toEqual({ valid: false });
  });

  it('rejects an altered signature', async () => {
    const [header, payload, signature] = parts(tokenA);
    const flipped = (signature.startsWith('A') ? 'B' : 'A') + signature.slice(1);
    expect(await service.verify(`${header}.${payload}.${flipped}`)).toEqual({ valid: false });
  });

  it('rejects an unknown kid', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const payload = new TextEncoder().encode(JSON.stringify({ t: 'tay-ninh', c: CODE, k: LOOKUP_KEY, iat: 1 }));
    const stranger = await new CompactSign(payload)
      .setProtectedHeader({ alg: 'EdDSA', kid: 'tay-ninh-20260101-abcdef' })
      .sign(privateKey);
    expect(await service.verify(stranger)).toEqual({ valid: false });
  });

  it('rejects a token of one province presented with the kid of another', async () => {
    const tokenB = await service.sign(tenantB, { code: CODE, key: LOOKUP_KEY }, ISSUED_AT);
    const [headerB] = parts(tokenB);
    const [, payloadA, signatureA] = parts(tokenA);
    expect(await service.verify(tokenB)).toMatchObject({ valid: true, tenant: 'ben-tre' });
    expect(await service.verify(`${headerB}.${payloadA}.${signatureA}`)).toEqual({ valid: false });
  });

  it("rejects one province's key vouching for another province's dossier", async () => {
    const mislabelled = await service.sign(
      { id: tenantB.id, slug: 'tay-ninh' },
      { code: CODE, key: LOOKUP_KEY },
      ISSUED_AT,
    );
    expect(decodeProtectedHeader(mislabelled).kid).toMatch(/^ben-tre-/);
    expect(await service.verify(mislabelled)).toEqual({ valid: false });
  });

  it('rejects alg none and an HMAC keyed with the public key', async () => {
    const [, payload] = parts(tokenA);
    const kid = decodeProtectedHeader(tokenA).kid;
    const none = `${b64url({ alg: 'none', kid })}.${payload}.`;
    expect(await service.verify(none)).toEqual({ valid: false });
    expect(await service.verify(`${none}AAAA`)).toEqual({ valid: false });
    const { keys } = await service.jwks();
    const x = keys.find((k) => k.kid === kid)?.x ?? '';
    const hmac = await new SignJWT({ t: 'tay-ninh', c: CODE, k: LOOKUP_KEY })
      .setProtectedHeader({ alg: 'HS256', kid: String(kid) })
      .setIssuedAt()
      .sign(new TextEncoder().encode(x));
    expect(await service.verify(hmac)).toEqual({ valid: false });
  });

  it('rejects junk without touching the claims', async () => {
    for (const junk of ['', 'abc', 'a.b', 'a.b.c', `${'x'.repeat(2000)}.y.z`, '../../etc/passwd', 'ă.ă.ă']) {
      expect(await service.verify(junk)).toEqual({ valid: false });
    }
  });
});

describe('published keys', () => {
  it('lists every province’s public key, and nothing private', async () => {
    const { keys } = await service.jwks();
    const kids = keys.map((k) => k.kid);
    expect(kids.some((k) => k.startsWith('tay-ninh-'))).toBe(true);
    expect(kids.some((k) => k.startsWith('ben-tre-'))).toBe(true);
    for (const key of keys) {
      expect(Object.keys(key).sort()).toEqual(['alg', 'crv', 'kid', 'kty', 'use', 'x']);
      expect(key).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    }
  });

  it('lets anyone verify a receipt offline with the JWKS alone', async () => {
    const jwks = JSON.parse(JSON.stringify(await service.jwks())) as { keys: JWK[] };
    const keySet = createLocalJWKSet(jwks);
    const { payload } = await compactVerify(tokenA, keySet);
    expect(JSON.parse(new TextDecoder().decode(payload))).toMatchObject({ t: 'tay-ninh', c: CODE });
    const { payload: claims } = await jwtVerify(tokenA, keySet, { algorithms: ['EdDSA'] });
    expect(claims).toMatchObject({ c: CODE, k: LOOKUP_KEY, iat: ISSUED_AT.getTime() / 1000 });
  });

  it('publishes a key created in this process at once', async () => {
    const slow = newService({ cacheTtlMs: 600_000, missRefreshMs: 600_000 });
    const tenant = await tenantWithUnits(db.database);
    expect((await slow.jwks()).keys.some((k) => k.kid.startsWith(`${tenant.slug}-`))).toBe(false);
    await slow.sign(tenant, { code: CODE, key: LOOKUP_KEY }, ISSUED_AT);
    expect((await slow.jwks()).keys.some((k) => k.kid.startsWith(`${tenant.slug}-`))).toBe(true);
  });

  it('finds a key another instance created, through a reload on an unknown kid', async () => {
    const reader = newService({ missRefreshMs: 0 });
    const tenant = await tenantWithUnits(db.database);
    await reader.jwks();
    const token = await newService().sign(tenant, { code: CODE, key: LOOKUP_KEY }, ISSUED_AT);
    expect(await reader.verify(token)).toMatchObject({ valid: true, tenant: tenant.slug });
  });
});

describe('signing keys', () => {
  it('creates exactly one key when instances sign for a new province at the same time', async () => {
    const tenant = await tenantWithUnits(db.database);
    // Open the pool's connections first, so the transactions below really run side by side.
    await Promise.all(Array.from({ length: 4 }, () => db.database.pool.query('select pg_sleep(0.05)')));
    const instances = [newService(), newService(), newService()];
    const tokens = await Promise.all(
      [...instances, ...instances].map((s) => s.sign(tenant, { code: CODE, key: LOOKUP_KEY }, ISSUED_AT)),
    );
    expect(await keyRows(tenant)).toHaveLength(1);
    expect(new Set(tokens.map((t) => decodeProtectedHeader(t).kid)).size).toBe(1);
    const verifier = newService();
    for (const token of tokens) expect((await verifier.verify(token)).valid).toBe(true);
  });

  it('stores the private key sealed to its province and kid', async () => {
    const [row] = await keyRows(tenantA);
    expect(row).toBeDefined();
    if (!row) return;
    const at = row.privateJwkSealed.indexOf(':');
    const dataKey = keyProvider.byId(tenantA.id, row.privateJwkSealed.slice(0, at));
    const blob = Buffer.from(row.privateJwkSealed.slice(at + 1), 'base64');
    const jwk = JSON.parse(open(dataKey.key, blob, `signing-key:${tenantA.id}:${row.kid}`).toString()) as JWK;
    expect(jwk.d).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(row)).not.toContain(jwk.d);
    expect(row.publicJwk).not.toHaveProperty('d');
    expect(() => open(dataKey.key, blob, `signing-key:${tenantB.id}:${row.kid}`)).toThrow();
  });

  it('keeps each province’s keys out of the others’ reach', async () => {
    const seenByB = await withTx(db.database, tenantB.id, (tx) =>
      tx.select({ tenantId: signingKeys.tenantId }).from(signingKeys),
    );
    expect(seenByB.length).toBeGreaterThan(0);
    expect(seenByB.every((r) => r.tenantId === tenantB.id)).toBe(true);
    if (db.database.usesAppRole) {
      const seenOutside = await withSystemTx(db.database, (tx) =>
        tx.execute(sql`select count(*)::int as n from signing_keys`),
      );
      expect(seenOutside.rows[0]).toEqual({ n: 0 });
    }
  });
});
