import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import type { Clock } from '../../src/platform/clock.ts';
import { testMasterKey } from '../app.ts';
import { TEST_PASSWORD, testOfficer } from '../factories/officer.ts';
import { createTestDatabase, silentLogger, type TestDatabase } from '../harness.ts';
import { citizenSignIn, seedProvinces, UNIT_EID, type Province } from './kit.ts';

/** A clock the tests move forward. */
const start = new Date('2026-03-02T02:00:00.000Z');
let offsetMs = 0;
const clock: Clock = { now: () => new Date(start.getTime() + offsetMs) };

let db: TestDatabase;
let seeded: Omit<Province, 'sessions'>;
let app: FastifyInstance;
let production: FastifyInstance;

async function appIn(mode: 'test' | 'production'): Promise<FastifyInstance> {
  const built = await buildApp({
    config: {
      searchRefreshMs: 0,
      mode,
      publicUrl: 'https://motcua.test',
      masterKey: testMasterKey,
      storage: { kind: 'local', dir: db.filesDir },
      uploadMaxBytes: 10 * 1024 * 1024,
      applicationMaxBytes: 50 * 1024 * 1024,
    },
    clock,
    database: db.database,
    logger: silentLogger,
  });
  await built.ready();
  return built;
}

beforeAll(async () => {
  db = await createTestDatabase();
  seeded = await seedProvinces(db);
  for (const name of ['fix.one', 'lock.one', 'csrf.one', 'csrf.two', 'cookie.one', 'out.one']) {
    await testOfficer(db.database, seeded.tenant.id, name, UNIT_EID.own, 'intake');
  }
  app = await appIn('test');
  production = await appIn('production');
});
afterAll(async () => {
  await app.close();
  await production.close();
  await db.drop();
});

function cookieLine(res: LightMyRequestResponse, name: string): string {
  const header = res.headers['set-cookie'];
  const lines = header === undefined ? [] : Array.isArray(header) ? header : [header];
  return lines.find((l) => l.startsWith(`${name}=`)) ?? '';
}

function tokenOf(res: LightMyRequestResponse): string {
  return (cookieLine(res, 'motcua_session').split(';')[0] ?? '').slice('motcua_session='.length);
}

function signIn(username: string, password = TEST_PASSWORD, headers: Record<string, string> = {}, on = app) {
  return on.inject({ method: 'POST', url: '/api/v1/tay-ninh/auth/login', payload: { username, password }, headers });
}

function me(token: string): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'GET', url: '/api/v1/tay-ninh/auth/me', headers: { cookie: `motcua_session=${token}` } });
}

describe('session fixation', () => {
  it('never keeps a session id chosen before sign-in', async () => {
    const planted = 'attacker-chosen-session-id-0123456789abcdefghij';
    const res = await signIn('fix.one', TEST_PASSWORD, { cookie: `motcua_session=${planted}` });
    expect(res.statusCode).toBe(200);
    const issued = tokenOf(res);
    expect(issued).not.toBe(planted);
    expect(issued).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await me(planted)).statusCode).toBe(401);
    expect((await me(issued)).statusCode).toBe(200);
  });

  it('replaces and revokes a live session presented at sign-in', async () => {
    const before = tokenOf(await signIn('fix.one'));
    const after = tokenOf(await signIn('fix.one', TEST_PASSWORD, { cookie: `motcua_session=${before}` }));
    expect(after).not.toBe(before);
    expect((await me(before)).statusCode).toBe(401);
    expect((await me(after)).statusCode).toBe(200);
  });

  it('revokes the session at sign-out: the old cookie no longer works', async () => {
    const res = await signIn('out.one');
    const token = tokenOf(res);
    const csrf = res.json<{ csrfToken: string }>().csrfToken;
    const out = await app.inject({
      method: 'POST',
      url: '/api/v1/tay-ninh/auth/logout',
      headers: { cookie: `motcua_session=${token}`, 'x-csrf-token': csrf },
    });
    expect(out.statusCode).toBe(204);
    expect(cookieLine(out, 'motcua_session')).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await me(token)).statusCode).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request without the token, with another session’s token, or with it elsewhere', async () => {
    const one = await signIn('csrf.one');
    const two = await signIn('csrf.two');
    const cookie = `motcua_session=${tokenOf(one)}`;
    const url = '/api/v1/tay-ninh/console/applications/000.20.01.H53-260302-0001/actions/accept';
    const attempts: Record<string, string>[] = [
      { cookie },
      { cookie, 'x-csrf-token': two.json<{ csrfToken: string }>().csrfToken },
      { cookie, 'x-csrf-token': '' },
      { cookie, 'x-xsrf-token': one.json<{ csrfToken: string }>().csrfToken },
    ];
    for (const headers of attempts) {
      const res = await app.inject({ method: 'POST', url, headers, payload: {} });
      expect([res.statusCode, res.json<{ code: string }>().code]).toEqual([403, 'AUTH.CSRF']);
    }
    const inBody = await app.inject({
      method: 'POST',
      url: `${url}?_csrf=${one.json<{ csrfToken: string }>().csrfToken}`,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${one.json<{ csrfToken: string }>().csrfToken}`,
    });
    expect(inBody.statusCode).not.toBe(200);
    // With the session's own token the request passes the check (the dossier does not exist).
    const right = await app.inject({
      method: 'POST',
      url,
      headers: { cookie, 'x-csrf-token': one.json<{ csrfToken: string }>().csrfToken },
      payload: {},
    });
    expect(right.statusCode).toBe(404);
  });
});

describe('brute force', () => {
  it('locks after 5 failures, refuses even the right password, and unlocks after 15 minutes', async () => {
    for (let i = 0; i < 4; i += 1) {
      const res = await signIn('lock.one', 'sai-mat-khau-roi');
      expect([res.statusCode, res.json<{ code: string }>().code]).toEqual([401, 'AUTH.INVALID_CREDENTIALS']);
    }
    const fifth = await signIn('lock.one', 'sai-mat-khau-roi');
    expect([fifth.statusCode, fifth.json<{ code: string }>().code]).toEqual([429, 'AUTH.LOCKED']);
    expect(Number(fifth.headers['retry-after'])).toBe(15 * 60);

    offsetMs += 14 * 60_000;
    const locked = await signIn('lock.one');
    expect([locked.statusCode, locked.json<{ code: string }>().code]).toEqual([429, 'AUTH.LOCKED']);
    expect(tokenOf(locked)).toBe('');

    offsetMs += 60_000 + 1_000;
    const unlocked = await signIn('lock.one');
    expect(unlocked.statusCode).toBe(200);
    expect(tokenOf(unlocked)).not.toBe('');
  });

  it('limits sign-in attempts per client address and username', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/tay-ninh/auth/login',
        payload: { username: 'khong.ton.tai', password: 'doan-mo-mat-khau' },
        remoteAddress: '198.51.100.7',
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});

describe('cookies', () => {
  it('marks the officer session cookie httpOnly, SameSite=Strict, Path=/, and Secure over HTTPS', async () => {
    const plain = cookieLine(await signIn('cookie.one'), 'motcua_session');
    expect(plain).toMatch(/; HttpOnly/);
    expect(plain).toMatch(/; SameSite=Strict/);
    expect(plain).toMatch(/; Path=\//);
    expect(plain).not.toMatch(/; Secure/);
    const proxied = cookieLine(
      await signIn('cookie.one', TEST_PASSWORD, { 'x-forwarded-proto': 'https' }),
      'motcua_session',
    );
    expect(proxied).toMatch(/; Secure/);
  });

  it('marks every cookie Secure in production, for officers and citizens', async () => {
    const officer = cookieLine(await signIn('cookie.one', TEST_PASSWORD, {}, production), 'motcua_session');
    expect(officer).toMatch(/; HttpOnly/);
    expect(officer).toMatch(/; SameSite=Strict/);
    expect(officer).toMatch(/; Secure/);
    const citizen = cookieLine(await citizenSignIn(production, db, seeded.tenant.id), 'motcua_citizen');
    expect(citizen).toMatch(/; HttpOnly/);
    expect(citizen).toMatch(/; SameSite=Strict/);
    expect(citizen).toMatch(/; Secure/);
  });
});
