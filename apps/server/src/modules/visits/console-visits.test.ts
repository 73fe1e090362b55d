import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import type { VisitPlan } from '@motcua/contracts';
import { seedDemo } from '../../demo/seed-demo.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { Tenant } from '../tenants/index.ts';
import { buildTestApp } from '../../../test/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/harness.ts';
import { dossierIn, type DossierStatus, type FiledDossier } from '../../../test/factories/dossier.ts';
import { loginOfficer, testOfficer, type OfficerSession } from '../../../test/factories/officer.ts';

/** Friday 9 October 2026, 09:00 in Vietnam. */
const NOW = new Date('2026-10-09T09:00:00+07:00');
const UNIT_ONE = '000.20.01.H53';
const UNIT_TWO = '000.20.02.H53';

let db: TestDatabase;
let app: FastifyInstance;
let tenant: Tenant;
let deskOne: OfficerSession;
let deskTwo: OfficerSession;

beforeAll(async () => {
  db = await createTestDatabase();
  tenant = (await seedDemo(db.database)).tenant;
  await testOfficer(db.database, tenant.id, 'quay.mot', UNIT_ONE);
  await testOfficer(db.database, tenant.id, 'quay.hai', UNIT_TWO);
  app = await buildTestApp(db, { clock: fixedClock(NOW) });
  deskOne = await loginOfficer(app, 'tay-ninh', 'quay.mot');
  deskTwo = await loginOfficer(app, 'tay-ninh', 'quay.hai');
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

async function booked(status: DossierStatus, unitEid: string, start: string, applicantName: string) {
  const dossier = await dossierIn(db, tenant, status, { at: NOW, unitEid, applicantName });
  const res = await app.inject({
    method: 'PUT',
    url: `/api/v1/tay-ninh/applications/${dossier.code}/visit?key=${dossier.key}`,
    payload: { start },
  });
  expect(res.statusCode).toBe(200);
  return dossier;
}

function day(session: OfficerSession | undefined, date: string) {
  return app.inject({
    method: 'GET',
    url: `/api/v1/tay-ninh/console/visits?date=${date}`,
    headers: session ? { cookie: session.cookie } : {},
  });
}

function plan(dossier: FiledDossier) {
  return app.inject({
    method: 'GET',
    url: `/api/v1/tay-ninh/applications/${dossier.code}/visit?key=${dossier.key}`,
  });
}

describe('the desk’s visits of a day', () => {
  let early: FiledDossier;
  let late: FiledDossier;
  let elsewhere: FiledDossier;

  beforeAll(async () => {
    late = await booked('result_ready', UNIT_ONE, '2026-10-12T14:00:00+07:00', 'Lê Thị Hoa');
    early = await booked('payment_requested', UNIT_ONE, '2026-10-12T07:30:00+07:00', 'Trần Văn Bình');
    elsewhere = await booked('result_ready', UNIT_TWO, '2026-10-12T07:30:00+07:00', 'Phạm Minh Tuấn');
    await booked('result_ready', UNIT_ONE, '2026-10-14T07:30:00+07:00', 'Đỗ Văn Nam');
  });

  it('lists the day’s live bookings at the officer’s units, earliest first, with masked names', async () => {
    const res = await day(deskOne, '2026-10-12');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.json()).toEqual({
      items: [
        {
          start: '2026-10-12T07:30:00+07:00',
          end: '2026-10-12T08:00:00+07:00',
          code: early.code,
          applicantName: 'Trần V** B***',
          procedureName: khaiSinh.name,
          status: 'Yêu cầu thực hiện nghĩa vụ tài chính',
        },
        {
          start: '2026-10-12T14:00:00+07:00',
          end: '2026-10-12T14:30:00+07:00',
          code: late.code,
          applicantName: 'Lê T** H**',
          procedureName: khaiSinh.name,
          status: 'Đã xử lý xong',
        },
      ],
    });
    expect((await day(deskTwo, '2026-10-12')).json()).toEqual({
      items: [expect.objectContaining({ code: elsewhere.code, applicantName: 'Phạm M*** T***' })],
    });
    expect((await day(deskTwo, '2026-10-14')).json()).toEqual({ items: [] });
    expect((await day(deskOne, '2026-10-13')).json()).toEqual({ items: [] });
  });

  it('drops a cancelled booking and follows a moved one', async () => {
    const cancelled = await app.inject({
      method: 'DELETE',
      url: `/api/v1/tay-ninh/applications/${late.code}/visit?key=${late.key}`,
    });
    expect(cancelled.statusCode).toBe(204);
    const moved = await app.inject({
      method: 'PUT',
      url: `/api/v1/tay-ninh/applications/${early.code}/visit?key=${early.key}`,
      payload: { start: '2026-10-14T08:00:00+07:00' },
    });
    expect(moved.statusCode).toBe(200);
    expect((await day(deskOne, '2026-10-12')).json()).toEqual({ items: [] });
    const codes = (await day(deskOne, '2026-10-14')).json<{ items: { code: string }[] }>().items.map((i) => i.code);
    expect(codes).toHaveLength(2);
    expect(codes[1]).toBe(early.code);
  });

  it('needs a signed-in officer and a real date', async () => {
    expect((await day(undefined, '2026-10-12')).statusCode).toBe(401);
    expect((await day(deskOne, '2026-02-30')).statusCode).toBe(400);
    expect((await day(deskOne, '12/10/2026')).statusCode).toBe(400);
  });
});

describe('the province’s visits setting', () => {
  it('sets the slot length and the places per slot', async () => {
    await db.database.pool.query(
      `insert into tenant_settings (tenant_id, key, value) values ($1, 'visits', $2)
       on conflict (tenant_id, key) do update set value = excluded.value`,
      [tenant.id, JSON.stringify({ slotMinutes: 60, capacity: 2 })],
    );
    const dossier = await booked('result_ready', UNIT_ONE, '2026-10-15T08:00:00+07:00', 'Vũ Thị Mai');
    const view = (await plan(dossier)).json<VisitPlan>();
    const thursday = view.slots.filter((s) => s.start.startsWith('2026-10-15'));
    expect(thursday.map((s) => [s.start.slice(11, 16), s.end.slice(11, 16), s.remaining])).toEqual([
      ['07:00', '08:00', 2],
      ['08:00', '09:00', 1],
      ['09:00', '10:00', 2],
      ['10:00', '11:00', 2],
      ['13:30', '14:30', 2],
      ['14:30', '15:30', 2],
      ['15:30', '16:30', 2],
    ]);
    const second = await booked('result_ready', UNIT_ONE, '2026-10-15T08:00:00+07:00', 'Vũ Văn Hải');
    const third = await dossierIn(db, tenant, 'result_ready', { at: NOW });
    const full = await app.inject({
      method: 'PUT',
      url: `/api/v1/tay-ninh/applications/${third.code}/visit?key=${third.key}`,
      payload: { start: '2026-10-15T08:00:00+07:00' },
    });
    expect([full.statusCode, full.json<{ code: string }>().code]).toEqual([409, 'VISIT.SLOT_FULL']);
    expect(second.code).not.toBe(dossier.code);
  });
});
