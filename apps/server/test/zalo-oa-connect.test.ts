import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ZaloChannelSettings } from '@motcua/contracts';
import { startZaloSim, type RunningZaloSim } from '@motcua/zalo-sim/server';
import { DEMO_ZALO_APP, seedDemo } from '../src/demo/seed-demo.ts';
import {
  createOaTokenStore,
  zaloChatChannel,
  ZaloTokenUnavailable,
  type OaTokenStore,
} from '../src/modules/channels/index.ts';
import { masterKeyProvider } from '../src/platform/crypto/key-provider.ts';
import { newId } from '../src/platform/ids.ts';
import { buildTestApp, testMasterKey } from './app.ts';
import { loginOfficer, testOfficer, type OfficerSession } from './factories/officer.ts';
import { tenantWithUnits } from './factories/tenant.ts';
import { callSim } from './sim-client.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

const CENTRE = '000.00.00.H53';
const CALLBACK = 'https://motcua.test/api/v1/tay-ninh/channels/zalo/oauth/callback';
const CONSOLE = 'https://motcua.test/console/#/admin/channels';

let db: TestDatabase;
let app: FastifyInstance;
let zalo: RunningZaloSim;
let tenantId: string;
let tokens: OaTokenStore;
let admin: OfficerSession;
let intake: OfficerSession;
/** The server's clock; the simulator keeps real time. */
let now = new Date('2026-11-24T03:00:00.000Z');

const sim = <T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> =>
  callSim<T>(zalo.url, method, path, body);

const sql = async <T>(text: string, values: unknown[] = []): Promise<T[]> =>
  (await db.database.pool.query(text, values)).rows as T[];

beforeAll(async () => {
  db = await createTestDatabase();
  const keyProvider = masterKeyProvider(testMasterKey);
  tenantId = (await seedDemo(db.database, keyProvider)).tenant.id;
  zalo = await startZaloSim({ ...DEMO_ZALO_APP });
  app = await buildTestApp(db, { clock: { now: () => now }, zaloHosts: { oauth: zalo.hosts.oauth } });
  await testOfficer(db.database, tenantId, 'oa.admin', CENTRE, 'admin');
  await testOfficer(db.database, tenantId, 'oa.intake', CENTRE, 'intake');
  admin = await loginOfficer(app, 'tay-ninh', 'oa.admin');
  intake = await loginOfficer(app, 'tay-ninh', 'oa.intake');
  tokens = createOaTokenStore({
    database: db.database,
    keyProvider,
    hosts: () => zalo.hosts,
    credentials: () => Promise.resolve({ appId: DEMO_ZALO_APP.appId, appSecret: DEMO_ZALO_APP.appSecret }),
    // The server's clock: the pair the callback stores expires 25 h after the server's `now`, and
    // read by the real clock it looked expired (and was refreshed) from the day after that date on.
    now: () => now,
  });
});
afterAll(async () => {
  await app.close();
  await zalo.close();
  await db.drop();
});
beforeEach(async () => {
  await sim('DELETE', '/faults');
});

function call(session: OfficerSession | null, method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: object) {
  return app.inject({
    method,
    url: `/api/v1/tay-ninh/console/admin/channels/zalo${path}`,
    headers: session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {},
    ...(body ? { payload: body } : {}),
  });
}

async function settings(): Promise<ZaloChannelSettings> {
  return (await call(admin, 'GET', '')).json<ZaloChannelSettings>();
}

/** The admin presses "Kết nối Zalo OA": the consent URL the console sends the browser to. */
async function startConnect(session = admin): Promise<URL> {
  const res = await call(session, 'POST', '/connect');
  expect(res.statusCode, res.body).toBe(200);
  return new URL(res.json<{ authorizeUrl: string }>().authorizeUrl);
}

/** The browser on Zalo's consent page: loads it, presses a button, and reads where Zalo sends it. */
async function consent(authorizeUrl: URL, decision: 'allow' | 'deny'): Promise<URL> {
  const page = await fetch(authorizeUrl);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain('Cho phép ứng dụng');
  const fields: Record<string, string> = { decision };
  for (const match of html.matchAll(/<input type="hidden" name="([a-z_]+)" value="([^"]*)">/g)) {
    fields[match[1] ?? ''] = (match[2] ?? '').replace(/&#(\d+);/g, (_m, code: string) =>
      String.fromCharCode(Number(code)),
    );
  }
  const pressed = await fetch(new URL(authorizeUrl.pathname, authorizeUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
  expect(pressed.status).toBe(303);
  return new URL(String(pressed.headers.get('location')));
}

/** The browser arriving at our callback: where it is sent next. */
async function arrive(callback: URL): Promise<string> {
  expect(`${callback.origin}${callback.pathname}`).toBe(CALLBACK);
  const res = await app.inject({ method: 'GET', url: `${callback.pathname}${callback.search}` });
  expect(res.statusCode, res.body).toBe(302);
  expect(res.headers['cache-control']).toBe('no-store');
  return String(res.headers['location']);
}

const failed = (code: string) => `${CONSOLE}?zalo=error&code=${code}`;

async function pendingConsents(): Promise<number> {
  const rows = await sql<{ n: number }>(
    `select count(*)::int as n from tenant_settings where tenant_id = $1 and key like 'channel.zalo.oauth.%'`,
    [tenantId],
  );
  return rows[0]?.n ?? 0;
}

async function storedAccessToken(): Promise<string | undefined> {
  const rows = await sql<{ access_token: string }>(`select access_token from zalo_oa_tokens where tenant_id = $1`, [
    tenantId,
  ]);
  return rows[0]?.access_token;
}

describe('connecting the province’s Zalo OA from the console', () => {
  it('runs the OAuth v4 round trip: consent, callback, first token pair stored, a CS message sent with it', async () => {
    // An earlier pair, already refreshed once (generation 2).
    const old = await sim<{ access_token: string; refresh_token: string; expires_in: string }>('POST', '/oauth/tokens');
    await tokens.store(tenantId, {
      accessToken: old.access_token,
      refreshToken: old.refresh_token,
      expiresInSeconds: Number(old.expires_in),
    });
    const previous = await tokens.refresh(tenantId, await tokens.current(tenantId));
    expect(previous.generation).toBe(2);
    expect(await settings()).toMatchObject({ connected: true, connectedAt: null });

    const authorizeUrl = await startConnect();
    expect(`${authorizeUrl.origin}${authorizeUrl.pathname}`).toBe(`${zalo.hosts.oauth}/v4/oa/permission`);
    expect([...authorizeUrl.searchParams.keys()].sort()).toEqual(['app_id', 'code_challenge', 'redirect_uri', 'state']);
    expect(authorizeUrl.searchParams.get('app_id')).toBe(DEMO_ZALO_APP.appId);
    expect(authorizeUrl.searchParams.get('redirect_uri')).toBe(CALLBACK);
    expect(authorizeUrl.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const state = authorizeUrl.searchParams.get('state') ?? '';
    expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const pending = await sql<{ key: string; value: unknown }>(
      `select key, value from tenant_settings where tenant_id = $1 and key like 'channel.zalo.oauth.%'`,
      [tenantId],
    );
    expect(pending).toHaveLength(1);
    expect(JSON.stringify(pending)).not.toContain(state);

    const callback = await consent(authorizeUrl, 'allow');
    expect(callback.searchParams.get('oa_id')).toBe(DEMO_ZALO_APP.oaId);
    expect(callback.searchParams.get('state')).toBe(state);
    expect(await arrive(callback)).toBe(`${CONSOLE}?zalo=connected`);
    expect(await pendingConsents()).toBe(0);

    const current = await tokens.current(tenantId);
    expect(current.generation).toBe(1);
    expect(current.accessToken).not.toBe(previous.accessToken);
    expect(await settings()).toMatchObject({
      connected: true,
      connectedAt: now.toISOString(),
      tokenExpiresAt: new Date(now.getTime() + 25 * 3_600_000).toISOString(),
    });

    const audit = await sql<{ actor_id: string; detail: string }>(
      `select actor_id, detail::text from audit_log where tenant_id = $1 and action = 'channel.zalo.connect'`,
      [tenantId],
    );
    const officer = await sql<{ id: string }>(`select id from officers where tenant_id = $1 and username = $2`, [
      tenantId,
      'oa.admin',
    ]);
    expect(audit).toEqual([
      { actor_id: officer[0]?.id, detail: `{"appId":"${DEMO_ZALO_APP.appId}","oaId":"${DEMO_ZALO_APP.oaId}"}` },
    ]);
    const code = callback.searchParams.get('code') ?? '';
    for (const secret of [current.accessToken, state, code, DEMO_ZALO_APP.appSecret]) {
      expect(JSON.stringify(audit)).not.toContain(secret);
      expect(JSON.stringify(await settings())).not.toContain(secret);
    }

    const follower = await sim<{ userId: string }>('POST', '/users', { name: 'Nguyễn Thị Lan', follow: true });
    const channel = zaloChatChannel({
      tokens,
      hosts: () => zalo.hosts,
      connected: () => Promise.resolve(true),
      templateId: () => Promise.resolve(undefined),
      znsDeduplicates: true,
    });
    const sent = await channel.send({
      tenantId,
      deliveryId: newId(),
      attempt: 1,
      to: { zaloUserId: follower.userId },
      content: { kind: 'text', text: 'OA của tỉnh đã được kết nối.' },
    });
    expect(sent).toMatchObject({ outcome: 'sent' });
    expect((await tokens.current(tenantId)).accessToken).toBe(current.accessToken);

    // The same callback again (a reload, or someone who saw the URL): the state is spent.
    expect(await arrive(callback)).toBe(failed('CHANNEL.OAUTH_STATE'));
    expect((await tokens.current(tenantId)).accessToken).toBe(current.accessToken);
  });

  it('refuses a state that is unknown, missing, or older than 10 minutes', async () => {
    const before = await storedAccessToken();
    const authorizeUrl = await startConnect();
    const callback = await consent(authorizeUrl, 'allow');
    const forged = new URL(callback);
    forged.searchParams.set('state', 'x'.repeat(43));
    expect(await arrive(forged)).toBe(failed('CHANNEL.OAUTH_STATE'));
    const missing = new URL(callback);
    missing.searchParams.delete('state');
    expect(await arrive(missing)).toBe(failed('CHANNEL.OAUTH_STATE'));

    const started = now;
    now = new Date(started.getTime() + 10 * 60_000 + 1_000);
    try {
      expect(await arrive(callback)).toBe(failed('CHANNEL.OAUTH_STATE'));
    } finally {
      now = started;
    }
    // The expired consent was spent by that try, and nothing was stored.
    expect(await arrive(callback)).toBe(failed('CHANNEL.OAUTH_STATE'));
    expect(await storedAccessToken()).toBe(before);
  });

  it('purges consents abandoned for more than 10 minutes when a new one starts', async () => {
    await startConnect();
    await startConnect();
    expect(await pendingConsents()).toBe(2);
    const started = now;
    now = new Date(started.getTime() + 11 * 60_000);
    try {
      await startConnect();
      expect(await pendingConsents()).toBe(1);
    } finally {
      now = started;
    }
  });

  it('refuses a consent given for another OA and stores nothing', async () => {
    const before = await storedAccessToken();
    const callback = await consent(await startConnect(), 'allow');
    callback.searchParams.set('oa_id', '1111111111111111111');
    expect(await arrive(callback)).toBe(failed('CHANNEL.OAUTH_OA_MISMATCH'));
    expect(await storedAccessToken()).toBe(before);
  });

  it('stores nothing when the OA admin declines or Zalo refuses the code', async () => {
    const before = await storedAccessToken();
    const declined = await consent(await startConnect(), 'deny');
    expect(declined.searchParams.get('error')).toBe('access_denied');
    expect(await arrive(declined)).toBe(failed('CHANNEL.OAUTH_REFUSED'));

    const callback = await consent(await startConnect(), 'allow');
    callback.searchParams.set('code', 'ma-da-het-han');
    expect(await arrive(callback)).toBe(failed('CHANNEL.OAUTH_REFUSED'));

    await sim('POST', '/faults', [{ endpoint: '/oauth/v4/oa/access_token', kind: 'http_error', status: 503 }]);
    expect(await arrive(await consent(await startConnect(), 'allow'))).toBe(failed('CHANNEL.OAUTH_UNAVAILABLE'));

    expect(await storedAccessToken()).toBe(before);
    const audits = await sql<{ n: number }>(
      `select count(*)::int as n from audit_log where tenant_id = $1 and action = 'channel.zalo.connect'`,
      [tenantId],
    );
    expect(audits[0]?.n).toBe(1);
  });

  it('lets only admins start or undo a connection, with the CSRF token', async () => {
    const pendingBefore = await pendingConsents();
    expect((await call(null, 'POST', '/connect')).statusCode).toBe(401);
    expect((await call(intake, 'POST', '/connect')).statusCode).toBe(403);
    const noCsrf = await app.inject({
      method: 'POST',
      url: '/api/v1/tay-ninh/console/admin/channels/zalo/connect',
      headers: { cookie: admin.cookie },
    });
    expect([noCsrf.statusCode, noCsrf.json<{ code: string }>().code]).toEqual([403, 'AUTH.CSRF']);
    expect((await call(intake, 'DELETE', '/connection')).statusCode).toBe(403);
    expect(await pendingConsents()).toBe(pendingBefore);
    expect((await settings()).connected).toBe(true);
  });

  it('answers 409 to a province that has not stored its Zalo app yet', async () => {
    const other = await tenantWithUnits(db.database, 'tinh-chua-co-oa');
    const units = await sql<{ eid: string }>(`select eid from units where tenant_id = $1 and parent_id is null`, [
      other.id,
    ]);
    await testOfficer(db.database, other.id, 'oa.admin2', units[0]?.eid ?? '', 'admin');
    const session = await loginOfficer(app, other.slug, 'oa.admin2');
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/${other.slug}/console/admin/channels/zalo/connect`,
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
    });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'CHANNEL.ZALO_NOT_CONFIGURED' });
    const status = await app.inject({
      method: 'GET',
      url: `/api/v1/${other.slug}/console/admin/channels/zalo`,
      headers: { cookie: session.cookie },
    });
    expect(status.json()).toMatchObject({ connected: false, tokenExpiresAt: null, connectedAt: null });
  });

  it('disconnects: the tokens are forgotten, audited once', async () => {
    const res = await call(admin, 'DELETE', '/connection');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ connected: false, tokenExpiresAt: null, connectedAt: null, secretSet: true });
    await expect(tokens.current(tenantId)).rejects.toBeInstanceOf(ZaloTokenUnavailable);
    expect((await call(admin, 'DELETE', '/connection')).statusCode).toBe(200);
    const audits = await sql<{ n: number }>(
      `select count(*)::int as n from audit_log where tenant_id = $1 and action = 'channel.zalo.disconnect'`,
      [tenantId],
    );
    expect(audits[0]?.n).toBe(1);
  });

  it('disconnects when an admin stores another app or OA id, whose tokens these are not', async () => {
    expect(await arrive(await consent(await startConnect(), 'allow'))).toBe(`${CONSOLE}?zalo=connected`);
    const ids = { oaId: DEMO_ZALO_APP.oaId, appId: DEMO_ZALO_APP.appId };
    expect((await call(admin, 'PUT', '', ids)).json()).toMatchObject({ connected: true });
    const changed = await call(admin, 'PUT', '', { ...ids, oaId: '2222222222222222222' });
    expect(changed.json()).toMatchObject({ connected: false, connectedAt: null });
    expect(await storedAccessToken()).toBeUndefined();
    await call(admin, 'PUT', '', ids);
  });
});
