import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { UnitItem, UnitList } from '@motcua/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../demo/seed-demo.ts';
import { masterKeyProvider } from '../../platform/crypto/key-provider.ts';
import { fixedClock } from '../../platform/clock.ts';
import { withTx } from '../../platform/db/database.ts';
import { buildTestApp, testMasterKey } from '../../../test/app.ts';
import { vn } from '../../../test/vietnam-time.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/harness.ts';
import { loginOfficer, testOfficer, type OfficerSession } from '../../../test/factories/officer.ts';
import { procedureDefinition } from '../../../test/factories/procedure.ts';
import { tenantWithUnits } from '../../../test/factories/tenant.ts';
import { uploadRow } from '../../../test/factories/upload.ts';
import { importCatalog } from '../catalog/index.ts';
import { listUnits, readZaloCredentials } from './index.ts';

const CENTRE = '000.00.00.H53';
const TAN_NINH = '000.20.01.H53';
/** Monday 02/06/2025, 09:00 in Vietnam: no holiday in the following two weeks. */
const NOW = vn('2025-06-02 09:00');

let db: TestDatabase;
let app: FastifyInstance;
let tenantId: string;
let farUnitId: string;
const sessions = new Map<string, OfficerSession>();
/** Three working days at the counter. */
const procedure = procedureDefinition();

beforeAll(async () => {
  db = await createTestDatabase();
  tenantId = (await seedDemo(db.database)).tenant.id;
  await importCatalog(db.database, tenantId, [{ line: 1, value: procedure }], { publishedBy: 'test' });
  const far = await tenantWithUnits(db.database, 'tinh-khac-qt');
  farUnitId = (await withTx(db.database, far.id, (tx) => listUnits(tx, far.id)))[0]?.id ?? '';
  await testOfficer(db.database, tenantId, 'qt.admin', CENTRE, 'admin');
  await testOfficer(db.database, tenantId, 'qt.intake', TAN_NINH, 'intake');
  app = await buildTestApp(db, { clock: fixedClock(NOW) });
  for (const name of ['qt.admin', 'qt.intake']) sessions.set(name, await loginOfficer(app, 'tay-ninh', name));
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

async function call(
  who: string | null,
  method: InjectOptions['method'],
  path: string,
  payload?: object,
): Promise<LightMyRequestResponse> {
  const session = who ? sessions.get(who) : undefined;
  const headers = session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {};
  return app.inject({ method, url: `/api/v1/tay-ninh/console/${path}`, headers, ...(payload ? { payload } : {}) });
}

async function units(): Promise<UnitItem[]> {
  return (await call('qt.admin', 'GET', 'admin/units')).json<UnitList>().items;
}

describe('units', () => {
  it('lists the province’s units to any officer, and to admins in the editor only', async () => {
    const list = await call('qt.intake', 'GET', 'units');
    expect(list.statusCode).toBe(200);
    const items = list.json<UnitList>().items;
    expect(items.find((u) => u.eid === TAN_NINH)).toMatchObject({
      kind: 'commune',
      shortName: 'phường Tân Ninh',
      adminUnitCode: '25459',
    });
    expect((await call(null, 'GET', 'units')).statusCode).toBe(401);
    expect((await call('qt.intake', 'GET', 'admin/units')).statusCode).toBe(403);
    expect(await units()).toEqual(items);
  });

  it('adds a unit under a parent, audit-logged', async () => {
    const centre = (await units()).find((u) => u.eid === CENTRE);
    const res = await call('qt.admin', 'POST', 'admin/units', {
      eid: '000.20.07.H53',
      kind: 'commune',
      name: 'Trung tâm Phục vụ hành chính công xã Hòa Hội',
      shortName: 'xã Hòa Hội',
      parentId: centre?.id,
      address: 'Xã Hòa Hội, tỉnh Tây Ninh',
    });
    expect(res.statusCode, res.body).toBe(201);
    const unit = res.json<UnitItem>();
    expect(unit).toMatchObject({ eid: '000.20.07.H53', parentId: centre?.id, adminUnitCode: null });
    expect((await units()).map((u) => u.id)).toContain(unit.id);
    const audit = await db.database.pool.query<{ action: string; detail: string }>(
      `select action, detail from audit_log where tenant_id = $1 and subject_id = $2`,
      [tenantId, unit.id],
    );
    expect(audit.rows).toEqual([{ action: 'unit.create', detail: '{"eid":"000.20.07.H53","kind":"commune"}' }]);
  });

  const refusals: [string, () => Record<string, string>, number, string][] = [
    ['a malformed e-ID', () => ({ eid: '20.07.H53' }), 422, 'TENANT.UNIT_EID_INVALID'],
    ['a taken e-ID', () => ({ eid: TAN_NINH }), 409, 'TENANT.UNIT_EID_TAKEN'],
    ['another province’s parent', () => ({ parentId: farUnitId }), 422, 'TENANT.UNIT_PARENT_INVALID'],
    ['an unknown kind', () => ({ kind: 'ward' }), 400, 'REQUEST.INVALID'],
    ['a one-letter name', () => ({ name: 'X' }), 400, 'REQUEST.INVALID'],
  ];

  it.each(refusals)('refuses %s', async (_label, change, status, code) => {
    const body = { eid: '000.20.08.H53', kind: 'commune', name: 'Xã Mới', ...change() };
    const res = await call('qt.admin', 'POST', 'admin/units', body);
    expect(res.statusCode).toBe(status);
    expect(res.json()).toMatchObject({ code });
    expect((await units()).some((u) => u.eid === '000.20.08.H53')).toBe(false);
  });

  it('refuses non-admins (403) and a missing CSRF token', async () => {
    const body = { eid: '000.20.09.H53', kind: 'commune', name: 'Xã Chín' };
    expect((await call('qt.intake', 'POST', 'admin/units', body)).statusCode).toBe(403);
    const admin = sessions.get('qt.admin');
    const noCsrf = await app.inject({
      method: 'POST',
      url: '/api/v1/tay-ninh/console/admin/units',
      headers: { cookie: admin?.cookie ?? '' },
      payload: body,
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json()).toMatchObject({ code: 'AUTH.CSRF' });
  });

  it('renames, clears the address and moves a unit; never under its own sub-unit', async () => {
    const all = await units();
    const centre = all.find((u) => u.eid === CENTRE);
    const commune = all.find((u) => u.eid === '000.20.06.H53');
    const res = await call('qt.admin', 'PATCH', `admin/units/${commune?.id ?? ''}`, {
      name: 'Trung tâm Phục vụ hành chính công phường Trảng Bàng (mới)',
      address: null,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: expect.stringContaining('(mới)') as string, address: null });
    const cycle = await call('qt.admin', 'PATCH', `admin/units/${centre?.id ?? ''}`, { parentId: commune?.id });
    expect(cycle.statusCode).toBe(422);
    expect(cycle.json()).toMatchObject({ code: 'TENANT.UNIT_PARENT_INVALID' });
    const self = await call('qt.admin', 'PATCH', `admin/units/${commune?.id ?? ''}`, { parentId: commune?.id });
    expect(self.statusCode).toBe(422);
  });

  it('answers 404 for another province’s unit, 400 for an empty change, 403 for non-admins', async () => {
    const foreign = await call('qt.admin', 'PATCH', `admin/units/${farUnitId}`, { name: 'Đổi tên' });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toMatchObject({ code: 'TENANT.UNIT_NOT_FOUND' });
    const tanNinh = (await units()).find((u) => u.eid === TAN_NINH)?.id ?? '';
    expect((await call('qt.admin', 'PATCH', `admin/units/${tanNinh}`, {})).statusCode).toBe(400);
    expect((await call('qt.intake', 'PATCH', `admin/units/${tanNinh}`, { name: 'Đổi tên' })).statusCode).toBe(403);
  });
});

async function walkIn(): Promise<{ code: string; dueAt: string }> {
  const res = await call('qt.intake', 'POST', 'applications', {
    procedureCode: procedure.code,
    unitEid: TAN_NINH,
    applicant: { fullName: 'Lê Thị Hoa', phone: '0912345678' },
    form: {},
    attachments: [{ documentKey: 'to-khai', uploadId: await uploadRow(db, tenantId) }],
  });
  expect(res.statusCode, res.body).toBe(201);
  const state = res.json<{ state: { code: string; dueAt: string } }>().state;
  return { code: state.code, dueAt: state.dueAt };
}

async function storedDue(code: string): Promise<string> {
  const rows = await db.database.pool.query<{ due_at: Date }>(
    'select due_at from applications where tenant_id = $1 and code = $2',
    [tenantId, code],
  );
  return rows.rows[0]?.due_at.toISOString() ?? '';
}

describe('working calendar', () => {
  it('lists a year’s holidays and make-up days as stored', async () => {
    const res = await call('qt.admin', 'GET', 'admin/calendar?year=2026');
    expect(res.statusCode).toBe(200);
    const days = res.json<{ days: { day: string; kind: string; source: string }[] }>().days;
    expect(days.find((d) => d.day === '2026-02-17')).toMatchObject({ kind: 'holiday' });
    expect(days.every((d) => d.day.startsWith('2026-'))).toBe(true);
    expect((await call('qt.intake', 'GET', 'admin/calendar?year=2026')).statusCode).toBe(403);
    expect((await call('qt.admin', 'GET', 'admin/calendar?year=1850')).statusCode).toBe(400);
  });

  it('moves due dates computed after a change; dossiers already accepted keep theirs', async () => {
    const before = await walkIn();
    expect(before.dueAt).toBe(vn('2025-06-05 09:00').toISOString());
    const put = await call('qt.admin', 'PUT', 'admin/calendar/2025-06-03', { kind: 'holiday', name: 'Nghỉ đột xuất' });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toEqual({ day: '2025-06-03', kind: 'holiday', name: 'Nghỉ đột xuất', source: 'admin' });
    const after = await walkIn();
    expect(after.dueAt).toBe(vn('2025-06-06 09:00').toISOString());
    expect(await storedDue(before.code)).toBe(before.dueAt);
    expect((await call('qt.admin', 'DELETE', 'admin/calendar/2025-06-03')).statusCode).toBe(204);
    expect((await walkIn()).dueAt).toBe(before.dueAt);
    expect((await call('qt.admin', 'DELETE', 'admin/calendar/2025-06-03')).statusCode).toBe(404);
  });

  it('takes a make-up working day on a weekend, not on a weekday', async () => {
    const saturday = await call('qt.admin', 'PUT', 'admin/calendar/2025-06-07', { kind: 'workday', name: 'Làm bù' });
    expect(saturday.statusCode).toBe(200);
    const monday = await call('qt.admin', 'PUT', 'admin/calendar/2025-06-09', { kind: 'workday', name: 'Làm bù' });
    expect(monday.statusCode).toBe(422);
    expect(monday.json()).toMatchObject({ code: 'TENANT.CALENDAR_DAY_INVALID' });
    expect(
      (await call('qt.admin', 'PUT', 'admin/calendar/2025-02-30', { kind: 'holiday', name: 'x' })).statusCode,
    ).toBe(422);
    expect((await call('qt.admin', 'PUT', 'admin/calendar/2025-6-9', { kind: 'holiday', name: 'x' })).statusCode).toBe(
      400,
    );
    expect(
      (await call('qt.intake', 'PUT', 'admin/calendar/2025-06-14', { kind: 'workday', name: 'x' })).statusCode,
    ).toBe(403);
    const audit = await db.database.pool.query<{ n: number }>(
      `select count(*)::int as n from audit_log where tenant_id = $1 and action like 'calendar.%'`,
      [tenantId],
    );
    expect(audit.rows[0]?.n).toBe(3);
  });
});

describe('Zalo channel credentials', () => {
  const appSecret = 'app-secret-Tay-Ninh-0001';
  const oaSecretKey = 'oa-secret-key-Tay-Ninh-0002';

  it('starts unconfigured', async () => {
    const res = await call('qt.admin', 'GET', 'admin/channels/zalo');
    expect(res.json()).toEqual({
      oaId: null,
      appId: null,
      secretSet: false,
      znsTemplates: {},
      updatedAt: null,
      connected: false,
      tokenExpiresAt: null,
      connectedAt: null,
    });
  });

  it('stores secrets sealed, never echoes them, and keeps them when left out', async () => {
    const put = await call('qt.admin', 'PUT', 'admin/channels/zalo', {
      oaId: '579745863508352884',
      appId: '3206567425609033798',
      appSecret,
      oaSecretKey,
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ oaId: '579745863508352884', appId: '3206567425609033798', secretSet: true });
    const again = await call('qt.admin', 'PUT', 'admin/channels/zalo', {
      oaId: '579745863508352884',
      appId: '3206567425609033799',
      znsTemplates: { dossier_update: '301234' },
    });
    const get = await call('qt.admin', 'GET', 'admin/channels/zalo');
    expect(get.json()).toMatchObject({
      appId: '3206567425609033799',
      secretSet: true,
      znsTemplates: { dossier_update: '301234' },
    });
    const stored = await db.database.pool.query<{ value: unknown }>(
      `select value from tenant_settings where tenant_id = $1 and key = 'channel.zalo'`,
      [tenantId],
    );
    const audit = await db.database.pool.query<{ detail: string }>(
      `select detail from audit_log where tenant_id = $1 and action = 'channel.zalo.update'`,
      [tenantId],
    );
    for (const text of [put.body, again.body, get.body, JSON.stringify(stored.rows), JSON.stringify(audit.rows)]) {
      expect(text).not.toContain(appSecret);
      expect(text).not.toContain(oaSecretKey);
    }
    const keyProvider = masterKeyProvider(testMasterKey);
    expect(await readZaloCredentials({ database: db.database, keyProvider }, tenantId)).toEqual({
      oaId: '579745863508352884',
      appId: '3206567425609033799',
      appSecret,
      oaSecretKey,
      znsTemplates: { dossier_update: '301234' },
    });
  });

  it('refuses non-admins, bad ids and short secrets', async () => {
    expect((await call('qt.intake', 'GET', 'admin/channels/zalo')).statusCode).toBe(403);
    const body = { oaId: '1', appId: '2', appSecret: 'x'.repeat(20) };
    expect((await call('qt.intake', 'PUT', 'admin/channels/zalo', body)).statusCode).toBe(403);
    expect((await call('qt.admin', 'PUT', 'admin/channels/zalo', { ...body, oaId: 'abc' })).statusCode).toBe(400);
    const short = await call('qt.admin', 'PUT', 'admin/channels/zalo', { ...body, appSecret: 'Zq9!xK' });
    expect(short.statusCode).toBe(400);
    expect(short.body).not.toContain('Zq9!xK');
  });
});
