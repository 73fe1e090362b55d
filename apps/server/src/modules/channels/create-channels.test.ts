import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/config.ts';
import { createChannels } from './index.ts';

describe('createChannels', () => {
  it('builds no channel when none is configured', () => {
    expect(createChannels(loadConfig({})).size).toBe(0);
  });

  it('builds SMS and e-mail from their settings', () => {
    const channels = createChannels(
      loadConfig({
        MOTCUA_SMS_URL: 'https://sms.example.vn/api/send',
        MOTCUA_SMS_BODY: '{"to":"{{phone}}","text":"{{text}}","ref":"{{deliveryId}}"}',
        MOTCUA_SMTP_URL: 'smtp://mail.example.vn',
        MOTCUA_MAIL_FROM: 'noreply@example.vn',
      }),
    );
    expect(channels.get('sms')?.kind).toBe('sms');
    expect(channels.get('email')?.kind).toBe('email');
    expect(channels.get('sms')?.canReach({ phone: '84912345678' })).toBe(true);
    expect(channels.get('sms')?.canReach({ email: 'a@example.vn' })).toBe(false);
    expect(channels.get('email')?.canReach({ email: 'a@example.vn' })).toBe(true);
    expect(channels.get('email')?.canReach({ phone: '84912345678' })).toBe(false);
  });
});
