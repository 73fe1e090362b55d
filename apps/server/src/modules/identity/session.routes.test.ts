import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/harness.ts';
import { tenantWithUnits } from '../../../test/factories/tenant.ts';
import type { Tenant } from '../tenants/index.ts';
import { createOfficer } from './index.ts';
import {
  buildIdentityTestApp,
  newKeyProvider,
  sessionCookie,
  testClock,
  unitEids,
} from './testing/identity-test-app.ts';

const PASSWORD = 'Núi Bà Đen 986m';
const MINUTE = 60_000;
const clock = testClock();
const keyProvider = newKeyProvider();
let db: TestDatabase;
let app: FastifyInstance;
let provinceA: Tenant;
let provinceB: Tenant;
let officerId: string;

interface Session {
  cookie: string;
  csrf: string;
}

async function signIn(tenant: Tenant = provinceA, cookie?: string): Promise<Session> {
  const response = await app.inject({
    method: 'POST',
    url: `/api/v1/${tenant.slug}/auth/login`,
    payload: { username: 'officer@test', password: PASSWORD },
    ...(cookie ? { cookies: { motcua_session: cookie } } : {}),
  });
  expect(response.statusCode).toBe(200);
  return { cookie: sessionCookie(response)?.value ?? '', csrf: response.json<{ csrfToken: string }>().csrfToken };
}

function call(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  session: Partial<Session>,
  tenant: Tenant = provinceA,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url: `/api/v1/${tenant.slug}${path}`,
    ...(session.cookie !== undefined ? { cookies: { motcua_session: session.cookie } } : {}),
    headers: session.csrf !== undefined ? { 'x-csrf-token': session.csrf } : {},
  });
}

function code(response: LightMyRequestResponse): [number, unknown] {
  return [response.statusCode, response.json<{ code?: string }>().code];
}

beforeAll(async () => {
  db = await createTestDatabase();
  provinceA = await tenantWithUnits(db.database);
  provinceB = await tenantWithUnits(db.database);
  app = (await buildIdentityTestApp({ database: db.database, keyProvider, clock })).app;
  const deps = { database: db.database, keyProvider, now: clock.now };
  for (const tenant of [provinceA, provinceB]) {
    const [centre = ''] = await unitEids(db.database, tenant.id);
    const input = {
      username: 'officer@test',
      fullName: 'Trần Thị Thử',
      unitEid: centre,
      roles: [{ unitEid: centre, role: 'leader' as const }],
      password: PASSWORD,
    };
    const created = await createOfficer(deps, tenant.id, input);
    if (tenant === provinceA) officerId = created.id;
  }
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('officer sessions', () => {
  it('GET /auth/me returns the officer and the session’s CSRF token', async () => {
    const session = await signIn();
    const me = await call('GET', '/auth/me', { cookie: session.cookie });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      officer: { id: officerId, username: 'officer@test', roles: [{ role: 'leader' }] },
      csrfToken: session.csrf,
    });
    expect(code(await call('GET', '/auth/me', {}))).toEqual([401, 'AUTH.UNAUTHENTICATED']);
    expect(code(await call('GET', '/auth/me', { cookie: 'forged' }))).toEqual([401, 'AUTH.UNAUTHENTICATED']);
  });

  it('opens a new session at every sign-in and revokes the cookie presented with it (no fixation)', async () => {
    const first = await signIn();
    const second = await signIn(provinceA, first.cookie);
    expect(second.cookie).not.toBe(first.cookie);
    expect(second.csrf).not.toBe(first.csrf);
    expect(code(await call('GET', '/auth/me', { cookie: first.cookie }))).toEqual([401, 'AUTH.UNAUTHENTICATED']);
    expect((await call('GET', '/auth/me', { cookie: second.cookie })).statusCode).toBe(200);
  });

  it('requires the CSRF header on state-changing requests', async () => {
    const session = await signIn();
    const noHeader = { cookie: session.cookie };
    const wrongHeader = { cookie: session.cookie, csrf: `${session.csrf.slice(0, -1)}x` };
    for (const method of ['POST', 'PUT', 'DELETE'] as const) {
      expect(code(await call(method, '/test/guarded', noHeader))).toEqual([403, 'AUTH.CSRF']);
      expect(code(await call(method, '/test/guarded', wrongHeader))).toEqual([403, 'AUTH.CSRF']);
    }
    const ok = await call('POST', '/test/guarded', session);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ id: officerId, tenantId: provinceA.id, roles: [{ role: 'leader' }] });
    expect((await call('GET', '/test/guarded', noHeader)).statusCode).toBe(200);
  });

  it('signs out: the session is revoked and the cookie cleared', async () => {
    const session = await signIn();
    expect(code(await call('POST', '/auth/logout', { cookie: session.cookie }))).toEqual([403, 'AUTH.CSRF']);
    const out = await call('POST', '/auth/logout', session);
    expect(out.statusCode).toBe(204);
    expect(sessionCookie(out)?.value).toBe('');
    expect(code(await call('GET', '/auth/me', session))).toEqual([401, 'AUTH.UNAUTHENTICATED']);
    expect(code(await call('POST', '/auth/logout', session))).toEqual([401, 'AUTH.UNAUTHENTICATED']);
  });

  it('ends a session idle for 30 minutes', async () => {
    const session = await signIn();
    clock.advance(29 * MINUTE);
    expect((await call('GET', '/auth/me', session)).statusCode).toBe(200);
    clock.advance(29 * MINUTE);
    expect((await call('GET', '/auth/me', session)).statusCode).toBe(200);
    clock.advance(30 * MINUTE);
    expect(code(await call('GET', '/auth/me', session))).toEqual([401, 'AUTH.UNAUTHENTICATED']);
  });

  it('ends an active session 12 hours after sign-in', async () => {
    const session = await signIn();
    for (let i = 0; i < 35; i += 1) {
      clock.advance(20 * MINUTE);
      expect((await call('GET', '/auth/me', session)).statusCode).toBe(200);
    }
    clock.advance(20 * MINUTE);
    expect(code(await call('GET', '/auth/me', session))).toEqual([401, 'AUTH.UNAUTHENTICATED']);
  });

  it('does not accept one province’s session on another province’s URL', async () => {
    const session = await signIn(provinceA);
    expect((await call('GET', '/auth/me', session, provinceA)).statusCode).toBe(200);
    expect(code(await call('GET', '/auth/me', session, provinceB))).toEqual([401, 'AUTH.UNAUTHENTICATED']);
    expect(code(await call('POST', '/test/guarded', session, provinceB))).toEqual([401, 'AUTH.UNAUTHENTICATED']);
  });

  it('ends the sessions of a disabled officer and refuses their sign-in', async () => {
    const session = await signIn(provinceB);
    await db.database.pool.query(`update officers set status = 'disabled' where tenant_id = $1`, [provinceB.id]);
    expect(code(await call('GET', '/auth/me', session, provinceB))).toEqual([401, 'AUTH.UNAUTHENTICATED']);
    const again = await app.inject({
      method: 'POST',
      url: `/api/v1/${provinceB.slug}/auth/login`,
      payload: { username: 'officer@test', password: PASSWORD },
    });
    expect(code(again)).toEqual([401, 'AUTH.INVALID_CREDENTIALS']);
  });
});
