import type * as Fastify from 'fastify';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_ZALO_APP } from '../../src/demo/seed-demo.ts';
import { createOaTokenStore, ZALO_HOSTS } from '../../src/modules/channels/index.ts';
import { createOfficer } from '../../src/modules/identity/index.ts';
import { masterKeyProvider } from '../../src/platform/crypto/key-provider.ts';
import { newId } from '../../src/platform/ids.ts';
import { testMasterKey } from '../app.ts';
import { loginOfficer, TEST_PASSWORD } from '../factories/officer.ts';
import { uploadRow } from '../factories/upload.ts';
import { createTestDatabase, type TestDatabase } from '../harness.ts';
import {
  as,
  CALLERS,
  citizenCookie,
  fileDossier,
  seedProvinces,
  signInAll,
  uploadPhoto,
  UNIT_EID,
  type Caller,
  type Province,
} from './kit.ts';
import { ROUTE_MATRIX, type Access, type Fixtures, type RouteSpec } from './route-matrix.ts';
import type { Scope } from './route-spec.ts';
import { HOOK_URL } from './routes-integrations.ts';

/**
 * Every route the app registers, as Fastify reports it to an `onRoute` hook added at creation. The
 * app is imported afresh below (`vi.resetModules`): test files may share a worker's modules, and an
 * app module loaded earlier would hold the real `fastify`, not this one.
 */
const registered = vi.hoisted(() => new Set<string>());
vi.mock('fastify', async (importOriginal) => {
  const fastify = await importOriginal<typeof Fastify>();
  const original = fastify.default as unknown as (...args: unknown[]) => FastifyInstance;
  const create = (...args: unknown[]): FastifyInstance => {
    const app = original(...args);
    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) if (method !== 'HEAD') registered.add(`${method} ${route.url}`);
    });
    return app;
  };
  return { ...fastify, default: create };
});

let db: TestDatabase;
let app: FastifyInstance;
let province: Province;
let f: Fixtures;

async function chatThread(tenantId: string): Promise<string> {
  const id = newId();
  await db.database.pool.query(
    `insert into chat_threads (tenant_id, id, channel, external_user_id, handoff, handoff_at, last_message_at)
     values ($1, $2, 'zalo', $3, 'open', now(), now())`,
    [tenantId, id, `matrix-user-${id}`],
  );
  return id;
}

async function connectOa(tenantId: string): Promise<void> {
  const tokens = createOaTokenStore({
    database: db.database,
    keyProvider: masterKeyProvider(testMasterKey),
    hosts: () => ZALO_HOSTS,
    credentials: () => Promise.resolve({ appId: DEMO_ZALO_APP.appId, appSecret: DEMO_ZALO_APP.appSecret }),
    now: () => new Date(),
  });
  await tokens.store(tenantId, {
    accessToken: 'matrix-access',
    refreshToken: 'matrix-refresh',
    expiresInSeconds: 3600,
  });
}

async function qrTokenOf(code: string, key: string): Promise<string> {
  const own = province.sessions.get('own');
  const accept = await as(app, province, 'own', {
    method: 'POST',
    url: `/api/v1/tay-ninh/console/applications/${code}/actions/accept`,
    payload: {},
  });
  if (accept.statusCode !== 200 || !own) throw new Error(`accept failed: ${accept.statusCode}`);
  const view = await app.inject({ method: 'GET', url: `/api/v1/tay-ninh/applications/${code}?key=${key}` });
  return view.json<{ qrUrl: string }>().qrUrl.split('/q/')[1] ?? '';
}

/** API keys and webhook endpoints: created by the admins through the console, one by an integrator. */
async function integrationFixtures(): Promise<
  Pick<Fixtures, 'apiKeys' | 'revocableKeyId' | 'webhookId' | 'integratorWebhookId'>
> {
  const key = async (caller: Caller, slug: string, scopes: Scope[]) => {
    const res = await as(app, province, caller, {
      method: 'POST',
      url: `/api/v1/${slug}/console/admin/integrations/keys`,
      payload: { name: `Khoá ${scopes.join(' ')}`, scopes },
    });
    if (res.statusCode !== 201) throw new Error(`key: ${res.statusCode} ${res.body}`);
    return res.json<{ id: string; secret: string }>();
  };
  const scopes: Scope[] = ['applications:read', 'applications:export', 'webhooks:manage'];
  const all = await key('adminOnly', 'tay-ninh', scopes);
  const apiKeys = {
    all: all.secret,
    'applications:read': (await key('adminOnly', 'tay-ninh', ['applications:read'])).secret,
    'applications:export': (await key('adminOnly', 'tay-ninh', ['applications:export'])).secret,
    'webhooks:manage': (await key('adminOnly', 'tay-ninh', ['webhooks:manage'])).secret,
    elsewhere: (await key('otherTenant', 'tinh-khac', scopes)).secret,
  };
  const hook = { url: HOOK_URL, events: ['application.accepted'] };
  const consoleHook = await as(app, province, 'adminOnly', {
    method: 'POST',
    url: '/api/v1/tay-ninh/console/admin/integrations/webhooks',
    payload: hook,
  });
  const integratorHook = await app.inject({
    method: 'POST',
    url: '/api/v1/tay-ninh/integrations/webhooks',
    payload: hook,
    headers: { authorization: `Bearer ${all.secret}` },
  });
  if (consoleHook.statusCode !== 201 || integratorHook.statusCode !== 201) {
    throw new Error(`webhooks: ${consoleHook.body} ${integratorHook.body}`);
  }
  return {
    apiKeys,
    revocableKeyId: (await key('adminOnly', 'tay-ninh', ['applications:read'])).id,
    webhookId: consoleHook.json<{ id: string }>().id,
    integratorWebhookId: integratorHook.json<{ id: string }>().id,
  };
}

beforeAll(async () => {
  db = await createTestDatabase();
  const seeded = await seedProvinces(db);
  vi.resetModules();
  const { buildTestApp } = await import('../app.ts');
  app = await buildTestApp(db);
  province = await signInAll(app, db, seeded);
  const tenantId = province.tenant.id;
  await connectOa(tenantId);
  const uploads = await Promise.all(Array.from({ length: 6 }, () => uploadRow(db, tenantId)));
  const editable = await createOfficer(
    { database: db.database, keyProvider: masterKeyProvider(testMasterKey) },
    tenantId,
    {
      username: 'sec.editable',
      fullName: 'Cán bộ được sửa',
      unitEid: UNIT_EID.own,
      roles: [{ unitEid: UNIT_EID.own, role: 'intake' }],
      password: TEST_PASSWORD,
    },
  );
  const scheduled = await as(app, province, 'adminOnly', {
    method: 'POST',
    url: '/api/v1/tay-ninh/console/admin/broadcasts',
    payload: {
      title: 'Lịch nghỉ Tết',
      kind: 'text',
      body: 'Trung tâm nghỉ Tết từ 14/02/2026.',
      target: { all: true },
      scheduledAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    },
  });
  if (scheduled.statusCode !== 201) throw new Error(`broadcast: ${scheduled.statusCode} ${scheduled.body}`);
  const accepted = await fileDossier(app);
  const integrations = await integrationFixtures();
  let counter = 10;
  f = {
    province,
    accepted,
    submitted: await fileDossier(app),
    keyed: await fileDossier(app),
    nextUpload: () => uploads.pop() ?? '',
    upload: await uploadPhoto(app),
    chatId: await chatThread(tenantId),
    broadcastId: scheduled.json<{ id: string }>().id,
    editableOfficerId: editable.id,
    qrToken: await qrTokenOf(accepted.code, accepted.key),
    unique: () => String((counter += 1)),
    ...integrations,
  };
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

/** Who the access class lets in; the first is the one that makes state-changing calls. */
const allowedBy: Record<Exclude<Access, 'public' | 'key' | 'signed' | 'integrator'>, Caller[]> = {
  citizen: ['citizen'],
  officer: ['own', 'otherUnit', 'processor', 'adminOnly'],
  chat: ['own', 'otherUnit', 'processor'],
  unit: ['own'],
  admin: ['adminOnly'],
};

/** What a caller outside the class gets: 401 without a session of this province, else 403. */
function deniedStatus(caller: Caller): number {
  return ['anonymous', 'citizen', 'otherTenant'].includes(caller) ? 401 : 403;
}

async function freshSession(spec: RouteSpec): Promise<Province> {
  const sessions = new Map(province.sessions);
  if (spec.access === 'citizen') sessions.set('citizen', { cookie: await citizenCookie(app, db, province.tenant.id) });
  else sessions.set('own', await loginOfficer(app, 'tay-ninh', 'sec.intake'));
  return { ...province, sessions };
}

async function checkGuarded(spec: RouteSpec & { access: keyof typeof allowedBy }): Promise<void> {
  const request = spec.request(f);
  const isRead = request.method === 'GET';
  const allowed = allowedBy[spec.access].filter((c) => spec.expect?.[c] === undefined);
  for (const caller of CALLERS) {
    if (allowed.includes(caller) && spec.expect?.[caller] === undefined) continue;
    const want = spec.expect?.[caller] ?? (spec.access === 'citizen' ? 401 : deniedStatus(caller));
    const res = await as(app, province, caller, request);
    expect(res.statusCode, `${caller}: ${res.body.slice(0, 160)}`).toBe(want);
  }
  const [primary = 'own'] = allowed;
  if (!isRead && spec.access !== 'citizen') {
    const noCsrf = await as(app, province, primary, request, { csrf: false });
    expect([noCsrf.statusCode, noCsrf.json<{ code: string }>().code]).toEqual([403, 'AUTH.CSRF']);
  }
  const callers = isRead ? allowed : [primary];
  for (const caller of callers) {
    const sessions = spec.endsSession ? await freshSession(spec) : province;
    const res = await as(app, sessions, caller, spec.request(f));
    expect(res.statusCode, `${caller}: ${res.body.slice(0, 300)}`).toBe(spec.ok);
  }
}

async function checkOpen(spec: RouteSpec): Promise<void> {
  if (spec.forged) {
    for (const caller of ['anonymous', 'own', 'citizen'] as const) {
      const res = await as(app, province, caller, spec.forged(f));
      expect(res.statusCode, `${caller} forged: ${res.body.slice(0, 160)}`).toBe(
        spec.forgedStatus ?? (spec.access === 'key' ? 404 : 401),
      );
      if (spec.route === 'GET /api/v1/qr/*') expect(res.json()).toEqual({ valid: false });
    }
  }
  const res = await app.inject(spec.request(f));
  expect(res.statusCode, res.body.slice(0, 300)).toBe(spec.ok);
}

/** Integrators' routes: only a key of this province holding the route's scope gets in. */
async function checkIntegrator(spec: RouteSpec): Promise<void> {
  const request = spec.request(f);
  const scope = spec.scope ?? 'applications:read';
  const withKey = (key: string) => ({ ...request, headers: { authorization: `Bearer ${key}` } });
  for (const caller of CALLERS) {
    const res = await as(app, province, caller, request);
    expect(res.statusCode, `${caller} without a key`).toBe(401);
  }
  const otherScope = (['applications:read', 'applications:export', 'webhooks:manage'] as const).find(
    (s) => s !== scope,
  );
  const refusals: [string, string, number][] = [
    ['another province’s key', f.apiKeys.elsewhere, 401],
    ['a made-up key', `${f.apiKeys.all.slice(0, -6)}AAAAAA`, 401],
    ['a key without the scope', f.apiKeys[otherScope ?? 'applications:read'], 403],
  ];
  for (const [who, key, status] of refusals) {
    expect((await app.inject(withKey(key))).statusCode, who).toBe(status);
  }
  for (const key of [f.apiKeys[scope], f.apiKeys.all]) {
    const res = await app.inject(withKey(key));
    expect(res.statusCode, res.body.slice(0, 300)).toBe(spec.ok);
    if (request.method !== 'GET') break;
  }
}

describe('access matrix: every route × every kind of caller', () => {
  it('has an entry for every route the app serves, and no entry for a route it does not', () => {
    const listed = new Set(ROUTE_MATRIX.map((s) => s.route));
    const missing = [...registered].filter((r) => !listed.has(r)).sort();
    expect(missing, `routes without a matrix entry: ${missing.join(', ')}`).toEqual([]);
    expect([...listed].filter((r) => !registered.has(r)).sort(), 'entries for no route').toEqual([]);
    expect(ROUTE_MATRIX.length).toBe(listed.size);
  });

  it.each(ROUTE_MATRIX.map((spec) => [spec.route, spec.access, spec] as const))('%s (%s)', async (_r, access, spec) => {
    if (access === 'public' || access === 'key' || access === 'signed') await checkOpen(spec);
    else if (access === 'integrator') await checkIntegrator(spec);
    else await checkGuarded(spec as RouteSpec & { access: typeof access });
  });
});

describe('one province never reaches another’s records', () => {
  const far = (request: InjectOptions) => as(app, province, 'otherTenant', request);

  it('does not accept a session of one province on another province’s URL, nor the reverse', async () => {
    const own = await as(app, province, 'own', { method: 'GET', url: '/api/v1/tinh-khac/auth/me' });
    expect(own.statusCode).toBe(401);
    const citizen = await as(app, province, 'citizen', {
      method: 'GET',
      url: '/api/v1/tinh-khac/citizen/applications',
    });
    expect(citizen.statusCode).toBe(401);
  });

  it('finds none of the other province’s records by id through its own URL', async () => {
    const base = '/api/v1/tinh-khac/console';
    const ownUnit = province.unitIds[UNIT_EID.own] ?? '';
    const attempts: [InjectOptions, number][] = [
      [{ method: 'PATCH', url: `${base}/admin/units/${ownUnit}`, payload: { name: 'Đã bị đổi tên' } }, 404],
      [{ method: 'PATCH', url: `${base}/admin/officers/${f.editableOfficerId}`, payload: { active: false } }, 404],
      [{ method: 'GET', url: `${base}/admin/broadcasts/${f.broadcastId}` }, 404],
      [{ method: 'POST', url: `${base}/admin/broadcasts/${f.broadcastId}/cancel` }, 404],
      [{ method: 'GET', url: `${base}/stats?unit=${ownUnit}` }, 404],
    ];
    for (const [request, status] of attempts) {
      const res = await far(request);
      expect(res.statusCode, `${request.method ?? ''} ${request.url as string}: ${res.body.slice(0, 160)}`).toBe(
        status,
      );
    }
    const farIntake = await loginOfficer(app, 'tinh-khac', 'far.intake');
    for (const url of [
      `${base}/applications/${f.submitted.code}`,
      `${base}/applications/${f.submitted.code}/documents/${f.submitted.uploadId}`,
      `${base}/applications/${f.submitted.code}/forms/tracking-sheet.pdf`,
      `${base}/chats/${f.chatId}`,
    ]) {
      const res = await app.inject({ method: 'GET', url, headers: { cookie: farIntake.cookie } });
      expect(res.statusCode, `${url}: ${res.body.slice(0, 160)}`).toBe(404);
    }
    const lookup = await app.inject({
      method: 'GET',
      url: `/api/v1/tinh-khac/applications/${f.keyed.code}?key=${f.keyed.key}`,
    });
    expect(lookup.statusCode).toBe(404);
  });
});

describe('unit and role scopes inside a province', () => {
  it('shows an officer only their own units’ dossiers in the inbox', async () => {
    const { code } = await fileDossier(app);
    const list = async (caller: Caller): Promise<string[]> => {
      const res = await as(app, province, caller, {
        method: 'GET',
        url: '/api/v1/tay-ninh/console/applications?limit=200',
      });
      return res.json<{ items: { code: string }[] }>().items.map((i) => i.code);
    };
    expect(await list('own')).toContain(code);
    expect(await list('processor')).toContain(code);
    expect(await list('otherUnit')).not.toContain(code);
    expect(await list('adminOnly')).not.toContain(code);
  });

  it('refuses figures and colleagues of a unit outside the officer’s scope', async () => {
    const otherUnit = province.unitIds[UNIT_EID.other] ?? '';
    for (const url of [`/console/stats?unit=${otherUnit}`, `/console/officers?unit=${otherUnit}`]) {
      const res = await as(app, province, 'own', { method: 'GET', url: `/api/v1/tay-ninh${url}` });
      expect(res.statusCode, url).toBe(403);
    }
  });

  it('lets a role take only its own workflow actions on its unit', async () => {
    const { code } = await fileDossier(app);
    const action = (caller: Caller, name: string) =>
      as(app, province, caller, {
        method: 'POST',
        url: `/api/v1/tay-ninh/console/applications/${code}/actions/${name}`,
        payload: name === 'refuse' ? { reason: 'Không đủ điều kiện' } : {},
      });
    expect((await action('processor', 'accept')).statusCode).toBe(403);
    expect((await action('adminOnly', 'refuse')).statusCode).toBe(403);
    expect((await action('otherUnit', 'accept')).statusCode).toBe(403);
    expect((await action('own', 'accept')).statusCode).toBe(200);
    expect((await action('own', 'start_processing')).statusCode).toBe(403);
    expect((await action('processor', 'start_processing')).statusCode).toBe(200);
  });

  it('logs every read of a document, and only reads that were allowed', async () => {
    const { code, uploadId } = await fileDossier(app);
    expect(uploadId).toMatch(/^[0-9a-f-]{36}$/);
    const reads = async (): Promise<number> =>
      (
        await db.database.pool.query<{ n: number }>(
          `select count(*)::int as n from audit_log where action = 'upload.read' and subject_id = $1`,
          [uploadId],
        )
      ).rows[0]?.n ?? -1;
    const read = (caller: Caller) =>
      as(app, province, caller, {
        method: 'GET',
        url: `/api/v1/tay-ninh/console/applications/${code}/documents/${uploadId}`,
      });
    expect((await read('otherUnit')).statusCode).toBe(403);
    expect(await reads()).toBe(0);
    expect((await read('own')).statusCode).toBe(200);
    expect(await reads()).toBe(1);
  });
});
