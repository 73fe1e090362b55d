import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import type { VisitPlan } from '@motcua/contracts';
import { seedDemo } from '../../demo/seed-demo.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { Tenant } from '../tenants/index.ts';
import { buildTestApp } from '../../../test/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/harness.ts';
import { dossierIn, type DossierStatus, type FiledDossier } from '../../../test/factories/dossier.ts';

/** Friday 9 October 2026, 09:00 in Vietnam; Tuesday 13 is made a holiday and Saturday 17 a make-up working day. */
const NOW = new Date('2026-10-09T09:00:00+07:00');
const UNIT_ONE = '000.20.01.H53';

let db: TestDatabase;
let app: FastifyInstance;
let tenant: Tenant;
let client = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  tenant = (await seedDemo(db.database)).tenant;
  await db.database.pool.query(
    `insert into calendar_days (tenant_id, day, kind, name, source) values
       ($1, '2026-10-13', 'holiday', 'Nghỉ bù (thử)', 'admin'), ($1, '2026-10-17', 'workday', 'Làm bù (thử)', 'admin')
     on conflict (tenant_id, day) do update set kind = excluded.kind`,
    [tenant.id],
  );
  app = await buildTestApp(db, { clock: fixedClock(NOW) });
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

/** Each call comes from its own client address, so the per-client rate limit stays out of the way. */
function visit(
  method: 'GET' | 'PUT' | 'DELETE',
  dossier: FiledDossier,
  options: { start?: string; idempotencyKey?: string; key?: string; ip?: string } = {},
): Promise<LightMyRequestResponse> {
  client += 1;
  return app.inject({
    method,
    url: `/api/v1/tay-ninh/applications/${dossier.code}/visit?key=${options.key ?? dossier.key}`,
    headers: {
      'x-forwarded-for': options.ip ?? `10.0.${Math.floor(client / 250)}.${client % 250}`,
      ...(options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
    },
    ...(options.start !== undefined ? { payload: { start: options.start } } : {}),
  });
}

async function plan(dossier: FiledDossier): Promise<VisitPlan> {
  const res = await visit('GET', dossier);
  expect(res.statusCode).toBe(200);
  return res.json<VisitPlan>();
}

function inStatus(status: DossierStatus, unitEid = UNIT_ONE): Promise<FiledDossier> {
  return dossierIn(db, tenant, status, { at: new Date(NOW.getTime() - 3600_000), unitEid });
}

function codeOf(res: LightMyRequestResponse): [number, string] {
  return [res.statusCode, res.json<{ code: string }>().code];
}

async function visitRows(code: string): Promise<{ live: number; cancelled: number; notices: number; jobs: number }> {
  const result = await db.database.pool.query<{ live: number; cancelled: number; notices: number; jobs: number }>(
    `select (select count(*) from visits v where v.tenant_id = a.tenant_id and v.application_id = a.id
              and v.cancelled_at is null)::int as live,
            (select count(*) from visits v where v.tenant_id = a.tenant_id and v.application_id = a.id
              and v.cancelled_at is not null)::int as cancelled,
            (select count(*) from notification_intents n where n.tenant_id = a.tenant_id and n.application_id = a.id
              and n.intent = 'visit.booked')::int as notices,
            (select count(*) from notification_intents n join graphile_worker._private_jobs j
               on j.key = 'delivery:' || n.delivery_id
              where n.tenant_id = a.tenant_id and n.application_id = a.id and n.intent = 'visit.booked')::int as jobs
       from applications a where a.code = $1`,
    [code],
  );
  const row = result.rows[0];
  if (!row) throw new Error(`no dossier ${code}`);
  return row;
}

describe('the visit plan', () => {
  it('offers 30-minute slots within office hours over today (two hours ahead) and the next ten working days', async () => {
    const dossier = await inStatus('result_ready');
    const view = await plan(dossier);
    expect(view).toMatchObject({ allowed: true, booking: null, fee: null });
    expect(view.unit.name).toContain('Tân Ninh');
    expect(view.unit.address).not.toBe('');
    const days = [...new Set(view.slots.map((s) => s.start.slice(0, 10)))];
    expect(days).toEqual([
      '2026-10-09',
      '2026-10-12',
      '2026-10-14',
      '2026-10-15',
      '2026-10-16',
      '2026-10-17',
      '2026-10-19',
      '2026-10-20',
      '2026-10-21',
      '2026-10-22',
      '2026-10-23',
    ]);
    expect(view.slots[0]).toEqual({
      start: '2026-10-09T11:00:00+07:00',
      end: '2026-10-09T11:30:00+07:00',
      remaining: 4,
    });
    const times = new Set(view.slots.map((s) => s.start.slice(11, 16)));
    for (const closed of ['06:30', '11:30', '12:00', '13:00', '17:00']) expect(times.has(closed)).toBe(false);
    expect(view.slots).toHaveLength(8 + 10 * 16);
    expect(view.slots.every((s) => s.remaining === 4 && s.end.endsWith('+07:00'))).toBe(true);
  });

  it('lists the originals to bring from the pinned version, and the fee asked for', async () => {
    const ready = await plan(await inStatus('result_ready'));
    const caseDocs = khaiSinh.cases[0]?.documents ?? [];
    const name = (key: string) => caseDocs.find((d) => d.key === key)?.name;
    expect(ready.checklist).toEqual([
      { name: name('giay-chung-sinh'), originals: 1, copies: 0 },
      { name: name('giay-to-tuy-than'), originals: 1, copies: 0 },
    ]);
    const paying = await plan(await inStatus('payment_requested'));
    expect(paying).toMatchObject({ allowed: true, fee: { amount: 8000, text: khaiSinh.fee.text, paid: false } });
  });

  it('offers nothing to book in statuses without a visit', async () => {
    for (const status of [
      'submitted',
      'processing',
      'supplement_requested',
      'returned',
      'refused',
      'stopped',
    ] as const) {
      const view = await plan(await inStatus(status));
      expect([status, view.allowed, view.slots]).toEqual([status, false, []]);
    }
  });

  it('answers a wrong key and an unknown code with the look-up’s 404', async () => {
    const dossier = await inStatus('result_ready');
    for (const res of [
      await visit('GET', dossier, { key: 'WRONGKEY99' }),
      await visit('PUT', dossier, { key: 'WRONGKEY99', start: '2026-10-12T08:00:00+07:00' }),
      await visit('DELETE', dossier, { key: 'WRONGKEY99' }),
      await visit('GET', { code: '000.20.01.H53-261009-9999', key: dossier.key }),
    ]) {
      expect(codeOf(res)).toEqual([404, 'APPLICATION.NOT_FOUND']);
    }
    expect(await visitRows(dossier.code)).toMatchObject({ live: 0, cancelled: 0 });
  });

  it('is rate-limited per client like the look-up', async () => {
    const dossier = await inStatus('submitted');
    const answers: number[] = [];
    for (let n = 0; n < 31; n += 1) answers.push((await visit('GET', dossier, { ip: '192.0.2.7' })).statusCode);
    expect(answers.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(answers[30]).toBe(429);
  });
});

describe('booking, moving and cancelling', () => {
  it('books a slot once per Idempotency-Key, with the visit.booked notice in the same transaction', async () => {
    const dossier = await inStatus('result_ready');
    const first = await visit('PUT', dossier, {
      start: '2026-10-12T08:00:00+07:00',
      idempotencyKey: 'visit-book-0001',
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      booking: {
        start: '2026-10-12T08:00:00+07:00',
        end: '2026-10-12T08:30:00+07:00',
        unit: (await plan(dossier)).unit,
      },
    });
    const replay = await visit('PUT', dossier, {
      start: '2026-10-12T08:00:00+07:00',
      idempotencyKey: 'visit-book-0001',
    });
    expect([replay.statusCode, replay.json()]).toEqual([200, first.json()]);
    expect(await visitRows(dossier.code)).toEqual({ live: 1, cancelled: 0, notices: 1, jobs: 1 });
    const view = await plan(dossier);
    expect(view.booking).toEqual(first.json<{ booking: unknown }>().booking);
    expect(view.slots.find((s) => s.start === '2026-10-12T08:00:00+07:00')?.remaining).toBe(3);
  });

  it('moves a booking by cancelling it and booking again, and keeps it when the new slot is refused', async () => {
    const dossier = await inStatus('payment_requested');
    expect((await visit('PUT', dossier, { start: '2026-10-15T07:00:00+07:00' })).statusCode).toBe(200);
    const moved = await visit('PUT', dossier, { start: '2026-10-15T01:30:00Z' });
    expect([moved.statusCode, moved.json<{ booking: { start: string } }>().booking.start]).toEqual([
      200,
      '2026-10-15T08:30:00+07:00',
    ]);
    const view = await plan(dossier);
    expect(view.booking?.start).toBe('2026-10-15T08:30:00+07:00');
    const remaining = (start: string) => view.slots.find((s) => s.start === start)?.remaining;
    expect([remaining('2026-10-15T07:00:00+07:00'), remaining('2026-10-15T08:30:00+07:00')]).toEqual([4, 3]);
    expect(await visitRows(dossier.code)).toEqual({ live: 1, cancelled: 1, notices: 2, jobs: 2 });

    const same = await visit('PUT', dossier, { start: '2026-10-15T08:30:00+07:00' });
    expect(same.statusCode).toBe(200);
    expect(codeOf(await visit('PUT', dossier, { start: '2026-10-13T08:00:00+07:00' }))).toEqual([
      422,
      'VISIT.SLOT_INVALID',
    ]);
    expect((await plan(dossier)).booking?.start).toBe('2026-10-15T08:30:00+07:00');
    expect(await visitRows(dossier.code)).toEqual({ live: 1, cancelled: 1, notices: 2, jobs: 2 });
  });

  it('refuses a start that is not an offered slot', async () => {
    const dossier = await inStatus('result_ready');
    for (const start of [
      '2026-10-12T08:15:00+07:00',
      '2026-10-10T08:00:00+07:00',
      '2026-10-11T08:00:00+07:00',
      '2026-10-13T08:00:00+07:00',
      '2026-10-12T12:00:00+07:00',
      '2026-10-12T11:30:00+07:00',
      '2026-10-12T17:00:00+07:00',
      '2026-10-09T10:30:00+07:00',
      '2026-10-08T08:00:00+07:00',
      '2026-10-26T08:00:00+07:00',
    ]) {
      expect([start, ...codeOf(await visit('PUT', dossier, { start }))]).toEqual([start, 422, 'VISIT.SLOT_INVALID']);
    }
    expect((await visit('PUT', dossier, { start: 'tomorrow at eight' })).statusCode).toBe(400);
    expect((await visit('PUT', dossier, { start: '2026-10-17T08:00:00+07:00' })).statusCode).toBe(200);
    expect((await visit('PUT', dossier, { start: '2026-10-09T11:00:00+07:00' })).statusCode).toBe(200);
  });

  it('cancels, and cancelling again or with nothing booked is fine', async () => {
    const dossier = await inStatus('result_ready');
    expect((await visit('DELETE', dossier)).statusCode).toBe(204);
    expect((await visit('PUT', dossier, { start: '2026-10-16T14:00:00+07:00' })).statusCode).toBe(200);
    const cancelled = await visit('DELETE', dossier);
    expect([cancelled.statusCode, cancelled.body]).toEqual([204, '']);
    expect((await visit('DELETE', dossier)).statusCode).toBe(204);
    const view = await plan(dossier);
    expect(view.booking).toBeNull();
    expect(view.slots.find((s) => s.start === '2026-10-16T14:00:00+07:00')?.remaining).toBe(4);
    expect(await visitRows(dossier.code)).toMatchObject({ live: 0, cancelled: 1 });
  });

  it('is refused outside result ready and awaiting the fee', async () => {
    for (const status of [
      'submitted',
      'processing',
      'supplement_requested',
      'returned',
      'refused',
      'stopped',
    ] as const) {
      const dossier = await inStatus(status);
      const res = await visit('PUT', dossier, { start: '2026-10-12T09:00:00+07:00' });
      expect([status, ...codeOf(res)]).toEqual([status, 409, 'VISIT.NOT_ALLOWED']);
      expect(await visitRows(dossier.code)).toMatchObject({ live: 0, notices: 0 });
    }
  });
});

describe('a slot under concurrent bookings', () => {
  it('takes exactly its capacity of 4 out of 20 simultaneous bookings; a move into it is refused', async () => {
    const dossiers = await Promise.all(Array.from({ length: 20 }, () => inStatus('result_ready')));
    const start = '2026-10-14T09:00:00+07:00';
    const answers = await Promise.all(dossiers.map((d) => visit('PUT', d, { start })));
    const statuses = answers.map((res) => (res.statusCode === 200 ? 'booked' : codeOf(res)[1]));
    expect(statuses.filter((s) => s === 'booked')).toHaveLength(4);
    expect(statuses.filter((s) => s === 'VISIT.SLOT_FULL')).toHaveLength(16);
    const taken = await db.database.pool.query<{ n: number }>(
      `select count(*)::int as n from visits where tenant_id = $1 and starts_at = $2 and cancelled_at is null`,
      [tenant.id, new Date(start)],
    );
    expect(taken.rows[0]?.n).toBe(4);

    const mover = dossiers[statuses.indexOf('VISIT.SLOT_FULL')];
    if (!mover) throw new Error('no refused dossier');
    expect((await visit('PUT', mover, { start: '2026-10-14T10:00:00+07:00' })).statusCode).toBe(200);
    expect(codeOf(await visit('PUT', mover, { start }))).toEqual([409, 'VISIT.SLOT_FULL']);
    const view = await plan(mover);
    expect(view.booking?.start).toBe('2026-10-14T10:00:00+07:00');
    expect(view.slots.find((s) => s.start === start)?.remaining).toBe(0);
  });
});
