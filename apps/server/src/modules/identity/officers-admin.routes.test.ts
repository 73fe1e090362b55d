import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { OfficerAdminItem, OfficerList, UpdatedOfficer } from '@motcua/contracts';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../demo/seed-demo.ts';
import { withTx } from '../../platform/db/database.ts';
import { buildTestApp } from '../../../test/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/harness.ts';
import { loginOfficer, TEST_PASSWORD, testOfficer, type OfficerSession } from '../../../test/factories/officer.ts';
import { tenantWithUnits } from '../../../test/factories/tenant.ts';
import { listUnits } from '../tenants/index.ts';

const CENTRE = '000.00.00.H53';
const TAN_NINH = '000.20.01.H53';
const LONG_AN = '000.20.02.H53';
const NEW_PASSWORD = 'Sông Vàm Cỏ Đông 2026';

let db: TestDatabase;
let app: FastifyInstance;
let tenantId: string;
let unitId: (eid: string) => string;
let farUnitId: string;
let farOfficerId: string;
const sessions = new Map<string, OfficerSession>();

beforeAll(async () => {
  db = await createTestDatabase();
  tenantId = (await seedDemo(db.database)).tenant.id;
  const units = await withTx(db.database, tenantId, (tx) => listUnits(tx, tenantId));
  unitId = (eid) => units.find((u) => u.eid === eid)?.id ?? '';
  const far = await tenantWithUnits(db.database, 'tinh-khac-cb');
  const farUnit = (await withTx(db.database, far.id, (tx) => listUnits(tx, far.id)))[0];
  farUnitId = farUnit?.id ?? '';
  await testOfficer(db.database, far.id, 'cb.far', farUnit?.eid ?? '', 'intake');
  const farRow = await db.database.pool.query<{ id: string }>(`select id from officers where username = 'cb.far'`);
  farOfficerId = farRow.rows[0]?.id ?? '';
  await testOfficer(db.database, tenantId, 'cb.admin', CENTRE, 'admin');
  await testOfficer(db.database, tenantId, 'cb.intake', TAN_NINH, 'intake');
  app = await buildTestApp(db);
  for (const name of ['cb.admin', 'cb.intake']) sessions.set(name, await loginOfficer(app, 'tay-ninh', name));
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

async function call(
  who: string | OfficerSession,
  method: InjectOptions['method'],
  path: string,
  payload?: object,
): Promise<LightMyRequestResponse> {
  const session = typeof who === 'string' ? sessions.get(who) : who;
  const headers = session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {};
  return app.inject({ method, url: `/api/v1/tay-ninh/console/${path}`, headers, ...(payload ? { payload } : {}) });
}

async function signIn(username: string, password: string, totp?: string): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/api/v1/tay-ninh/auth/login',
    payload: { username, password, ...(totp ? { totp } : {}) },
  });
}

async function me(session: OfficerSession): Promise<number> {
  return (await app.inject({ method: 'GET', url: '/api/v1/tay-ninh/auth/me', headers: { cookie: session.cookie } }))
    .statusCode;
}

async function addOfficer(username: string, roles = [{ role: 'intake', unitId: unitId(LONG_AN) }]): Promise<string> {
  const res = await call('cb.admin', 'POST', 'admin/officers', {
    username,
    fullName: 'Võ Thị Thu',
    password: TEST_PASSWORD,
    roles,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<OfficerAdminItem>().id;
}

describe('officers admin', () => {
  it('lists the province’s officers with roles, searchable and paged', async () => {
    const res = await call('cb.admin', 'GET', 'admin/officers?q=cb.&limit=1');
    expect(res.statusCode).toBe(200);
    const page = res.json<OfficerList>();
    expect(page.total).toBe(2);
    expect(page.items).toEqual([
      {
        id: expect.any(String) as string,
        username: 'cb.admin',
        fullName: 'Cán bộ thử nghiệm',
        active: true,
        roles: [{ role: 'admin', unitId: unitId(CENTRE) }],
        totp: false,
      },
    ]);
    const next = (await call('cb.admin', 'GET', 'admin/officers?q=cb.&limit=1&offset=1')).json<OfficerList>();
    expect(next.items.map((o) => o.username)).toEqual(['cb.intake']);
    const byName = (await call('cb.admin', 'GET', 'admin/officers?q=thử%20nghiệm')).json<OfficerList>();
    expect(byName.items.map((o) => o.username)).toEqual(['cb.admin', 'cb.intake']);
    expect((await call('cb.admin', 'GET', 'admin/officers?q=%25')).json<OfficerList>().total).toBe(0);
  });

  it('adds an officer who can then sign in with the roles given, audit-logged without personal data', async () => {
    const id = await addOfficer('cb.moi', [
      { role: 'processor', unitId: unitId(LONG_AN) },
      { role: 'intake', unitId: unitId(LONG_AN) },
    ]);
    const login = await signIn('cb.moi', TEST_PASSWORD);
    expect(login.statusCode).toBe(200);
    expect(login.json<{ officer: { roles: { role: string }[] } }>().officer.roles.map((r) => r.role)).toEqual([
      'intake',
      'processor',
    ]);
    const audit = await db.database.pool.query<{ actor_id: string; detail: string }>(
      `select actor_id, detail from audit_log where tenant_id = $1 and action = 'officer.create' and subject_id = $2`,
      [tenantId, id],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]?.detail).not.toContain('Võ Thị Thu');
  });

  const refusals: [string, () => Record<string, unknown>, number, string][] = [
    ['a weak password', () => ({ password: 'matkhau123' }), 422, 'IDENTITY.WEAK_PASSWORD'],
    ['a taken username', () => ({ username: 'cb.intake' }), 409, 'IDENTITY.USERNAME_TAKEN'],
    [
      'another province’s unit',
      () => ({ roles: [{ role: 'intake', unitId: farUnitId }] }),
      422,
      'IDENTITY.ROLES_INVALID',
    ],
    ['no role', () => ({ roles: [] }), 400, 'REQUEST.INVALID'],
    ['an unknown role', () => ({ roles: [{ role: 'mayor', unitId: unitId(LONG_AN) }] }), 400, 'REQUEST.INVALID'],
  ];

  it.each(refusals)('refuses %s', async (_label, change, status, code) => {
    const roles = [{ role: 'intake', unitId: unitId(LONG_AN) }];
    const body = { username: 'cb.loi', fullName: 'Người Lỗi', password: TEST_PASSWORD, roles, ...change() };
    const res = await call('cb.admin', 'POST', 'admin/officers', body);
    expect(res.statusCode).toBe(status);
    expect(res.json()).toMatchObject({ code });
    expect((await call('cb.admin', 'GET', 'admin/officers?q=cb.loi')).json<OfficerList>().total).toBe(0);
  });

  it('changes name and roles; deactivating ends the officer’s sessions and sign-ins', async () => {
    const id = await addOfficer('cb.nghi');
    const session = await loginOfficer(app, 'tay-ninh', 'cb.nghi');
    const renamed = await call('cb.admin', 'PATCH', `admin/officers/${id}`, {
      fullName: 'Võ Thị Thu Hà',
      roles: [{ role: 'leader', unitId: unitId(TAN_NINH) }],
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({
      fullName: 'Võ Thị Thu Hà',
      roles: [{ role: 'leader', unitId: unitId(TAN_NINH) }],
    });
    expect(await me(session)).toBe(200);
    const off = await call('cb.admin', 'PATCH', `admin/officers/${id}`, { active: false });
    expect(off.json()).toMatchObject({ active: false });
    expect(await me(session)).toBe(401);
    expect((await signIn('cb.nghi', TEST_PASSWORD)).statusCode).toBe(401);
    expect((await call('cb.admin', 'PATCH', `admin/officers/${id}`, { active: true })).json()).toMatchObject({
      active: true,
    });
    expect((await signIn('cb.nghi', TEST_PASSWORD)).statusCode).toBe(200);
    expect(await me(session), 'the old session stays revoked').toBe(401);
  });

  it('sets a new password under the policy, which ends the old sessions', async () => {
    const id = await addOfficer('cb.matkhau');
    const session = await loginOfficer(app, 'tay-ninh', 'cb.matkhau');
    const weak = await call('cb.admin', 'PATCH', `admin/officers/${id}`, { password: 'cb.matkhau' });
    expect(weak.statusCode).toBe(422);
    expect(await me(session)).toBe(200);
    expect((await call('cb.admin', 'PATCH', `admin/officers/${id}`, { password: NEW_PASSWORD })).statusCode).toBe(200);
    expect(await me(session)).toBe(401);
    expect((await signIn('cb.matkhau', TEST_PASSWORD)).statusCode).toBe(401);
    expect((await signIn('cb.matkhau', NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('enables TOTP, showing its URI once, then sign-in needs a code; disabling lifts that', async () => {
    const id = await addOfficer('cb.totp');
    const on = await call('cb.admin', 'PATCH', `admin/officers/${id}`, { totp: 'enable' });
    const officer = on.json<UpdatedOfficer>();
    expect(officer.totp).toBe(true);
    expect(officer.totpUri).toMatch(/^otpauth:\/\/totp\//);
    const list = await call('cb.admin', 'GET', 'admin/officers?q=cb.totp');
    expect(list.body).not.toContain('otpauth');
    expect(list.json<OfficerList>().items[0]?.totp).toBe(true);
    expect((await signIn('cb.totp', TEST_PASSWORD)).json()).toMatchObject({ code: 'AUTH.TOTP_REQUIRED' });
    const secret = new URL(officer.totpUri ?? '').searchParams.get('secret') ?? '';
    const code = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate();
    expect((await signIn('cb.totp', TEST_PASSWORD, code)).statusCode).toBe(200);
    const off = await call('cb.admin', 'PATCH', `admin/officers/${id}`, { totp: 'disable' });
    expect(off.json<UpdatedOfficer>()).toMatchObject({ totp: false });
    expect(off.json<UpdatedOfficer>().totpUri).toBeUndefined();
    expect((await signIn('cb.totp', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('does not let admins lock themselves out', async () => {
    const self = (await call('cb.admin', 'GET', 'admin/officers?q=cb.admin')).json<OfficerList>().items[0]?.id ?? '';
    const off = await call('cb.admin', 'PATCH', `admin/officers/${self}`, { active: false });
    expect(off.statusCode).toBe(409);
    expect(off.json()).toMatchObject({ code: 'IDENTITY.SELF_LOCKOUT' });
    const demote = await call('cb.admin', 'PATCH', `admin/officers/${self}`, {
      roles: [{ role: 'leader', unitId: unitId(CENTRE) }],
    });
    expect(demote.statusCode).toBe(409);
    const widen = await call('cb.admin', 'PATCH', `admin/officers/${self}`, {
      roles: [
        { role: 'admin', unitId: unitId(CENTRE) },
        { role: 'leader', unitId: unitId(CENTRE) },
      ],
    });
    expect(widen.statusCode).toBe(200);
  });

  it('keeps other provinces’ officers out of reach (404) and non-admins out (403)', async () => {
    const foreign = await call('cb.admin', 'PATCH', `admin/officers/${farOfficerId}`, { active: false });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toMatchObject({ code: 'IDENTITY.OFFICER_NOT_FOUND' });
    const far = await db.database.pool.query<{ status: string }>(`select status from officers where id = $1`, [
      farOfficerId,
    ]);
    expect(far.rows[0]?.status).toBe('active');
    expect((await call('cb.admin', 'PATCH', 'admin/officers/not-a-uuid', { active: false })).statusCode).toBe(400);
    expect((await call('cb.admin', 'PATCH', `admin/officers/${farOfficerId}`, { nickname: 'x' })).statusCode).toBe(400);
    expect((await call('cb.intake', 'GET', 'admin/officers')).statusCode).toBe(403);
    const body = {
      username: 'cb.x',
      fullName: 'X',
      password: TEST_PASSWORD,
      roles: [{ role: 'intake', unitId: farUnitId }],
    };
    expect((await call('cb.intake', 'POST', 'admin/officers', body)).statusCode).toBe(403);
    expect((await call('cb.intake', 'PATCH', `admin/officers/${farOfficerId}`, { active: false })).statusCode).toBe(
      403,
    );
    expect((await app.inject({ method: 'GET', url: '/api/v1/tay-ninh/console/admin/officers' })).statusCode).toBe(401);
  });
});
