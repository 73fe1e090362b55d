import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookMac } from './webhooks.ts';
import { startKit, startReceiver, type Receiver, type SimKit } from './test/sim-kit.ts';

let kit: SimKit;
let receiver: Receiver;

beforeAll(async () => {
  receiver = await startReceiver();
  kit = await startKit({ webhookUrl: receiver.url, znsDailyQuota: 10 });
  await kit.script('POST', '/zns/templates', {
    templateId: '7895417',
    name: 'Tiếp nhận hồ sơ',
    params: ['customer', 'code'],
  });
  await kit.script('POST', '/zns/templates', {
    templateId: '7895418',
    name: 'Nháp',
    params: ['x'],
    status: 'PENDING_REVIEW',
  });
});
afterAll(async () => {
  await kit.close();
  await receiver.close();
});

const data = { customer: 'Nguyễn Thị Hoàng Anh', code: 'HS-0001' };

function zns(body: Record<string, unknown>, token?: string) {
  return kit.zalo('/business/message/template', { body, ...(token === undefined ? {} : { token }) });
}

describe('ZNS template by phone (§8, §12.5, §12.8)', () => {
  it('sends, answers strings, posts the signed delivery webhook with tracking_id, and dedupes a resend', async () => {
    const body = {
      phone: '0987654321',
      template_id: '7895417',
      template_data: data,
      tracking_id: 'hs-0001-received',
      mode: 'development',
    };
    const sent = await zns(body);
    expect(sent.body).toEqual({
      error: 0,
      message: 'Success',
      data: {
        msg_id: expect.stringMatching(/^[0-9a-f]+$/),
        sent_time: String(kit.now().getTime()),
        quota: { dailyQuota: '10', remainingQuota: '9' },
      },
    });
    await kit.running.sim.state.webhooks.idle();
    const hook = receiver.hooks.at(-1);
    expect(hook?.json).toEqual({
      sender: { id: kit.running.sim.options.oaId },
      recipient: { id: '84987654321' },
      event_name: 'user_received_message',
      message: { delivery_time: expect.any(String), msg_id: sent.body.data.msg_id, tracking_id: 'hs-0001-received' },
      app_id: kit.running.sim.options.appId,
      timestamp: expect.stringMatching(/^[0-9]{13}$/),
    });
    const { appId, oaSecretKey } = kit.running.sim.options;
    expect(hook?.headers['x-zevent-signature']).toBe(
      `mac=${webhookMac(appId, String(hook?.body), hook?.json.timestamp, oaSecretKey)}`,
    );

    const hooksBefore = receiver.hooks.length;
    const again = await zns({ ...body, phone: '84987654321' });
    expect(again.body.data.msg_id).toBe(sent.body.data.msg_id);
    await kit.running.sim.state.webhooks.idle();
    expect(receiver.hooks.length).toBe(hooksBefore);
    expect((await kit.script('GET', '/zns?phone=0987654321')).body).toHaveLength(1);
  });

  it('answers -108, -109, -131, -111, -124 and -201 (tracking_id over 48 chars)', async () => {
    const good = { phone: '84912000001', template_id: '7895417', template_data: data };
    expect((await zns({ ...good, phone: '12345' })).body).toEqual({ error: -108, message: 'Phone number is invalid' });
    expect((await zns({ ...good, template_id: '1' })).body.error).toBe(-109);
    expect((await zns({ ...good, template_id: '7895418', template_data: { x: '1' } })).body.error).toBe(-131);
    expect((await zns({ ...good, template_data: {} })).body.error).toBe(-111);
    expect((await zns({ ...good, template_data: { customer: 'A' } })).body).toEqual({
      error: -111,
      message: 'Template data is missing code',
    });
    expect((await zns(good, 'nope')).body.error).toBe(-124);
    expect((await zns({ ...good, tracking_id: 'x'.repeat(49) })).body.error).toBe(-201);
    expect((await zns({ ...good, tracking_id: 'x'.repeat(48) })).body.error).toBe(0);
  });

  it('answers -115 once the daily quota is spent', async () => {
    await kit.script('PUT', '/zns/quota', { remaining: 0 });
    expect((await zns({ phone: '84912000002', template_id: '7895417', template_data: data })).body.error).toBe(-115);
    await kit.script('PUT', '/zns/quota', { remaining: 5 });
  });

  it('bans night sends only with znsNightBan, and sends twice without dedupe', async () => {
    // 16:30 UTC is 23:30 in Vietnam.
    const night = await startKit({ znsNightBan: true, dedupeZnsByTrackingId: false }, '2026-11-24T16:30:00Z');
    try {
      await night.script('POST', '/zns/templates', { templateId: '1', params: ['a'] });
      const send = () =>
        night.zalo('/business/message/template', {
          body: { phone: '84912000003', template_id: '1', template_data: { a: '1' }, tracking_id: 't' },
        });
      expect((await send()).body.error).toBe(-133);
      night.advance(7 * 3_600_000);
      const first = await send();
      const second = await send();
      expect(first.body.error).toBe(0);
      expect(second.body.data.msg_id).not.toBe(first.body.data.msg_id);
    } finally {
      await night.close();
    }
  });

  it('shows a ZNS in the chat of the user with that phone', async () => {
    const user = (await kit.script('POST', '/users', { name: 'Phạm Văn Dũng', phone: '0933000111' })).body;
    await zns({ phone: '84933000111', template_id: '7895417', template_data: data });
    const messages = (await kit.script('GET', `/users/${user.userId}/conversation`)).body.messages;
    expect(messages).toEqual([
      expect.objectContaining({ kind: 'zns', from: 'oa', template: { templateId: '7895417', templateData: data } }),
    ]);
  });
});
