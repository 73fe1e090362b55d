import { describe, expect, it } from 'vitest';
import { loadConfig, type SmsGatewayConfig } from '../../config/config.ts';
import { createProvinceEmailChannel, smtpFor } from './email/province-email.ts';
import type { ProvinceMessagingSource, ProvinceSenders } from './province-messaging.ts';
import { createProvinceSmsChannel, smsGatewayFor } from './sms/province-sms.ts';
import { describeChannelContract } from './testing/channel-contract.ts';
import { startFakeSmsGateway } from './testing/fake-sms-gateway.ts';
import { startFakeSmtpServer } from './testing/fake-smtp-server.ts';

const TIMEOUT_MS = 400;
const JSON_BODY = '{"to":"{{phone}}","message":"{{text}}","brandname":"{{sender}}","clientRef":"{{deliveryId}}"}';

/** Every message of the contract is tenant-a's, a province with its own sender and secrets. */
function source(senders: ProvinceSenders, vars: Record<string, string>): ProvinceMessagingSource {
  return { sendersOf: () => Promise.resolve({ ok: true, messaging: senders }), secret: (name) => vars[name] };
}

function sms(env: Record<string, string>): SmsGatewayConfig {
  const config = loadConfig({
    MOTCUA_SMS_URL: 'https://sms.example.vn/send',
    MOTCUA_SMS_BODY: JSON_BODY,
    MOTCUA_SMS_SENDER: 'MOTCUA',
    MOTCUA_SMS_TIMEOUT_MS: String(TIMEOUT_MS),
    ...env,
  }).sms;
  if (!config) throw new Error('SMS is not configured');
  return config;
}

describeChannelContract('SMS under a province’s own brand name and API key', {
  recipient: { phone: '84912345678' },
  address: 'phone',
  addressAtProvider: '84912345678',
  content: (text) => ({ kind: 'text', text }),
  async setup() {
    const gateway = await startFakeSmsGateway({
      fields: { phone: '/to', text: '/message', reference: '/clientRef' },
      auth: { header: 'x-api-key', value: 'key-of-the-province' },
    });
    const base = sms({ MOTCUA_SMS_URL: gateway.url, MOTCUA_SMS_AUTH: 'header:X-Api-Key:key-of-the-deployment' });
    const provinces = source(
      { sms: { sender: 'TINHRIENG', secretEnv: 'SMS_KEY' } },
      { SMS_KEY: 'key-of-the-province' },
    );
    const channel = createProvinceSmsChannel(base, provinces);
    return { channel, provider: gateway, timeoutMs: TIMEOUT_MS, close: gateway.close };
  },
});

describeChannelContract('E-mail from a province’s own mail server', {
  recipient: { email: 'tuyet.nguyen@example.vn', phone: '84912345678' },
  address: 'email',
  addressAtProvider: 'tuyet.nguyen@example.vn',
  content: (text) => ({ kind: 'email', subject: 'Hồ sơ đã được tiếp nhận', text }),
  async setup() {
    const server = await startFakeSmtpServer({ user: 'tinh', pass: 'p@ss' });
    const provinces = source(
      { email: { from: 'Một cửa Tỉnh Riêng <motcua@tinhrieng.example.vn>', secretEnv: 'SMTP' } },
      { SMTP: `smtp://tinh:p%40ss@127.0.0.1:${String(server.port)}` },
    );
    // No deployment relay at all: the province's own is enough.
    const channel = createProvinceEmailChannel(undefined, provinces, TIMEOUT_MS);
    return { channel, provider: server, timeoutMs: TIMEOUT_MS, close: server.close };
  },
});

describe('a province’s SMS gateway credential replaces the deployment’s', () => {
  const vars = { KEY: 'prov:ince-secret' };
  it.each([
    ['bearer:deploy', { kind: 'bearer', token: 'prov:ince-secret' }],
    ['header:X-Api-Key:deploy', { kind: 'header', name: 'X-Api-Key', value: 'prov:ince-secret' }],
    ['basic:motcua:deploy', { kind: 'basic', user: 'prov', password: 'ince-secret' }],
  ])('MOTCUA_SMS_AUTH=%s', (auth, expected) => {
    const resolved = smsGatewayFor(sms({ MOTCUA_SMS_AUTH: auth }), { sender: 'TINH', secretEnv: 'KEY' }, (n) =>
      n === 'KEY' ? vars.KEY : undefined,
    );
    expect(resolved).toMatchObject({ ok: true, config: { auth: expected, sender: 'TINH' } });
  });

  it.each([
    [{ MOTCUA_SMS_AUTH: 'bearer:deploy' }, { sender: 'TINH', secretEnv: 'MISSING' }, /MISSING .* is not set/],
    [{}, { sender: 'TINH', secretEnv: 'KEY' }, /MOTCUA_SMS_AUTH is none/],
    [{ MOTCUA_SMS_AUTH: 'basic:u:p' }, { sender: 'TINH', secretEnv: 'PLAIN' }, /must hold <user>:<password>/],
    [
      { MOTCUA_SMS_BODY: '{"to":"{{phone}}","message":"{{text}}"}', MOTCUA_SMS_SENDER: 'MOTCUA' },
      { sender: 'TINH' },
      /MOTCUA_SMS_BODY has no \{\{sender\}\}/,
    ],
  ])('refuses %j with %j', (env, own, reason) => {
    const resolved = smsGatewayFor(sms(env), own, (n) => ({ KEY: 'k', PLAIN: 'no-colon' })[n]);
    expect(resolved).toMatchObject({ ok: false, result: { outcome: 'failed', reason: expect.stringMatching(reason) } });
    expect(JSON.stringify(resolved)).not.toContain('no-colon');
  });

  it('points a refused credential at the province’s variable, not at MOTCUA_SMS_AUTH', async () => {
    const gateway = await startFakeSmsGateway({
      fields: { phone: '/to', text: '/message', reference: '/clientRef' },
      auth: { header: 'authorization', value: 'Bearer deploy' },
    });
    try {
      const base = sms({ MOTCUA_SMS_URL: gateway.url, MOTCUA_SMS_AUTH: 'bearer:deploy' });
      const channel = createProvinceSmsChannel(base, source({ sms: { sender: 'TINH', secretEnv: 'KEY' } }, vars));
      const result = await channel.send({
        tenantId: 't',
        deliveryId: 'd',
        attempt: 1,
        to: { phone: '84912345678' },
        content: { kind: 'text', text: 'Hồ sơ đã có kết quả.' },
      });
      expect(result).toEqual({
        outcome: 'failed',
        reason: 'SMS gateway refused the message (HTTP 401); check KEY (sms.secretEnv)',
      });
    } finally {
      await gateway.close();
    }
  });

  it('keeps the deployment’s settings for a province without its own', () => {
    const base = sms({ MOTCUA_SMS_AUTH: 'bearer:deploy' });
    expect(smsGatewayFor(base, undefined, () => undefined)).toEqual({ ok: true, config: base });
  });
});

describe('a province’s e-mail From and relay', () => {
  const base = loadConfig({ MOTCUA_SMTP_URL: 'smtp://relay.example.vn', MOTCUA_MAIL_FROM: 'a@motcua.example.vn' }).smtp;

  it('uses the deployment relay with the province’s From when it names no server of its own', () => {
    expect(smtpFor(base, { from: '"Tỉnh Riêng" <b@tinhrieng.example.vn>' }, () => undefined, 100)).toMatchObject({
      ok: true,
      config: { host: 'relay.example.vn', from: { name: 'Tỉnh Riêng', address: 'b@tinhrieng.example.vn' } },
    });
  });

  it('is unreachable for a province with neither its own relay nor the deployment’s, From or not', () => {
    expect(smtpFor(undefined, undefined, () => undefined, 100)).toMatchObject({
      ok: false,
      result: { outcome: 'unreachable' },
    });
    expect(smtpFor(undefined, { from: 'b@tinhrieng.example.vn' }, () => undefined, 100)).toMatchObject({
      ok: false,
      result: { outcome: 'unreachable', reason: expect.stringContaining('no e-mail relay') },
    });
  });

  it('does not echo a malformed SMTP URL, which may hold a password', () => {
    const resolved = smtpFor(base, { from: 'b@t.vn', secretEnv: 'URL' }, () => 'http://u:hunter2@mail', 100);
    expect(resolved).toMatchObject({ ok: false, result: { outcome: 'failed' } });
    expect(JSON.stringify(resolved)).not.toContain('hunter2');
  });

  it('fails the send, rather than fall back, when the setting cannot be read as stored', async () => {
    const channel = createProvinceEmailChannel(
      base,
      {
        sendersOf: () => Promise.resolve({ ok: false, problem: 'the setting is invalid' }),
        secret: () => undefined,
      },
      100,
    );
    const message = {
      tenantId: 't',
      deliveryId: 'd',
      attempt: 1,
      to: { email: 'c@example.vn' },
      content: { kind: 'email' as const, subject: 's', text: 't' },
    };
    expect(await channel.send(message)).toEqual({ outcome: 'failed', reason: 'the setting is invalid' });
    const broken = createProvinceEmailChannel(
      base,
      { sendersOf: () => Promise.reject(new Error('db down')), secret: () => undefined },
      100,
    );
    expect(await broken.send(message)).toMatchObject({ outcome: 'retry' });
  });
});
