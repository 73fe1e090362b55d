import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/demo/seed-demo.ts';
import type { Channel, ChannelKind, OutboundMessage, Recipient, SendResult } from '../src/modules/channels/index.ts';
import { deliverNotice, DeliveryRetryLater, type Route } from '../src/modules/notifications/index.ts';
import type { Tenant } from '../src/modules/tenants/index.ts';
import type { NoticeList } from '@motcua/contracts';
import { buildTestApp } from './app.ts';
import { loginOfficer, testOfficer } from './factories/officer.ts';
import { fixedClock } from '../src/platform/clock.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';
import { dossierIn } from './factories/dossier.ts';

let db: TestDatabase;
let tenant: Tenant;
const now = new Date('2026-11-24T03:00:00Z');

beforeAll(async () => {
  db = await createTestDatabase();
  tenant = (await seedDemo(db.database)).tenant;
});
afterAll(() => db.drop());

/**
 * A provider behind the channel port, as the delivery logic sees one: it keeps what it received,
 * deduplicates by delivery id where the real provider does, and can be told to fail or to "crash"
 * (take the message, then lose the answer).
 */
class Provider implements Channel {
  readonly received: OutboundMessage[] = [];
  readonly script: ('ok' | 'retry' | 'unreachable' | 'failed' | 'crash')[] = [];
  constructor(
    readonly kind: ChannelKind,
    private readonly address: keyof Recipient,
    readonly deduplicates: boolean,
  ) {}
  canReach(to: Recipient): boolean {
    return to[this.address] !== undefined;
  }
  send(message: OutboundMessage): Promise<SendResult> {
    const next = this.script.shift() ?? 'ok';
    if (next === 'retry') return Promise.resolve({ outcome: 'retry', reason: 'HTTP 503' });
    if (next === 'unreachable') return Promise.resolve({ outcome: 'unreachable', reason: '-230' });
    if (next === 'failed') return Promise.resolve({ outcome: 'failed', reason: 'template refused' });
    const duplicate = this.deduplicates && this.received.some((m) => m.deliveryId === message.deliveryId);
    if (!duplicate) this.received.push(message);
    if (next === 'crash') return Promise.reject(new Error('process killed'));
    return Promise.resolve({ outcome: 'sent', providerId: `msg-${String(this.received.length)}` });
  }
}

function providers() {
  return {
    zalo_cs: new Provider('zalo_cs', 'zaloUserId', false),
    zalo_template: new Provider('zalo_template', 'phone', true),
    sms: new Provider('sms', 'phone', true),
    email: new Provider('email', 'email', true),
  };
}

function deps(channels: Partial<Record<Route, Provider>>, at: Date = now) {
  return {
    database: db.database,
    channels: new Map(Object.entries(channels)) as Map<ChannelKind, Channel>,
    publicUrl: () => 'https://motcua.test/',
    now: () => at,
  };
}

/** The notices of a dossier, oldest first. */
async function noticesOf(code: string) {
  const rows = await db.database.pool.query<{ delivery_id: string; intent: string; status: string; route: string }>(
    `select i.delivery_id, i.intent, i.status, i.route from notification_intents i
       join applications a on a.tenant_id = i.tenant_id and a.id = i.application_id
      where a.code = $1 order by i.created_at, i.intent`,
    [code],
  );
  return rows.rows;
}

async function attemptsOf(deliveryId: string) {
  const rows = await db.database.pool.query<{ route: string; attempt: number; state: string; reason: string | null }>(
    `select route, attempt, state, reason from notification_attempts where delivery_id = $1
      order by array_position(array['zalo_cs', 'zalo_template', 'sms', 'email'], route), attempt`,
    [deliveryId],
  );
  return rows.rows.map((r) => `${r.route}#${String(r.attempt)}:${r.state}`);
}

async function acceptedNotice(applicantName: string): Promise<{ code: string; deliveryId: string }> {
  const { code } = await dossierIn(db, tenant, 'accepted', { at: now, applicantName });
  const accepted = (await noticesOf(code)).find((n) => n.intent === 'application.accepted');
  if (!accepted) throw new Error('no accepted notice');
  return { code, deliveryId: accepted.delivery_id };
}

async function followOa(phone: string, lastInteractionAt: Date): Promise<void> {
  await db.database.pool.query(
    `insert into citizens (tenant_id, id, phone, full_name, zalo_oa_user_id, zalo_follower, zalo_last_interaction_at)
     values ($1, gen_random_uuid(), $2, '', '4417552298413307001', true, $3)
     on conflict (tenant_id, phone) do update set zalo_oa_user_id = excluded.zalo_oa_user_id,
       zalo_follower = true, zalo_last_interaction_at = excluded.zalo_last_interaction_at`,
    [tenant.id, phone, lastInteractionAt],
  );
}

describe('delivering a citizen notice', () => {
  it('falls through to SMS for a citizen unknown to Zalo, records each step, and sends once', async () => {
    const { code, deliveryId } = await acceptedNotice('Nguyễn Thị Lan');
    const p = providers();
    expect(await deliverNotice(deps(p), { tenantId: tenant.id, deliveryId })).toBe('delivered');
    expect(await attemptsOf(deliveryId)).toEqual(['zalo_cs#1:unreachable', 'zalo_template#1:sent']);

    // The template carries the dossier's facts; the phone is the applicant's own.
    const sent = p.zalo_template.received[0];
    expect(sent?.to.phone).toBe('84912345678');
    expect(sent?.deliveryId).toBe(deliveryId);
    expect(sent?.content).toMatchObject({ kind: 'template', params: { ma_ho_so: code, trang_thai: 'Được tiếp nhận' } });

    // Running the job again (a retry after a lost acknowledgement) sends nothing more.
    expect(await deliverNotice(deps(p), { tenantId: tenant.id, deliveryId })).toBe('already_settled');
    expect(p.zalo_template.received).toHaveLength(1);
    expect((await noticesOf(code)).find((n) => n.delivery_id === deliveryId)).toMatchObject({
      status: 'delivered',
      route: 'zalo_template',
    });

    // Without Zalo's template route the same notice would have gone by SMS, in Vietnamese.
    const { deliveryId: second } = await acceptedNotice('Lê Văn Tùng');
    const smsOnly = providers();
    expect(await deliverNotice(deps({ sms: smsOnly.sms }), { tenantId: tenant.id, deliveryId: second })).toBe(
      'delivered',
    );
    expect(await attemptsOf(second)).toEqual(['zalo_cs#1:unreachable', 'zalo_template#1:unreachable', 'sms#1:sent']);
    const text = smsOnly.sms.received[0]?.content;
    expect(text).toMatchObject({ kind: 'text' });
    expect(text && 'text' in text ? text.text : '').toMatch(
      /^Hồ sơ .+ đã được tiếp nhận\. Hẹn trả kết quả \d\d\/\d\d\/\d{4}\. https:\/\/motcua\.test\/\?tenant=tay-ninh&track=/,
    );
  });

  it('writes in the Zalo chat to a follower inside the 7-day window, and by template outside it', async () => {
    const { code, deliveryId } = await acceptedNotice('Phạm Minh Châu');
    await followOa('84912345678', new Date(now.getTime() - 2 * 24 * 3_600_000));
    const p = providers();
    expect(await deliverNotice(deps(p), { tenantId: tenant.id, deliveryId })).toBe('delivered');
    const chat = p.zalo_cs.received[0];
    expect(chat?.to.zaloUserId).toBe('4417552298413307001');
    expect(chat?.content.kind).toBe('text');
    const body = chat?.content.kind === 'text' ? chat.content.text : '';
    expect(body).toContain(code);
    expect(body).toContain('Tỉnh Tây Ninh — Một Cửa');
    expect(body).toMatch(/Ngày hẹn trả kết quả: \d\d\/\d\d\/\d{4}\./);
    expect(chat?.content.kind === 'text' ? chat.content.buttons?.[0]?.title : '').toBe('Xem hồ sơ');

    const later = await acceptedNotice('Phạm Minh Châu');
    const eightDaysOn = new Date(now.getTime() + 6 * 24 * 3_600_000);
    const q = providers();
    expect(await deliverNotice(deps(q, eightDaysOn), { tenantId: tenant.id, deliveryId: later.deliveryId })).toBe(
      'delivered',
    );
    expect(q.zalo_cs.received).toHaveLength(0);
    expect(await attemptsOf(later.deliveryId)).toEqual(['zalo_cs#1:unreachable', 'zalo_template#1:sent']);
    await db.database.pool.query(`update citizens set zalo_follower = false where phone = '84912345678'`);
  });

  it('retries a transient fault on the same route, then moves on after a refusal', async () => {
    const { deliveryId } = await acceptedNotice('Hoàng Thu Hà');
    const p = providers();
    p.zalo_template.script.push('retry', 'failed');
    p.sms.script.push('retry');
    const run = () => deliverNotice(deps(p), { tenantId: tenant.id, deliveryId });
    await expect(run()).rejects.toBeInstanceOf(DeliveryRetryLater);
    await expect(run()).rejects.toBeInstanceOf(DeliveryRetryLater);
    expect(await run()).toBe('delivered');
    expect(await attemptsOf(deliveryId)).toEqual([
      'zalo_cs#1:unreachable',
      'zalo_template#1:retry',
      'zalo_template#2:failed',
      'sms#1:retry',
      'sms#2:sent',
    ]);
    expect(p.sms.received).toHaveLength(1);
  });

  it('after a crash mid-send, resends only where the provider deduplicates — never twice in the chat', async () => {
    const { deliveryId } = await acceptedNotice('Đặng Quốc Bảo');
    const p = providers();
    p.sms.script.push('crash');
    await expect(deliverNotice(deps({ sms: p.sms }), { tenantId: tenant.id, deliveryId })).rejects.toThrow(
      'process killed',
    );
    // Inside the lease another worker would wait; once it has passed, the send counts as interrupted.
    await expect(deliverNotice(deps({ sms: p.sms }), { tenantId: tenant.id, deliveryId })).rejects.toBeInstanceOf(
      DeliveryRetryLater,
    );
    const afterLease = new Date(now.getTime() + 3 * 60_000);
    expect(await deliverNotice(deps({ sms: p.sms }, afterLease), { tenantId: tenant.id, deliveryId })).toBe(
      'delivered',
    );
    expect(p.sms.received).toHaveLength(1);
    expect(await attemptsOf(deliveryId)).toEqual([
      'zalo_cs#1:unreachable',
      'zalo_template#1:unreachable',
      'sms#1:sending',
      'sms#2:sent',
    ]);

    const chat = await acceptedNotice('Đặng Quốc Bảo');
    await followOa('84912345678', now);
    const q = providers();
    q.zalo_cs.script.push('crash');
    await expect(deliverNotice(deps(q), { tenantId: tenant.id, deliveryId: chat.deliveryId })).rejects.toThrow();
    expect(await deliverNotice(deps(q, afterLease), { tenantId: tenant.id, deliveryId: chat.deliveryId })).toBe(
      'delivered_in_doubt',
    );
    expect(q.zalo_cs.received).toHaveLength(1);
    expect(q.zalo_template.received).toHaveLength(0);
    expect(await attemptsOf(chat.deliveryId)).toEqual(['zalo_cs#1:in_doubt']);
    await db.database.pool.query(`update citizens set zalo_follower = false where phone = '84912345678'`);
  });

  it('is a dead letter when no route can take it', async () => {
    const { code, deliveryId } = await acceptedNotice('Vũ Thị Mơ');
    const p = providers();
    p.zalo_template.script.push('failed');
    p.sms.script.push('unreachable');
    expect(await deliverNotice(deps(p), { tenantId: tenant.id, deliveryId })).toBe('dead');
    expect(await attemptsOf(deliveryId)).toEqual([
      'zalo_cs#1:unreachable',
      'zalo_template#1:failed',
      'sms#1:unreachable',
      'email#1:unreachable',
    ]);
    expect((await noticesOf(code)).find((n) => n.delivery_id === deliveryId)?.status).toBe('dead');

    // The province admin sees it among the dead letters, with every step and why; others may not.
    const app = await buildTestApp(db);
    try {
      await testOfficer(db.database, tenant.id, 'tb.admin', '000.00.00.H53', 'admin');
      await testOfficer(db.database, tenant.id, 'tb.intake', '000.20.01.H53', 'intake');
      const get = async (who: string) => {
        const session = await loginOfficer(app, 'tay-ninh', who);
        return app.inject({
          method: 'GET',
          url: '/api/v1/tay-ninh/console/admin/notices?status=dead',
          headers: { cookie: session.cookie },
        });
      };
      const listed = await get('tb.admin');
      expect(listed.statusCode).toBe(200);
      const item = listed.json<NoticeList>().items.find((i) => i.deliveryId === deliveryId);
      expect(item).toMatchObject({ code, intent: 'application.accepted', status: 'dead', route: null });
      expect(item?.attempts.map((a) => `${a.route}:${a.state}:${a.reason ?? ''}`)).toEqual([
        'zalo_cs:unreachable:not a follower inside the reply window',
        'zalo_template:failed:template refused',
        'sms:unreachable:-230',
        'email:unreachable:no address or channel',
      ]);
      expect((await get('tb.intake')).statusCode).toBe(403);
    } finally {
      await app.close();
    }
  });

  it('two workers on the same notice send it once', async () => {
    const { deliveryId } = await acceptedNotice('Bùi Anh Khoa');
    const p = providers();
    const results = await Promise.allSettled([
      deliverNotice(deps({ sms: p.sms }), { tenantId: tenant.id, deliveryId }),
      deliverNotice(deps({ sms: p.sms }), { tenantId: tenant.id, deliveryId }),
    ]);
    expect(p.sms.received).toHaveLength(1);
    expect(results.filter((r) => r.status === 'fulfilled' && r.value === 'delivered')).toHaveLength(1);
  });

  it('confirms a booked visit with the originals to bring, reminds the day before, and voids a moved booking’s reminder', async () => {
    const clockNow = new Date('2026-10-09T09:00:00+07:00');
    const app = await buildTestApp(db, { clock: fixedClock(clockNow) });
    try {
      const dossier = await dossierIn(db, tenant, 'result_ready', {
        at: new Date(clockNow.getTime() - 3_600_000),
        applicantName: 'Mai Văn Hậu',
      });
      const book = (start: string) =>
        app.inject({
          method: 'PUT',
          url: `/api/v1/tay-ninh/applications/${dossier.code}/visit?key=${dossier.key}`,
          payload: { start },
        });
      expect((await book('2026-10-13T08:30:00+07:00')).statusCode).toBe(200);
      const notices = await noticesOf(dossier.code);
      const booked = notices.find((n) => n.intent === 'visit.booked');
      const reminder = notices.find((n) => n.intent === 'visit.reminder');
      if (!booked || !reminder) throw new Error('visit notices missing');
      const job = await db.database.pool.query<{ run_at: Date }>(
        `select j.run_at from graphile_worker._private_jobs j where j.key = $1`,
        [`delivery:${reminder.delivery_id}`],
      );
      expect(job.rows[0]?.run_at).toEqual(new Date('2026-10-12T08:00:00+07:00'));

      const p = providers();
      const at = deps({ sms: p.sms }, clockNow);
      expect(await deliverNotice(at, { tenantId: tenant.id, deliveryId: booked.delivery_id })).toBe('delivered');
      const text = p.sms.received[0]?.content;
      expect(text && 'text' in text ? text.text : '').toMatch(/^Đã đặt lịch 08:30 13\/10\/2026 tại /);

      // Moving the booking voids the old reminder when its time comes; the new one goes out.
      expect((await book('2026-10-14T09:00:00+07:00')).statusCode).toBe(200);
      const q = providers();
      expect(await deliverNotice(deps(q), { tenantId: tenant.id, deliveryId: reminder.delivery_id })).toBe('void');
      expect(q.sms.received).toHaveLength(0);
      const newer = await acceptedReminderOf(dossier.code, '2026-10-14T09:00:00+07:00');
      expect(newer).not.toBe(reminder.delivery_id);

      const chat = providers();
      await followOa('84912345678', clockNow);
      const eve = new Date('2026-10-13T08:00:00+07:00');
      expect(await deliverNotice(deps(chat, eve), { tenantId: tenant.id, deliveryId: newer })).toBe('delivered');
      const body = chat.zalo_cs.received[0]?.content;
      const words = body && 'text' in body ? body.text : '';
      expect(words).toContain('Nhắc lịch hẹn ngày mai');
      expect(words).toContain('09:00 14/10/2026');
      expect(words).toMatch(/Mang theo bản chính để đối chiếu:\n1\. .+bản chính/);
      await db.database.pool.query(`update citizens set zalo_follower = false where phone = '84912345678'`);
    } finally {
      await app.close();
    }
  });
});

/** The reminder notice of the booking that started at `start`. */
async function acceptedReminderOf(code: string, start: string): Promise<string> {
  const rows = await db.database.pool.query<{ delivery_id: string }>(
    `select i.delivery_id from notification_intents i
       join applications a on a.tenant_id = i.tenant_id and a.id = i.application_id
       join visits v on v.tenant_id = i.tenant_id and v.id = i.event_id
      where a.code = $1 and i.intent = 'visit.reminder' and v.starts_at = $2`,
    [code, new Date(start)],
  );
  return rows.rows[0]?.delivery_id ?? '';
}
