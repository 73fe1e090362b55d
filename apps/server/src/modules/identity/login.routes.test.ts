import type { FastifyInstance } from 'fastify';
import { TOTP, URI } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/harness.ts';
import { tenantWithUnits } from '../../../test/factories/tenant.ts';
import type { Tenant } from '../tenants/index.ts';
import { createOfficer, DEMO_PASSWORD } from './index.ts';
import {
  buildIdentityTestApp,
  newKeyProvider,
  sessionCookie,
  testClock,
  unitEids,
  type IdentityTestApp,
} from './testing/identity-test-app.ts';

const PASSWORD = 'Vàm Cỏ Đông 2025';
const clock = testClock();
const keyProvider = newKeyProvider();
let db: TestDatabase;
let tenant: Tenant;
let eids: string[];
let harness: IdentityTestApp;
let app: FastifyInstance;
const secretsSent: string[] = [PASSWORD];

async function officer(username: string, totp = false): Promise<{ id: string; totpUri?: string }> {
  const [centre = '', commune = ''] = eids;
  const input = {
    username,
    fullName: 'Nguyễn Văn Thử',
    unitEid: centre,
    roles: [
      { unitEid: centre, role: 'intake' as const },
      { unitEid: commune, role: 'processor' as const },
    ],
    password: PASSWORD,
    totp,
  };
  return createOfficer({ database: db.database, keyProvider, now: clock.now }, tenant.id, input);
}

async function signIn(body: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await app.inject({
    method: 'POST',
    url: `/api/v1/${tenant.slug}/auth/login`,
    payload: body,
    headers,
  });
  return { response, json: response.json<Record<string, unknown>>() };
}

beforeAll(async () => {
  db = await createTestDatabase();
  tenant = await tenantWithUnits(db.database);
  eids = await unitEids(db.database, tenant.id);
  harness = await buildIdentityTestApp({ database: db.database, keyProvider, clock });
  app = harness.app;
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('POST /api/v1/{tenant}/auth/login', () => {
  it('signs in: an httpOnly SameSite=Strict cookie, a CSRF token and the officer with roles by unit', async () => {
    const created = await officer('ok@test');
    const { response, json } = await signIn({ username: 'OK@test', password: PASSWORD });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const cookie = sessionCookie(response);
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie?.attributes).toMatch(/HttpOnly/);
    expect(cookie?.attributes).toMatch(/SameSite=Strict/);
    expect(cookie?.attributes).toMatch(/Path=\//);
    expect(cookie?.attributes).not.toMatch(/Secure/);
    expect(json['csrfToken']).toEqual(expect.stringMatching(/^[A-Za-z0-9_-]{43}$/));
    expect(json['officer']).toMatchObject({
      id: created.id,
      username: 'ok@test',
      fullName: 'Nguyễn Văn Thử',
      roles: [
        { unitEid: eids[0], role: 'intake', unitName: 'Trung tâm Phục vụ hành chính công' },
        { unitEid: eids[1], role: 'processor', unitName: 'Xã Một' },
      ],
    });
    const stored = await db.database.pool.query<{ token_hash: string }>('select token_hash from sessions');
    expect(stored.rows.map((r) => r.token_hash)).not.toContain(cookie?.value);
    secretsSent.push(cookie?.value ?? '', String(json['csrfToken']));
  });

  it('marks the cookie Secure for HTTPS requests', async () => {
    const { response } = await signIn({ username: 'ok@test', password: PASSWORD }, { 'x-forwarded-proto': 'https' });
    expect(sessionCookie(response)?.attributes).toMatch(/Secure/);
  });

  it('answers a wrong password exactly as an unknown username', async () => {
    await officer('known@test');
    const wrong = await signIn({ username: 'known@test', password: 'not the password' });
    const unknown = await signIn({ username: 'nobody@test', password: 'not the password' });
    expect(wrong.response.statusCode).toBe(401);
    expect(unknown.response.statusCode).toBe(401);
    const strip = ({ requestId: _r, ...rest }: Record<string, unknown>) => rest;
    expect(strip(wrong.json)).toEqual(strip(unknown.json));
    expect(wrong.json['code']).toBe('AUTH.INVALID_CREDENTIALS');
    expect(sessionCookie(wrong.response)).toBeUndefined();
  });

  it('locks after 5 failures in a row, refuses even the right password, and unlocks after 15 minutes', async () => {
    await officer('lock@test');
    for (let i = 1; i <= 4; i += 1) {
      const { response } = await signIn({ username: 'lock@test', password: `wrong-${i}-password` });
      expect(response.statusCode).toBe(401);
    }
    const fifth = await signIn({ username: 'lock@test', password: 'wrong-5-password' });
    expect(fifth.response.statusCode).toBe(429);
    expect(fifth.json['code']).toBe('AUTH.LOCKED');
    clock.advance(60_000);
    const right = await signIn({ username: 'lock@test', password: PASSWORD });
    expect(right.response.statusCode).toBe(429);
    expect(right.json['code']).toBe('AUTH.LOCKED');
    expect(right.response.headers['retry-after']).toBe('840');
    clock.advance(14 * 60_000);
    const after = await signIn({ username: 'lock@test', password: PASSWORD });
    expect(after.response.statusCode).toBe(200);
    const counters = await db.database.pool.query<{ failed_attempts: number; locked_until: Date | null }>(
      `select failed_attempts, locked_until from officer_credentials c join officers o on o.id = c.officer_id
        where o.username = 'lock@test'`,
    );
    expect(counters.rows[0]).toEqual({ failed_attempts: 0, locked_until: null });
  });

  it('resets the failure count on success', async () => {
    await officer('reset@test');
    for (let i = 0; i < 4; i += 1) await signIn({ username: 'reset@test', password: 'wrong password!' });
    expect((await signIn({ username: 'reset@test', password: PASSWORD })).response.statusCode).toBe(200);
    const again = await signIn({ username: 'reset@test', password: 'wrong password!' });
    expect(again.json['code']).toBe('AUTH.INVALID_CREDENTIALS');
  });

  it('asks for a TOTP code, refuses a wrong or stale one, and accepts the current one', async () => {
    const { totpUri } = await officer('totp@test', true);
    expect(totpUri).toMatch(/^otpauth:\/\/totp\//);
    const totp = URI.parse(totpUri ?? '');
    if (!(totp instanceof TOTP)) throw new Error('expected a TOTP URI');
    const at = (offsetSteps: number) => totp.generate({ timestamp: clock.now().getTime() + offsetSteps * 30_000 });

    const missing = await signIn({ username: 'totp@test', password: PASSWORD });
    expect([missing.response.statusCode, missing.json['code']]).toEqual([401, 'AUTH.TOTP_REQUIRED']);
    const stale = await signIn({ username: 'totp@test', password: PASSWORD, totp: at(-3) });
    expect([stale.response.statusCode, stale.json['code']]).toEqual([401, 'AUTH.TOTP_INVALID']);
    const wrongPassword = await signIn({ username: 'totp@test', password: 'wrong password', totp: at(0) });
    expect(wrongPassword.json['code']).toBe('AUTH.INVALID_CREDENTIALS');
    const previousStep = await signIn({ username: 'totp@test', password: PASSWORD, totp: at(-1) });
    expect(previousStep.response.statusCode).toBe(200);
    const code = at(0);
    const ok = await signIn({ username: 'totp@test', password: PASSWORD, totp: code });
    expect(ok.response.statusCode).toBe(200);
    secretsSent.push(code);

    // A code signs in once: the same code, or one of an earlier step, is refused afterwards.
    const replayed = await signIn({ username: 'totp@test', password: PASSWORD, totp: code });
    expect([replayed.response.statusCode, replayed.json['code']]).toEqual([401, 'AUTH.TOTP_INVALID']);
    const older = await signIn({ username: 'totp@test', password: PASSWORD, totp: at(-1) });
    expect([older.response.statusCode, older.json['code']]).toEqual([401, 'AUTH.TOTP_INVALID']);
    const next = await signIn({ username: 'totp@test', password: PASSWORD, totp: at(1) });
    expect(next.response.statusCode).toBe(200);
  });

  it('seals the TOTP secret with the province key, bound to the officer', async () => {
    const { id, totpUri } = await officer('sealed@test', true);
    const secret = new URL(totpUri ?? '').searchParams.get('secret') ?? '';
    const row = await db.database.pool.query<{ totp_secret_sealed: string }>(
      'select totp_secret_sealed from officer_credentials where officer_id = $1',
      [id],
    );
    expect(secret).toHaveLength(32);
    expect(row.rows[0]?.totp_secret_sealed).not.toContain(secret);
    secretsSent.push(secret);
  });

  it('refuses the demo password outside demo mode, even when it is stored', async () => {
    const [centre = ''] = eids;
    const input = { username: 'demo@test', fullName: 'Demo', unitEid: centre, roles: [], password: DEMO_PASSWORD };
    const deps = { database: db.database, keyProvider, now: clock.now };
    await expect(createOfficer(deps, tenant.id, input)).rejects.toMatchObject({ code: 'IDENTITY.WEAK_PASSWORD' });
    await createOfficer(deps, tenant.id, input, { allowDemoPassword: true });
    const { response, json } = await signIn({ username: 'demo@test', password: DEMO_PASSWORD });
    expect([response.statusCode, json['code']]).toEqual([401, 'AUTH.INVALID_CREDENTIALS']);
  });

  it('stores argon2id hashes, never the password', async () => {
    const hashes = await db.database.pool.query<{ password_hash: string }>(
      'select password_hash from officer_credentials',
    );
    expect(hashes.rows.length).toBeGreaterThan(3);
    for (const { password_hash: hash } of hashes.rows) {
      expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(hash).not.toContain(PASSWORD);
    }
  });

  it('rate-limits sign-in per client address and username', async () => {
    const limited = await buildIdentityTestApp({
      database: db.database,
      keyProvider,
      clock,
      loginRateLimit: { max: 3, timeWindowMs: 60_000 },
    });
    const attempt = (username: string) =>
      limited.app.inject({
        method: 'POST',
        url: `/api/v1/${tenant.slug}/auth/login`,
        payload: { username, password: 'whatever-password' },
      });
    for (let i = 0; i < 3; i += 1) expect((await attempt('flood@test')).statusCode).toBe(401);
    const blocked = await attempt('flood@test');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toMatchObject({ code: 'REQUEST.TOO_MANY' });
    expect(blocked.headers['retry-after']).toBeDefined();
    expect((await attempt('other@test')).statusCode).toBe(401);
    await limited.app.close();
  });

  it('writes no password, token or TOTP code to the logs', async () => {
    const logs = harness.logs.join('');
    expect(logs).toContain('/auth/login');
    for (const secret of secretsSent) expect(logs).not.toContain(secret);
  });
});
