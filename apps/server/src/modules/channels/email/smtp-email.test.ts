import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, type SmtpConfig } from '../../../config/config.ts';
import type { OutboundMessage } from '../channel.ts';
import { describeChannelContract } from '../testing/channel-contract.ts';
import { startFakeSmtpServer, type FakeSmtpServer } from '../testing/fake-smtp-server.ts';
import { createSmtpEmailChannel, messageIdOf } from './smtp-email.ts';
import { smtpFault } from './smtp-failure.ts';

const TIMEOUT_MS = 500;
const FROM = '"Trung tâm Phục vụ hành chính công tỉnh" <thong-bao@motcua.example.vn>';
const SUBJECT = 'Hồ sơ 000.00.12.H49-250115-0003: đã tiếp nhận';

function smtpConfig(port: number, env: Record<string, string> = {}): SmtpConfig {
  const config = loadConfig({
    MOTCUA_SMTP_URL: `smtp://motcua%40relay:p%C3%A0ss%3Aw0rd@127.0.0.1:${String(port)}`,
    MOTCUA_MAIL_FROM: FROM,
    MOTCUA_SMTP_TIMEOUT_MS: String(TIMEOUT_MS),
    ...env,
  }).smtp;
  if (!config) throw new Error('SMTP is not configured');
  return config;
}

const CREDENTIALS = { user: 'motcua@relay', pass: 'pàss:w0rd' };

describeChannelContract('E-mail over SMTP', {
  recipient: { email: 'tuyet.nguyen@example.vn', phone: '84912345678' },
  address: 'email',
  addressAtProvider: 'tuyet.nguyen@example.vn',
  content: (text) => ({ kind: 'email', subject: SUBJECT, text }),
  async setup() {
    const server = await startFakeSmtpServer(CREDENTIALS);
    const channel = createSmtpEmailChannel(smtpConfig(server.port));
    return { channel, provider: server, timeoutMs: TIMEOUT_MS, close: server.close };
  },
});

describe('SMTP e-mail channel', () => {
  let server: FakeSmtpServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  function message(overrides: Partial<OutboundMessage> = {}): OutboundMessage {
    return {
      tenantId: 'tenant-a',
      deliveryId: '0194b3c2-7d1e-7a4b-9f00-5c1d2e3f4a5b',
      attempt: 1,
      to: { email: 'tuyet.nguyen@example.vn' },
      content: {
        kind: 'email',
        subject: SUBJECT,
        text: 'Kính gửi bà Nguyễn Thị Ánh Tuyết,\n\nHồ sơ của bà đã được tiếp nhận.\nTrân trọng.',
        html: '<p>Kính gửi bà <b>Nguyễn Thị Ánh Tuyết</b>,</p><p>Hồ sơ của bà đã được tiếp nhận.</p>',
      },
      ...overrides,
    };
  }

  it('sends a UTF-8 message with its subject, From, To and a Message-ID from the delivery id', async () => {
    server = await startFakeSmtpServer(CREDENTIALS);
    const result = await createSmtpEmailChannel(smtpConfig(server.port)).send(message());
    const messageId = '<0194b3c2-7d1e-7a4b-9f00-5c1d2e3f4a5b@motcua.example.vn>';
    expect(result).toEqual({ outcome: 'sent', providerId: messageId });
    const [received] = server.mails;
    expect(received?.user).toBe('motcua@relay');
    expect(received?.envelopeFrom).toBe('thong-bao@motcua.example.vn');
    expect(received?.envelopeTo).toEqual(['tuyet.nguyen@example.vn']);
    const headers = received?.mail.headers;
    expect(headers?.get('subject')).toBe(SUBJECT);
    expect(headers?.get('from')).toBe('Trung tâm Phục vụ hành chính công tỉnh <thong-bao@motcua.example.vn>');
    expect(headers?.get('to')).toBe('tuyet.nguyen@example.vn');
    expect(headers?.get('message-id')).toBe(messageId);
    expect(headers?.get('auto-submitted')).toBe('auto-generated');
    expect(received?.mail.text).toBe(
      'Kính gửi bà Nguyễn Thị Ánh Tuyết,\n\nHồ sơ của bà đã được tiếp nhận.\nTrân trọng.',
    );
    expect(received?.mail.html).toContain('<b>Nguyễn Thị Ánh Tuyết</b>');
  });

  it('answers failed, pointing at the URL, when the relay refuses the credentials', async () => {
    server = await startFakeSmtpServer({ user: 'motcua@relay', pass: 'other' });
    const result = await createSmtpEmailChannel(smtpConfig(server.port)).send(message());
    expect(result).toMatchObject({ outcome: 'failed' });
    expect(result.outcome === 'failed' ? result.reason : '').toMatch(/^SMTP server refused the message \(535 5\.7\.8/);
  });

  it('names the reply code, enhanced status and command of a deferral or refusal, not the reply text', async () => {
    server = await startFakeSmtpServer(CREDENTIALS);
    const channel = createSmtpEmailChannel(smtpConfig(server.port));
    server.failTransiently();
    expect(await channel.send(message())).toMatchObject({
      outcome: 'retry',
      reason: expect.stringMatching(/^SMTP server deferred the message \(451 4\.\d\.\d at RCPT TO\)$/),
    });
    server.failPermanently();
    expect(await channel.send(message())).toEqual({
      outcome: 'failed',
      reason: 'SMTP server refused the message (550 5.1.1 at RCPT TO)',
    });
  });

  it('answers retry when nothing listens', async () => {
    server = await startFakeSmtpServer(CREDENTIALS);
    const { port } = server;
    await server.close();
    server = undefined;
    expect(await createSmtpEmailChannel(smtpConfig(port)).send(message())).toEqual({
      outcome: 'retry',
      reason: 'SMTP connection failed (ESOCKET)',
    });
  });

  it('refuses content without a subject', async () => {
    server = await startFakeSmtpServer(CREDENTIALS);
    const channel = createSmtpEmailChannel(smtpConfig(server.port));
    expect(await channel.send(message({ content: { kind: 'text', text: 'Xin chào' } }))).toMatchObject({
      outcome: 'failed',
    });
    expect(channel.canReach({ email: 'not an address' })).toBe(false);
    expect(server.mails).toHaveLength(0);
  });

  it('builds a Message-ID that any delivery id fits into', () => {
    expect(messageIdOf('job 42/attempt<1>', 'a@b.vn')).toBe('<job-42/attempt-1-@b.vn>');
  });

  it.each([
    [
      { code: 'EENVELOPE', responseCode: 452, response: '452 4.2.2 <a@b.vn>: Mailbox full', command: 'RCPT TO' },
      'retry',
      'SMTP server deferred the message (452 4.2.2 at RCPT TO)',
    ],
    [
      { code: 'EMESSAGE', responseCode: 554, response: '554 5.7.1 Message rejected as spam', command: 'DATA' },
      'failed',
      'SMTP server refused the message (554 5.7.1 at DATA)',
    ],
    [{ code: 'ESOCKET' }, 'retry', 'SMTP connection failed (ESOCKET)'],
    [{ code: 'ETIMEDOUT' }, 'retry', 'SMTP server did not answer within 500 ms'],
    [{ code: 'EAUTH' }, 'failed', 'SMTP sign-in failed; check MOTCUA_SMTP_URL'],
    [new Error('boom'), 'retry', 'SMTP send failed (unexpected error)'],
  ])('classifies %o', (error, outcome, reason) => {
    expect(smtpFault(error, TIMEOUT_MS)).toEqual({ outcome, reason });
  });
});
