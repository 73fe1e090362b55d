import type { Actor, Role } from '@motcua/workflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../demo/seed-demo.ts';
import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import { fixedClock, type Clock } from '../../../platform/clock.ts';
import { withTx } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/ids.ts';
import { createTestDatabase, type TestDatabase } from '../../../../test/harness.ts';
import { uploadRow } from '../../../../test/factories/upload.ts';
import { listUnits, type Tenant } from '../../tenants/index.ts';
import { performAction, type ActionInput } from './perform-action.ts';
import { submitApplication } from './submit-application.ts';

let db: TestDatabase;
let tenant: Tenant;
let units: Map<string, string>;

beforeAll(async () => {
  db = await createTestDatabase();
  tenant = (await seedDemo(db.database)).tenant;
  units = new Map((await withTx(db.database, tenant.id, (tx) => listUnits(tx, tenant.id))).map((u) => [u.eid, u.id]));
  all = officer(['intake', 'processor', 'leader']);
});
afterAll(async () => db.drop());

/** Local Vietnam time to an instant. */
function vn(local: string): Date {
  return new Date(`${local}+07:00`);
}

function officer(roles: Role[], eid = '000.20.01.H53'): Actor {
  const unitId = units.get(eid) ?? '';
  return { kind: 'officer', officerId: newId(), roles: roles.map((role) => ({ unitId, role })) };
}

let all: Actor;

async function fileAt(at: string, procedure = khaiSinh): Promise<string> {
  const example = (procedure.form?.schema['examples'] as Record<string, unknown>[])[0] ?? {};
  const result = await submitApplication(
    { database: db.database, clock: fixedClock(vn(at)) },
    {
      tenant,
      body: {
        procedureCode: procedure.code,
        caseKey: 'thong-thuong',
        applicant: { fullName: 'Nguyễn Thị Lan', phone: '0912345678' },
        form: example,
        attachments: [{ documentKey: 'giay-chung-sinh', uploadId: await uploadRow(db, tenant.id) }],
      },
      idempotencyKey: undefined,
      requestId: 'test',
      trackingUrl: () => 'https://motcua.test',
    },
  );
  return result.body.code;
}

async function act(code: string, at: string, action: ActionInput['action'], extra: Partial<ActionInput> = {}) {
  const clock: Clock = fixedClock(vn(at));
  return performAction(
    { database: db.database, clock },
    { tenant, code, action, actor: all, requestId: 'test', ...extra },
  );
}

/** The dossier's notices, each checked to have exactly one delivery job queued in its transaction. */
async function intents(code: string): Promise<string[]> {
  const rows = await db.database.pool.query<{ intent: string; jobs: number }>(
    `select n.intent,
            (select count(*) from graphile_worker._private_jobs j where j.key = 'delivery:' || n.delivery_id) as jobs
       from notification_intents n join applications a on a.tenant_id = n.tenant_id and a.id = n.application_id
      where a.code = $1 order by n.created_at, n.intent`,
    [code],
  );
  for (const row of rows.rows) expect([row.intent, row.jobs]).toEqual([row.intent, 1]);
  return rows.rows.map((r) => r.intent);
}

describe('the one-stop workflow on a real database', () => {
  it('takes a khai sinh dossier from filing to hand-over, with the 15:00 cut-off and an early result', async () => {
    const code = await fileAt('2026-11-24T08:00');
    const accepted = await act(code, '2026-11-24T09:00', 'accept');
    expect(accepted).toMatchObject({ status: 2, statusLabel: 'Được tiếp nhận' });
    expect(accepted.dueAt).toBe(vn('2026-11-24T17:00').toISOString());
    await act(code, '2026-11-24T09:10', 'start_processing');
    await act(code, '2026-11-24T09:20', 'submit_for_approval');
    await act(code, '2026-11-24T10:00', 'approve');
    const ready = await act(code, '2026-11-24T10:30', 'complete');
    expect(ready).toMatchObject({ status: 9, early: true });
    const returned = await act(code, '2026-11-24T14:00', 'return_result', {
      payload: { originalsChecked: true, feeCollected: 0 },
    });
    expect(returned.status).toBe(10);
    expect(await intents(code)).toEqual(
      expect.arrayContaining([
        'application.received',
        'application.accepted',
        'application.result_ready',
        'application.returned',
      ]),
    );
  });

  it('moves a dossier accepted after 15:00 to the next working day', async () => {
    const code = await fileAt('2026-11-27T14:00');
    const accepted = await act(code, '2026-11-27T15:30', 'accept');
    expect(accepted.dueAt).toBe(vn('2026-11-30T17:00').toISOString());
  });

  it('pauses the clock for a supplement and moves the due date by the time waited', async () => {
    const code = await fileAt('2026-11-23T08:00');
    await act(code, '2026-11-23T08:30', 'accept');
    await act(code, '2026-11-23T08:40', 'start_processing');
    const before = await act(code, '2026-11-23T09:00', 'assign', { payload: { officerId: newId() } });
    const paused = await act(code, '2026-11-23T10:00', 'request_supplement', {
      reason: 'Thiếu giấy tờ',
      payload: { items: ['Giấy chứng sinh bản rõ nét'] },
    });
    expect(paused).toMatchObject({ status: 5, supplementCount: 1, overdue: false });
    const resumed = await act(code, '2026-11-24T10:00', 'receive_supplement');
    expect(resumed.status).toBe(4);
    expect(new Date(resumed.dueAt ?? 0).getTime()).toBeGreaterThan(new Date(before.dueAt ?? 0).getTime());
  });

  it('records the hand-off when a dossier is transferred to another unit', async () => {
    const code = await fileAt('2026-11-24T08:00');
    await act(code, '2026-11-24T08:30', 'accept');
    await act(code, '2026-11-24T08:40', 'start_processing');
    const moved = await act(code, '2026-11-24T09:00', 'transfer', {
      payload: { toUnitId: units.get('000.00.01.H53') },
    });
    expect(moved.currentUnitId).toBe(units.get('000.00.01.H53'));
    const handoffs = await db.database.pool.query(
      `select h.* from handoffs h join applications a on a.id = h.application_id where a.code = $1`,
      [code],
    );
    expect(handoffs.rowCount).toBe(1);
    await expect(act(code, '2026-11-24T09:10', 'submit_for_approval')).rejects.toMatchObject({
      code: 'APPLICATION.FORBIDDEN',
    });
  });

  it('allows one apology with a new date, keeping the original due date', async () => {
    const code = await fileAt('2026-11-24T08:00');
    const accepted = await act(code, '2026-11-24T08:30', 'accept');
    await act(code, '2026-11-24T08:40', 'start_processing');
    const newDue = vn('2026-11-26T17:00').toISOString();
    const apology = await act(code, '2026-11-24T09:00', 'reschedule', {
      reason: 'Cần xác minh',
      payload: { newDueAt: newDue },
    });
    expect(apology.rescheduledDueAt).toBe(newDue);
    expect(apology.dueAt).toBe(accepted.dueAt);
    await expect(
      act(code, '2026-11-24T10:00', 'reschedule', {
        reason: 'Lần nữa',
        payload: { newDueAt: vn('2026-11-27T17:00').toISOString() },
      }),
    ).rejects.toMatchObject({ code: 'APPLICATION.ALREADY_RESCHEDULED' });
  });

  it('refuses with a reason only, and ends processing', async () => {
    const code = await fileAt('2026-11-24T08:00');
    await expect(act(code, '2026-11-24T08:30', 'refuse')).rejects.toMatchObject({
      code: 'APPLICATION.REASON_REQUIRED',
    });
    const refused = await act(code, '2026-11-24T08:30', 'refuse', { reason: 'Không thuộc thẩm quyền' });
    expect(refused.status).toBe(3);
    await expect(act(code, '2026-11-24T08:40', 'accept')).rejects.toMatchObject({
      code: 'APPLICATION.TRANSITION_NOT_ALLOWED',
    });
  });

  it('lets one of two officers accepting at once win; the other gets a conflict', async () => {
    const code = await fileAt('2026-11-24T08:00');
    const results = await Promise.allSettled([
      act(code, '2026-11-24T09:00', 'accept'),
      act(code, '2026-11-24T09:00', 'accept'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected?.status === 'rejected' ? rejected.reason : undefined).toMatchObject({
      code: 'APPLICATION.TRANSITION_NOT_ALLOWED',
    });
    expect((await intents(code)).filter((i) => i === 'application.accepted')).toHaveLength(1);
  });

  it('replays an action with the same idempotency key instead of failing it', async () => {
    const code = await fileAt('2026-11-24T08:00');
    const first = await act(code, '2026-11-24T09:00', 'accept', { idempotencyKey: 'accept-once-0001' });
    const again = await act(code, '2026-11-24T09:05', 'accept', { idempotencyKey: 'accept-once-0001' });
    expect(again).toEqual(first);
  });

  it('refuses an officer of another unit and an admin', async () => {
    const code = await fileAt('2026-11-24T08:00');
    const outsider = officer(['intake'], '000.20.02.H53');
    await expect(act(code, '2026-11-24T09:00', 'accept', { actor: outsider })).rejects.toMatchObject({
      code: 'APPLICATION.FORBIDDEN',
    });
    await expect(act(code, '2026-11-24T09:00', 'accept', { actor: officer(['admin']) })).rejects.toMatchObject({
      code: 'APPLICATION.FORBIDDEN',
    });
  });
});
