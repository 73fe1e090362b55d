import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import type { ConsoleStats } from '@motcua/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../demo/seed-demo.ts';
import { fixedClock } from '../../platform/clock.ts';
import { withTx } from '../../platform/db/database.ts';
import { buildTestApp } from '../../../test/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/harness.ts';
import { loginOfficer, testOfficer, type OfficerSession } from '../../../test/factories/officer.ts';
import { tenantWithUnits } from '../../../test/factories/tenant.ts';
import { listUnits } from '../tenants/index.ts';
import { vn } from '../../../test/vietnam-time.ts';
import { insertDossierRow, type DossierRow } from './testing/dossier-rows.ts';

const CENTRE = '000.00.00.H53';
const TAN_NINH = '000.20.01.H53';
const LONG_AN = '000.20.02.H53';
const KS = '1.001193';
const CT = '2.000815';

/**
 * March 2025 in Vietnam, seen on 15/04/2025 at 10:00: the backlog of a past period is counted at
 * its end (31/03 24:00), that of April at the clock's now.
 */
const NOW = vn('2025-04-15 10:00');
const MARCH = 'from=2025-03-01&to=2025-03-31';

const dossiers: Record<string, DossierRow> = {
  onTime: {
    unitEid: TAN_NINH,
    procedureCode: KS,
    channel: 'online',
    receivedAt: '2025-03-03 09:00',
    dueAt: '2025-03-06 09:00',
    endedAt: '2025-03-05 09:00',
    rating: { rating: 'very_satisfied', at: '2025-03-06 08:00' },
  },
  late: {
    unitEid: TAN_NINH,
    procedureCode: KS,
    channel: 'counter',
    receivedAt: '2025-03-04 09:00',
    dueAt: '2025-03-07 09:00',
    endedAt: '2025-03-10 09:00',
    rating: { rating: 'unsatisfied', at: '2025-03-11 08:00' },
  },
  rescheduledEndedAfterOriginal: {
    unitEid: LONG_AN,
    procedureCode: CT,
    channel: 'zalo',
    receivedAt: '2025-03-05 09:00',
    dueAt: '2025-03-10 09:00',
    rescheduledDueAt: '2025-03-14 09:00',
    endedAt: '2025-03-12 09:00',
    rating: { rating: 'satisfied', at: '2025-03-13 08:00' },
  },
  overdue: {
    unitEid: TAN_NINH,
    procedureCode: KS,
    channel: 'counter',
    receivedAt: '2025-03-10 09:00',
    dueAt: '2025-03-13 09:00',
  },
  pausedPastDue: {
    unitEid: LONG_AN,
    procedureCode: KS,
    channel: 'online',
    receivedAt: '2025-03-11 09:00',
    dueAt: '2025-03-14 09:00',
    pausedAt: '2025-03-12 09:00',
  },
  dueAfterPeriod: {
    unitEid: LONG_AN,
    procedureCode: CT,
    channel: 'postal',
    receivedAt: '2025-03-28 09:00',
    dueAt: '2025-04-02 09:00',
  },
  rescheduledOpen: {
    unitEid: TAN_NINH,
    procedureCode: CT,
    channel: 'counter',
    receivedAt: '2025-03-20 09:00',
    dueAt: '2025-03-25 09:00',
    rescheduledDueAt: '2025-04-05 09:00',
  },
  twoSupplements: {
    unitEid: TAN_NINH,
    procedureCode: KS,
    channel: 'online',
    receivedAt: '2025-03-15 09:00',
    dueAt: '2025-03-20 09:00',
    endedAt: '2025-03-19 09:00',
    supplementCount: 2,
  },
  lastMinuteOfMarch: {
    unitEid: LONG_AN,
    procedureCode: KS,
    channel: 'online',
    receivedAt: '2025-03-31 23:30',
    dueAt: '2025-04-03 09:00',
  },
  firstMinutesOfApril: {
    unitEid: TAN_NINH,
    procedureCode: KS,
    channel: 'counter',
    receivedAt: '2025-04-01 00:10',
    dueAt: '2025-04-20 09:00',
  },
  receivedInFebruary: {
    unitEid: LONG_AN,
    procedureCode: KS,
    channel: 'counter',
    receivedAt: '2025-02-28 23:50',
    dueAt: '2025-03-04 09:00',
    endedAt: '2025-03-02 09:00',
  },
  endedInApril: {
    unitEid: LONG_AN,
    procedureCode: KS,
    channel: 'counter',
    receivedAt: '2025-03-25 09:00',
    dueAt: '2025-04-01 09:00',
    endedAt: '2025-04-03 09:00',
  },
  refusedAtIntake: {
    unitEid: TAN_NINH,
    procedureCode: KS,
    channel: 'online',
    endedAt: '2025-03-05 10:00',
    status: 'refused',
  },
  atTheCentre: {
    unitEid: CENTRE,
    procedureCode: KS,
    channel: 'counter',
    receivedAt: '2025-03-03 09:00',
    dueAt: '2025-03-05 09:00',
    endedAt: '2025-03-04 09:00',
    rating: { rating: 'satisfied', at: '2025-04-02 08:00' },
  },
};

let db: TestDatabase;
let app: FastifyInstance;
let unitId: (eid: string) => string;
let farUnitId: string;
const sessions = new Map<string, OfficerSession>();

beforeAll(async () => {
  db = await createTestDatabase();
  const tenantId = (await seedDemo(db.database)).tenant.id;
  const units = await withTx(db.database, tenantId, (tx) => listUnits(tx, tenantId));
  unitId = (eid) => units.find((u) => u.eid === eid)?.id ?? '';
  for (const row of Object.values(dossiers)) await insertDossierRow(db.database, tenantId, row);
  const far = await tenantWithUnits(db.database, 'tinh-khac-bc');
  farUnitId = (await withTx(db.database, far.id, (tx) => listUnits(tx, far.id)))[0]?.id ?? '';
  await testOfficer(db.database, tenantId, 'bc.admin', CENTRE, 'admin');
  await testOfficer(db.database, tenantId, 'bc.leader', CENTRE, 'leader');
  await testOfficer(db.database, tenantId, 'bc.tanninh', TAN_NINH, 'intake');
  app = await buildTestApp(db, { clock: fixedClock(NOW) });
  for (const name of ['bc.admin', 'bc.leader', 'bc.tanninh'])
    sessions.set(name, await loginOfficer(app, 'tay-ninh', name));
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

async function get(
  who: string,
  query: string,
  path = 'stats',
): Promise<Awaited<ReturnType<FastifyInstance['inject']>>> {
  const cookie = sessions.get(who)?.cookie ?? '';
  return app.inject({ method: 'GET', url: `/api/v1/tay-ninh/console/${path}?${query}`, headers: { cookie } });
}

async function stats(who: string, query: string): Promise<ConsoleStats> {
  const res = await get(who, query);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return res.json<ConsoleStats>();
}

describe('GET /console/stats', () => {
  it('counts a past month for the whole province, the backlog as of the month’s end', async () => {
    const s = await stats('bc.admin', MARCH);
    expect(s.period).toEqual({ from: '2025-03-01', to: '2025-03-31', asOf: '2025-03-31T17:00:00.000Z' });
    expect(s).toMatchObject({ received: 11, completed: 6, onTime: 3, late: 3, inProgress: 6, overdue: 1 });
    expect(s.satisfaction).toEqual({ very_satisfied: 1, satisfied: 1, unsatisfied: 1, rate: 66.7 });
    expect(s.byChannel).toEqual([
      { channel: 'counter', received: 5 },
      { channel: 'online', received: 4 },
      { channel: 'zalo', received: 1 },
      { channel: 'postal', received: 1 },
    ]);
  });

  it('splits the figures by receiving unit and by procedure', async () => {
    const s = await stats('bc.admin', MARCH);
    const unit = (eid: string): unknown => s.byUnit.find((u) => u.unitId === unitId(eid));
    expect(unit(TAN_NINH)).toMatchObject({ received: 5, completed: 3, onTime: 1, overdue: 1 });
    expect(unit(LONG_AN)).toMatchObject({ received: 5, completed: 2, onTime: 1, overdue: 0 });
    expect(unit(CENTRE)).toMatchObject({ received: 1, completed: 1, onTime: 1, overdue: 0 });
    expect(s.byUnit.reduce((n, u) => n + u.received, 0)).toBe(11);
    expect(s.byProcedure).toEqual([
      { code: KS, name: expect.stringContaining('khai sinh') as string, received: 8, completed: 5, onTime: 3 },
      { code: CT, name: expect.stringContaining('Chứng thực') as string, received: 3, completed: 1, onTime: 0 },
    ]);
  });

  it('computes the indicators, on time against the original due date (QĐ 766)', async () => {
    const s = await stats('bc.admin', MARCH);
    const value = (key: string): number | null | undefined => s.indicators.find((i) => i.key === key)?.value;
    expect(value('on_time_rate')).toBe(50);
    expect(value('promise_kept_rate')).toBe(83.3);
    expect(value('online_share')).toBe(45.5);
    expect(value('satisfaction_rate')).toBe(66.7);
    expect(value('handling_satisfaction')).toBe(33.3);
    expect(value('overdue_share')).toBe(16.7);
    // ended − received over the six completed dossiers: 2 + 6 + 7 + 4 + 1 days, and 1 day 9 h 10 min
    expect(value('avg_processing_days')).toBe(Math.round(((20 + (24 + 9 + 1 / 6) / 24) / 6) * 10) / 10);
  });

  it('counts the backlog of the current month as of now: past-due unless paused, the new date where rescheduled', async () => {
    const s = await stats('bc.admin', 'from=2025-04-01&to=2025-04-30');
    expect(s.period.asOf).toBe(NOW.toISOString());
    expect(s).toMatchObject({ received: 1, completed: 1, onTime: 0, late: 1, inProgress: 6, overdue: 4 });
  });

  it('bounds days in Vietnam time: 23:30 on the last day is in, 00:10 the next day is out', async () => {
    const last = await stats('bc.admin', 'from=2025-03-31&to=2025-03-31');
    expect(last.received).toBe(1);
    expect(last.byChannel.find((c) => c.channel === 'online')?.received).toBe(1);
    const first = await stats('bc.admin', 'from=2025-04-01&to=2025-04-01');
    expect(first.received).toBe(1);
    expect(first.byChannel.find((c) => c.channel === 'counter')?.received).toBe(1);
    const february = await stats('bc.admin', 'from=2025-02-28&to=2025-02-28');
    expect(february).toMatchObject({ received: 1, completed: 0 });
  });

  it('limits an officer to their own units; the centre’s leader sees the province', async () => {
    const own = await stats('bc.tanninh', MARCH);
    expect(own).toMatchObject({ received: 5, completed: 3, onTime: 1, late: 2, inProgress: 2, overdue: 1 });
    expect(own.byUnit.map((u) => u.unitId)).toEqual([unitId(TAN_NINH)]);
    expect(own.satisfaction).toEqual({ very_satisfied: 1, satisfied: 0, unsatisfied: 1, rate: 50 });
    const leader = await stats('bc.leader', MARCH);
    expect(leader).toMatchObject({ received: 11, completed: 6 });
  });

  it('narrows to one unit in scope; refuses another unit (403), an unknown or foreign one (404)', async () => {
    const one = await stats('bc.admin', `${MARCH}&unit=${unitId(LONG_AN)}`);
    expect(one).toMatchObject({ received: 5, completed: 2, onTime: 1, inProgress: 4 });
    expect(one.byUnit).toHaveLength(1);
    expect((await get('bc.tanninh', `${MARCH}&unit=${unitId(LONG_AN)}`)).statusCode).toBe(403);
    const foreign = await get('bc.admin', `${MARCH}&unit=${farUnitId}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toMatchObject({ code: 'TENANT.UNIT_NOT_FOUND' });
  });

  it.each([
    ['from=2025-03-31&to=2025-03-01', 422, 'REPORTS.RANGE_INVALID'],
    ['from=2025-02-30&to=2025-03-01', 422, 'REPORTS.RANGE_INVALID'],
    ['from=2024-01-01&to=2025-03-01', 422, 'REPORTS.RANGE_INVALID'],
    ['from=2025-3-1', 400, 'REQUEST.INVALID'],
    ['unit=not-a-uuid', 400, 'REQUEST.INVALID'],
  ])('refuses %s with %i', async (query, status, code) => {
    const res = await get('bc.admin', query);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code });
  });

  it('needs a session', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/tay-ninh/console/stats?${MARCH}` });
    expect(res.statusCode).toBe(401);
  });
});

describe('GET /console/stats.xlsx', () => {
  it('holds the same figures in a workbook with Vietnamese sheets and dd/MM/yyyy dates', async () => {
    const res = await get('bc.admin', MARCH, 'stats.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe('attachment; filename="bao-cao-01-03-2025-den-31-03-2025.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Theo đơn vị',
      'Theo thủ tục',
      'Theo kênh nộp',
      'Mức độ hài lòng',
      'Chỉ số',
    ]);
    const rows = (name: string): unknown[][] => {
      const out: unknown[][] = [];
      book.getWorksheet(name)?.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };
    const summary = rows('Tổng hợp');
    expect(summary).toContainEqual(['Tiếp nhận trong kỳ', 11]);
    expect(summary).toContainEqual(['– Đúng hạn', 3]);
    expect(summary).toContainEqual(['– Trong đó đã quá hạn', 1]);
    const from = book.getWorksheet('Tổng hợp')?.getRow(3).getCell(2);
    expect(from?.value).toEqual(new Date('2025-03-01T00:00:00Z'));
    expect(from?.numFmt).toBe('dd/mm/yyyy');
    expect(rows('Theo đơn vị')).toContainEqual([expect.stringContaining('Tân Ninh'), 5, 3, 1, 1]);
    expect(rows('Theo thủ tục')).toContainEqual([expect.stringContaining('Chứng thực'), CT, 3, 1, 0]);
    expect(rows('Mức độ hài lòng')).toContainEqual(['Tỷ lệ hài lòng (%)', 66.7]);
    expect(rows('Chỉ số')).toContainEqual(['Tỷ lệ hồ sơ giải quyết đúng hạn (QĐ 766, chỉ số 2.1)', 50, '%']);
  });

  it('answers problems as JSON, not a workbook', async () => {
    const res = await get('bc.tanninh', `${MARCH}&unit=${unitId(LONG_AN)}`, 'stats.xlsx');
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
