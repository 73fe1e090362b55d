import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoticeList } from '@motcua/contracts';
import type { Actor } from '@motcua/workflow';
import { performAction } from '../src/modules/applications/index.ts';
import { recordDeliveryReceipt } from '../src/modules/notifications/index.ts';
import { finishAttempt, recordAttempt } from '../src/modules/notifications/notifications.repo.ts';
import { listUnits } from '../src/modules/tenants/index.ts';
import { fixedClock } from '../src/platform/clock.ts';
import { withTx } from '../src/platform/db/database.ts';
import { newId } from '../src/platform/ids.ts';
import { startChatKit, type ChatKit } from './chatbot-kit.ts';
import { dossierIn } from './factories/dossier.ts';
import { loginOfficer, testOfficer } from './factories/officer.ts';

let kit: ChatKit;

beforeAll(async () => {
  kit = await startChatKit();
  await kit.sim('POST', '/zns/templates', {
    templateId: '301234',
    name: 'Cập nhật hồ sơ',
    params: ['ma_ho_so', 'ten_thu_tuc', 'trang_thai', 'ngay_hen', 'ghi_chu'],
    status: 'ENABLE',
  });
  await testOfficer(kit.db.database, kit.tenant.id, 'dr.admin', '000.00.00.H53', 'admin');
});
afterAll(async () => {
  await kit.close();
});

interface AttemptRow {
  route: string;
  state: string;
  provider_id: string | null;
  delivered_at: Date | null;
  seen_at: Date | null;
}

async function attempts(code: string): Promise<AttemptRow[]> {
  const rows = await kit.db.database.pool.query<AttemptRow>(
    `select t.route, t.state, t.provider_id, t.delivered_at, t.seen_at
       from notification_attempts t
       join notification_intents i on i.tenant_id = t.tenant_id and i.delivery_id = t.delivery_id
       join applications a on a.tenant_id = i.tenant_id and a.id = i.application_id
      where a.code = $1
      order by t.started_at`,
    [code],
  );
  return rows.rows;
}

async function deliveredNotices(): Promise<NoticeList> {
  const session = await loginOfficer(kit.app, kit.tenant.slug, 'dr.admin');
  const res = await kit.app.inject({
    method: 'GET',
    url: `/api/v1/${kit.tenant.slug}/console/admin/notices?status=delivered`,
    headers: { cookie: session.cookie },
  });
  expect(res.statusCode).toBe(200);
  return res.json<NoticeList>();
}

describe('delivery receipts from Zalo', () => {
  it('marks a template message delivered when Zalo echoes its tracking_id, and the console shows when', async () => {
    // The applicant's phone has no Zalo chat: the notice goes as a template message by phone, and
    // the simulator then posts the signed `user_received_message` with our delivery id.
    const { code } = await dossierIn(kit.db, kit.tenant, 'accepted', { at: new Date() });
    await kit.settle();
    const sent = (await attempts(code)).filter((a) => a.route === 'zalo_template' && a.state === 'sent');
    expect(sent.length).toBeGreaterThan(0);
    for (const attempt of sent) {
      expect(attempt.delivered_at).toBeInstanceOf(Date);
      expect(attempt.seen_at).toBeNull();
    }
    const listed = (await deliveredNotices()).items.filter((n) => n.code === code);
    expect(listed.length).toBe(sent.length);
    const template = listed.flatMap((n) => n.attempts).filter((a) => a.route === 'zalo_template' && a.state === 'sent');
    expect(template.every((a) => a.deliveredAt !== null && !Number.isNaN(Date.parse(a.deliveredAt)))).toBe(true);
    // The route that could not reach the citizen has no receipt.
    expect(listed.flatMap((n) => n.attempts).filter((a) => a.route === 'zalo_cs')[0]?.deliveredAt ?? null).toBeNull();
  });

  it('counts a template receipt that comes before the send is recorded, as Zalo may post it first', async () => {
    const { code } = await dossierIn(kit.db, kit.tenant, 'accepted', { at: new Date() });
    await kit.settle();
    const intent = await kit.db.database.pool.query<{ delivery_id: string }>(
      `select i.delivery_id from notification_intents i
         join applications a on a.tenant_id = i.tenant_id and a.id = i.application_id
        where a.code = $1 limit 1`,
      [code],
    );
    const deliveryId = intent.rows[0]?.delivery_id ?? '';
    // A later try of the same notice, still waiting for Zalo's answer when the receipt is drained.
    const key = { deliveryId, route: 'zalo_template' as const, attempt: 9 };
    await withTx(kit.db.database, kit.tenant.id, (tx) =>
      recordAttempt(tx, kit.tenant.id, { ...key, state: 'sending', at: new Date(), finished: false }),
    );
    const receivedAt = new Date();
    await withTx(kit.db.database, kit.tenant.id, (tx) =>
      recordDeliveryReceipt(tx, kit.tenant.id, {
        kind: 'delivered',
        trackingId: deliveryId,
        messageIds: [],
        at: receivedAt,
      }),
    );
    await withTx(kit.db.database, kit.tenant.id, (tx) =>
      finishAttempt(tx, kit.tenant.id, key, { state: 'sent', providerId: 'zns-answer-1', at: new Date() }),
    );
    const row = await kit.db.database.pool.query<{ state: string; delivered_at: Date | null }>(
      `select state, delivered_at from notification_attempts where tenant_id = $1 and delivery_id = $2 and attempt = 9`,
      [kit.tenant.id, deliveryId],
    );
    expect(row.rows[0]?.state).toBe('sent');
    expect(row.rows[0]?.delivered_at?.getTime()).toBe(receivedAt.getTime());
  });

  it('marks a chat notice delivered and then seen by the provider message id, first report kept', async () => {
    const { code } = await dossierIn(kit.db, kit.tenant, 'accepted', { at: new Date() });
    await kit.settle();
    // The applicant follows and their Zalo is linked to the phone on file (as sharing it in the
    // chat does, see chatbot.test.ts): later notices come in the chat.
    const user = await kit.citizen('Lê Văn Cường', '0912345678');
    await kit.db.database.pool.query(
      `update citizens set zalo_oa_user_id = $2, zalo_follower = true, zalo_last_interaction_at = now()
        where tenant_id = $1 and phone = '84912345678'`,
      [kit.tenant.id, user],
    );
    await dossierAwaitingFee(code);
    await kit.settle();
    const all = await attempts(code);
    const chat = all.filter((a) => a.route === 'zalo_cs' && a.state === 'sent');
    expect(chat, JSON.stringify(all)).toHaveLength(1);
    const messageId = chat[0]?.provider_id ?? '';
    expect(messageId).not.toBe('');
    expect(chat[0]?.delivered_at).toBeNull();

    await kit.sim('POST', `/users/${user}/received`, { msgIds: [messageId] });
    await kit.settle();
    const delivered = (await attempts(code)).find((a) => a.provider_id === messageId);
    expect(delivered?.delivered_at).toBeInstanceOf(Date);
    expect(delivered?.seen_at).toBeNull();

    await kit.sim('POST', `/users/${user}/seen`, { msgIds: [messageId] });
    await kit.settle();
    const seen = (await attempts(code)).find((a) => a.provider_id === messageId);
    expect(seen?.seen_at).toBeInstanceOf(Date);
    expect(seen?.delivered_at?.getTime()).toBe(delivered?.delivered_at?.getTime());
  });
});

/** Takes an accepted dossier to "payment requested" as its officers would (that notice goes out). */
async function dossierAwaitingFee(code: string): Promise<void> {
  const units = await withTx(kit.db.database, kit.tenant.id, (tx) => listUnits(tx, kit.tenant.id));
  const unitId = units.find((u) => u.eid === '000.20.01.H53')?.id ?? '';
  const actor: Actor = { kind: 'officer', officerId: newId(), roles: [{ unitId, role: 'processor' }] };
  const deps = { database: kit.db.database, clock: fixedClock(new Date()) };
  await performAction(deps, { tenant: kit.tenant, code, action: 'start_processing', actor, requestId: 'test' });
  await performAction(deps, {
    tenant: kit.tenant,
    code,
    action: 'request_payment',
    actor,
    requestId: 'test',
    payload: { amount: 8000 },
  });
}
