import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const SMS_URL = 'https://sms.example.vn/api/v2/send';
const SMS_BODY = '{"to":"{{phone}}","text":"{{text}}","ref":"{{deliveryId}}"}';

describe('loadConfig', () => {
  it('gives a newcomer working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ mode: 'demo', port: 3000, host: '127.0.0.1', databaseUrl: undefined });
    expect(config.dataDir).toBe(path.resolve('./data'));
  });

  it('reads the variables it knows', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u:p@db/motcua',
      MOTCUA_MODE: 'production',
      MOTCUA_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
    });
    expect(config).toMatchObject({ port: 8080, databaseUrl: 'postgres://u:p@db/motcua', mode: 'production' });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ MOTCUA_MODE: 'staging' }, 'MOTCUA_MODE'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ MOTCUA_MODE: 'production' }, 'MOTCUA_MASTER_KEY'],
    [{ MOTCUA_MASTER_KEY: 'c2hvcnQ=' }, 'MOTCUA_MASTER_KEY'],
    [{ MOTCUA_STORAGE: 's3' }, 'MOTCUA_S3_BUCKET'],
    [{ MOTCUA_CORS_ORIGINS: 'https://h5.zdn.vn/app' }, 'MOTCUA_CORS_ORIGINS'],
    [{ MOTCUA_ZALO_GRAPH_URL: 'graph.zalo.me' }, 'MOTCUA_ZALO_GRAPH_URL'],
    [{ MOTCUA_SMS_URL: 'ftp://sms.example.vn', MOTCUA_SMS_BODY: SMS_BODY }, 'MOTCUA_SMS_URL'],
    [{ MOTCUA_SMS_BODY: SMS_BODY }, 'MOTCUA_SMS_URL'],
    [{ MOTCUA_SMS_URL: SMS_URL }, 'MOTCUA_SMS_BODY'],
    [{ MOTCUA_SMS_URL: SMS_URL, MOTCUA_SMS_BODY: '{"to":"{{phone}}"' }, 'MOTCUA_SMS_BODY'],
    [{ MOTCUA_SMS_URL: SMS_URL, MOTCUA_SMS_BODY: '{"to":"{{phone}}"}' }, '{{text}} is missing'],
    [{ MOTCUA_SMS_URL: SMS_URL, MOTCUA_SMS_BODY: '{"to":"{{phone}}","m":"{{ text }}"}' }, 'unknown placeholder'],
    [
      { MOTCUA_SMS_URL: SMS_URL, MOTCUA_SMS_BODY: '{"to":"{{phone}}","m":"{{text}}","b":"{{sender}}"}' },
      'MOTCUA_SMS_SENDER',
    ],
    [{ MOTCUA_SMS_URL: SMS_URL, MOTCUA_SMS_BODY: SMS_BODY, MOTCUA_SMS_METHOD: 'GET' }, 'MOTCUA_SMS_CONTENT_TYPE'],
    [{ MOTCUA_SMS_URL: SMS_URL, MOTCUA_SMS_BODY: SMS_BODY, MOTCUA_SMS_METHOD: 'PATCH' }, 'MOTCUA_SMS_METHOD'],
    [{ MOTCUA_SMS_URL: SMS_URL, MOTCUA_SMS_BODY: SMS_BODY, MOTCUA_SMS_AUTH: 'token:abc' }, 'MOTCUA_SMS_AUTH'],
    [{ MOTCUA_SMS_URL: SMS_URL, MOTCUA_SMS_BODY: SMS_BODY, MOTCUA_SMS_AUTH: 'header:Bad Name:v' }, 'MOTCUA_SMS_AUTH'],
    [{ MOTCUA_SMS_URL: SMS_URL, MOTCUA_SMS_BODY: SMS_BODY, MOTCUA_SMS_ID_POINTER: 'data.id' }, 'MOTCUA_SMS_ID_POINTER'],
    [{ MOTCUA_SMS_URL: SMS_URL, MOTCUA_SMS_BODY: SMS_BODY, MOTCUA_SMS_SUCCESS: '/code' }, 'MOTCUA_SMS_SUCCESS'],
    [{ MOTCUA_SMS_URL: SMS_URL, MOTCUA_SMS_BODY: SMS_BODY, MOTCUA_SMS_ASCII: 'yes' }, 'MOTCUA_SMS_ASCII'],
    [{ MOTCUA_SMS_URL: SMS_URL, MOTCUA_SMS_BODY: SMS_BODY, MOTCUA_SMS_PHONE_FORMAT: '+84' }, 'MOTCUA_SMS_PHONE_FORMAT'],
    [{ MOTCUA_SMTP_URL: 'http://mail.example.vn', MOTCUA_MAIL_FROM: 'a@example.vn' }, 'MOTCUA_SMTP_URL'],
    [{ MOTCUA_SMTP_URL: 'smtp://mail.example.vn?tls=no', MOTCUA_MAIL_FROM: 'a@example.vn' }, 'MOTCUA_SMTP_URL'],
    [{ MOTCUA_SMTP_URL: 'smtp://mail.example.vn' }, 'MOTCUA_MAIL_FROM'],
    [{ MOTCUA_MAIL_FROM: 'a@example.vn' }, 'MOTCUA_SMTP_URL'],
    [{ MOTCUA_SMTP_URL: 'smtp://mail.example.vn', MOTCUA_MAIL_FROM: 'Một Cửa' }, 'MOTCUA_MAIL_FROM'],
  ])('fails fast naming the variable for %o', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });

  it('reads the Mini App origins and Zalo graph host, trimming trailing slashes', () => {
    const config = loadConfig({
      MOTCUA_CORS_ORIGINS: 'https://h5.zdn.vn/, zbrowser://h5.zdn.vn',
      MOTCUA_ZALO_GRAPH_URL: 'https://graph.zalo.me/',
    });
    expect(config.corsOrigins).toEqual(['https://h5.zdn.vn', 'zbrowser://h5.zdn.vn']);
    expect(config.zaloGraphUrl).toBe('https://graph.zalo.me');
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({}).zaloGraphUrl).toBeUndefined();
  });

  it('leaves SMS and e-mail off unless configured', () => {
    expect(loadConfig({})).toMatchObject({ sms: undefined, smtp: undefined });
  });

  it('reads an SMS gateway: JSON template, auth, pointers and options', () => {
    const config = loadConfig({
      MOTCUA_SMS_URL: SMS_URL,
      MOTCUA_SMS_BODY: '{"to":["{{phone}}"],"text":"{{text}}","ref":"{{deliveryId}}","brand":"{{sender}}","type":2}',
      MOTCUA_SMS_AUTH: 'basic:motcua:s3cr:et',
      MOTCUA_SMS_ID_POINTER: '/data/messageId',
      MOTCUA_SMS_SUCCESS: '/status=ok=1',
      MOTCUA_SMS_SENDER: 'UBND-TINH',
      MOTCUA_SMS_ASCII: 'true',
      MOTCUA_SMS_PHONE_FORMAT: 'local',
    });
    expect(config.sms).toEqual({
      url: SMS_URL,
      method: 'POST',
      auth: { kind: 'basic', user: 'motcua', password: 's3cr:et' },
      body: {
        kind: 'json',
        template: { to: ['{{phone}}'], text: '{{text}}', ref: '{{deliveryId}}', brand: '{{sender}}', type: 2 },
      },
      idPointer: '/data/messageId',
      success: { pointer: '/status', value: 'ok=1' },
      sender: 'UBND-TINH',
      phoneFormat: 'local',
      asciiOnly: true,
      timeoutMs: 10_000,
      deduplicates: false,
    });
  });

  it.each([
    ['bearer:abc.def:ghi', { kind: 'bearer', token: 'abc.def:ghi' }],
    ['header:X-Api-Key:k:1', { kind: 'header', name: 'X-Api-Key', value: 'k:1' }],
    ['none', { kind: 'none' }],
  ])('reads SMS auth %s', (auth, expected) => {
    expect(loadConfig({ MOTCUA_SMS_URL: SMS_URL, MOTCUA_SMS_BODY: SMS_BODY, MOTCUA_SMS_AUTH: auth }).sms?.auth).toEqual(
      expected,
    );
  });

  it('reads a form template, for POST or as GET query parameters', () => {
    const config = loadConfig({
      MOTCUA_SMS_URL: SMS_URL,
      MOTCUA_SMS_METHOD: 'GET',
      MOTCUA_SMS_CONTENT_TYPE: 'form',
      MOTCUA_SMS_BODY: 'Phone={{phone}}&Content={{text}}&RequestId={{deliveryId}}&SmsType=2',
    });
    expect(config.sms).toMatchObject({
      method: 'GET',
      body: {
        kind: 'form',
        fields: [
          ['Phone', '{{phone}}'],
          ['Content', '{{text}}'],
          ['RequestId', '{{deliveryId}}'],
          ['SmsType', '2'],
        ],
      },
    });
  });

  it('never repeats a secret in an error', () => {
    const secrets = [
      { MOTCUA_SMS_URL: SMS_URL, MOTCUA_SMS_BODY: SMS_BODY, MOTCUA_SMS_AUTH: 'basic:only-T0PSECRET' },
      { MOTCUA_SMS_URL: 'not a url T0PSECRET', MOTCUA_SMS_BODY: SMS_BODY },
      { MOTCUA_SMS_URL: SMS_URL, MOTCUA_SMS_BODY: '{"k":"T0PSECRET","to":"{{phone}}"' },
      { MOTCUA_SMTP_URL: 'smtp://u:T0PSECRET@mail.example.vn/x', MOTCUA_MAIL_FROM: 'a@example.vn' },
    ];
    for (const env of secrets) {
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).not.toThrow(/T0PSECRET/);
    }
  });

  it('reads the SMTP relay and the sender', () => {
    const config = loadConfig({
      MOTCUA_SMTP_URL: 'smtp://thong-bao%40tinh.gov.vn:p%40ss@mail.tinh.gov.vn?starttls=required',
      MOTCUA_MAIL_FROM: '"Trung tâm Phục vụ hành chính công" <thong-bao@tinh.gov.vn>',
    });
    expect(config.smtp).toEqual({
      host: 'mail.tinh.gov.vn',
      port: 587,
      secure: false,
      startTls: 'required',
      auth: { user: 'thong-bao@tinh.gov.vn', pass: 'p@ss' },
      from: { name: 'Trung tâm Phục vụ hành chính công', address: 'thong-bao@tinh.gov.vn' },
      timeoutMs: 15_000,
    });
    expect(
      loadConfig({ MOTCUA_SMTP_URL: 'smtps://relay.example.vn', MOTCUA_MAIL_FROM: 'noreply@example.vn' }).smtp,
    ).toMatchObject({ port: 465, secure: true, startTls: 'auto', auth: undefined, from: { name: undefined } });
  });
});
