import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, type SmsGatewayConfig } from '../../../config/config.ts';
import type { OutboundMessage } from '../channel.ts';
import { describeChannelContract } from '../testing/channel-contract.ts';
import { startFakeSmsGateway, type FakeSmsGateway } from '../testing/fake-sms-gateway.ts';
import { createHttpSmsChannel } from './http-sms-gateway.ts';

const TIMEOUT_MS = 400;

function smsConfig(env: Record<string, string>): SmsGatewayConfig {
  const config = loadConfig({ MOTCUA_SMS_TIMEOUT_MS: String(TIMEOUT_MS), ...env }).sms;
  if (!config) throw new Error('SMS is not configured');
  return config;
}

const JSON_FIELDS = { phone: '/to', text: '/message', reference: '/clientRef' };
const JSON_BODY =
  '{"to":"{{phone}}","message":"{{text}}","brandname":"{{sender}}","clientRef":"{{deliveryId}}","unicode":1}';

describeChannelContract('SMS over an HTTP gateway (JSON, bearer token)', {
  recipient: { phone: '84912345678' },
  address: 'phone',
  addressAtProvider: '84912345678',
  content: (text) => ({ kind: 'text', text }),
  async setup() {
    const gateway = await startFakeSmsGateway({
      fields: JSON_FIELDS,
      auth: { header: 'authorization', value: 'Bearer tok-3f9a' },
    });
    const config = smsConfig({
      MOTCUA_SMS_URL: gateway.url,
      MOTCUA_SMS_AUTH: 'bearer:tok-3f9a',
      MOTCUA_SMS_BODY: JSON_BODY,
      MOTCUA_SMS_SENDER: 'UBND-TINH',
      MOTCUA_SMS_ID_POINTER: '/data/messageId',
      MOTCUA_SMS_SUCCESS: '/code=00',
    });
    return { channel: createHttpSmsChannel(config), provider: gateway, timeoutMs: TIMEOUT_MS, close: gateway.close };
  },
});

describeChannelContract('SMS over an HTTP gateway (form, API-key header, 0… numbers)', {
  recipient: { phone: '84912345678' },
  address: 'phone',
  addressAtProvider: '0912345678',
  content: (text) => ({ kind: 'text', text }),
  async setup() {
    const gateway = await startFakeSmsGateway({
      fields: { phone: 'Phone', text: 'Content', reference: 'RequestId' },
      auth: { header: 'x-api-key', value: 'k3y:with:colons' },
    });
    const config = smsConfig({
      MOTCUA_SMS_URL: gateway.url,
      MOTCUA_SMS_AUTH: 'header:X-Api-Key:k3y:with:colons',
      MOTCUA_SMS_CONTENT_TYPE: 'form',
      MOTCUA_SMS_BODY: 'Phone={{phone}}&Content={{text}}&Brandname={{sender}}&RequestId={{deliveryId}}&SmsType=2',
      MOTCUA_SMS_SENDER: 'UBND-TINH',
      MOTCUA_SMS_PHONE_FORMAT: 'local',
    });
    return { channel: createHttpSmsChannel(config), provider: gateway, timeoutMs: TIMEOUT_MS, close: gateway.close };
  },
});

describe('HTTP SMS gateway', () => {
  let gateway: FakeSmsGateway | undefined;
  afterEach(async () => {
    await gateway?.close();
    gateway = undefined;
  });

  function message(overrides: Partial<OutboundMessage> = {}): OutboundMessage {
    return {
      tenantId: 'tenant-a',
      deliveryId: 'dlv-0001',
      attempt: 1,
      to: { phone: '84912345678' },
      content: { kind: 'text', text: 'Hồ sơ của ông/bà đã có kết quả.' },
      ...overrides,
    };
  }

  async function jsonGateway(env: Record<string, string> = {}) {
    gateway = await startFakeSmsGateway({ fields: JSON_FIELDS });
    const config = smsConfig({
      MOTCUA_SMS_URL: gateway.url,
      MOTCUA_SMS_BODY: '{"to":"{{phone}}","message":"{{text}}","clientRef":"{{deliveryId}}"}',
      MOTCUA_SMS_ID_POINTER: '/data/messageId',
      MOTCUA_SMS_SUCCESS: '/code=00',
      ...env,
    });
    return { gateway, channel: createHttpSmsChannel(config, { now: () => Date.parse('2025-01-15T02:00:00Z') }) };
  }

  it('posts the rendered JSON template and reads the message id at the pointer', async () => {
    const { gateway, channel } = await jsonGateway({ MOTCUA_SMS_AUTH: 'basic:motcua:pa:ss' });
    expect(await channel.send(message())).toEqual({ outcome: 'sent', providerId: 'gw-1' });
    const [request] = gateway.requests;
    expect(request?.method).toBe('POST');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers.authorization).toBe(`Basic ${Buffer.from('motcua:pa:ss').toString('base64')}`);
    expect(JSON.parse(request?.body ?? '')).toEqual({
      to: '84912345678',
      message: 'Hồ sơ của ông/bà đã có kết quả.',
      clientRef: 'dlv-0001',
    });
  });

  it('escapes quotes and line breaks of the text inside the JSON body', async () => {
    const { gateway, channel } = await jsonGateway();
    const text = 'Mang theo "CCCD" gốc.\nGiờ làm việc: 7:30–17:00 \\ thứ Hai–thứ Sáu';
    await channel.send(message({ content: { kind: 'text', text } }));
    expect(gateway.received()[0]?.text).toBe(text);
  });

  it('falls back to the delivery id when the gateway answers without a message id', async () => {
    const { gateway, channel } = await jsonGateway();
    gateway.answerWith(200, { code: '00' });
    expect(await channel.send(message())).toEqual({ outcome: 'sent', providerId: 'dlv-0001' });
  });

  it('treats a 2xx answer without the success value as a refusal, naming the provider code only', async () => {
    const { gateway, channel } = await jsonGateway();
    gateway.answerWith(200, { code: '104', message: 'Brandname chưa đăng ký cho số 0912345678' });
    expect(await channel.send(message())).toEqual({
      outcome: 'failed',
      reason: 'SMS gateway did not accept the message (HTTP 200, code 104)',
    });
  });

  it('keeps a phone-like provider code out of the reason', async () => {
    const { gateway, channel } = await jsonGateway();
    gateway.answerWith(422, { code: '0912345678' });
    expect(await channel.send(message())).toEqual({
      outcome: 'failed',
      reason: 'SMS gateway refused the message (HTTP 422)',
    });
  });

  it.each([
    [429, { 'retry-after': '30' }, 30_000],
    [503, { 'retry-after': 'Wed, 15 Jan 2025 02:01:00 GMT' }, 60_000],
    [502, {}, undefined],
  ])('answers retry to HTTP %i, honouring Retry-After', async (status, headers, retryAfterMs) => {
    const { gateway, channel } = await jsonGateway();
    gateway.answerWith(status, { code: '99' }, headers);
    const result = await channel.send(message());
    expect(result).toMatchObject({ outcome: 'retry', reason: `SMS gateway busy or failing (HTTP ${status}, code 99)` });
    expect(result.outcome === 'retry' ? result.retryAfterMs : 'not retry').toBe(retryAfterMs);
  });

  it('points at the credentials when the gateway answers 401', async () => {
    const { gateway, channel } = await jsonGateway();
    gateway.answerWith(401, 'Unauthorized');
    expect(await channel.send(message())).toEqual({
      outcome: 'failed',
      reason: 'SMS gateway refused the message (HTTP 401); check MOTCUA_SMS_AUTH',
    });
  });

  it('does not follow redirects', async () => {
    const { gateway, channel } = await jsonGateway();
    gateway.answerWith(302, '', { location: 'http://127.0.0.1:1/elsewhere' });
    expect(await channel.send(message())).toMatchObject({ outcome: 'failed' });
    expect(gateway.requests).toHaveLength(1);
  });

  it('strips diacritics when asked to (MOTCUA_SMS_ASCII)', async () => {
    const { gateway, channel } = await jsonGateway({ MOTCUA_SMS_ASCII: 'true' });
    await channel.send(message({ content: { kind: 'text', text: 'Đã trả kết quả – cảm ơn ông/bà “Nguyễn Văn Ân”' } }));
    expect(gateway.received()[0]?.text).toBe('Da tra ket qua - cam on ong/ba "Nguyen Van An"');
  });

  it('sends the template as query parameters with GET', async () => {
    gateway = await startFakeSmsGateway({ fields: { phone: 'to', text: 'msg', reference: 'ref' } });
    const channel = createHttpSmsChannel(
      smsConfig({
        MOTCUA_SMS_URL: `${gateway.url}?apikey=k1`,
        MOTCUA_SMS_METHOD: 'GET',
        MOTCUA_SMS_CONTENT_TYPE: 'form',
        MOTCUA_SMS_BODY: 'to={{phone}}&msg={{text}}&ref={{deliveryId}}',
      }),
    );
    expect(await channel.send(message())).toEqual({ outcome: 'sent', providerId: 'dlv-0001' });
    const url = new URL(gateway.requests[0]?.path ?? '', 'http://gateway');
    expect(url.searchParams.get('apikey')).toBe('k1');
    expect(url.searchParams.get('msg')).toBe('Hồ sơ của ông/bà đã có kết quả.');
  });

  it('answers retry when nothing listens, naming the network error only', async () => {
    const { gateway: stopped, channel } = await jsonGateway();
    await stopped.close();
    gateway = undefined;
    expect(await channel.send(message())).toEqual({
      outcome: 'retry',
      reason: 'SMS gateway unreachable (ECONNREFUSED)',
    });
  });

  it('refuses content it cannot carry, and numbers its gateway cannot take', async () => {
    const { channel } = await jsonGateway({ MOTCUA_SMS_PHONE_FORMAT: 'local' });
    const template = { kind: 'template', templateId: '123', params: {} } as const;
    expect(await channel.send(message({ content: template }))).toMatchObject({ outcome: 'failed' });
    expect(channel.canReach({ phone: '84912345678' })).toBe(true);
    expect(channel.canReach({ phone: '14155550100' })).toBe(false);
    expect(channel.canReach({ phone: '0912345678' })).toBe(false);
    expect(await channel.send(message({ to: { phone: '14155550100' } }))).toMatchObject({ outcome: 'unreachable' });
  });
});
