import { describe, expect, it } from 'vitest';
import { checkPassword, DEMO_PASSWORD } from './password-policy.ts';

describe('checkPassword', () => {
  it.each([
    ['short', 'ngắn-quá', 'too_short'],
    ['common', 'Password123', 'common'],
    ['common Vietnamese', 'matkhau123', 'common'],
    ['default (demo) without demo mode', DEMO_PASSWORD, 'common'],
    ['very long', 'x'.repeat(257), 'too_long'],
  ])('refuses a %s password', (_label, password, reason) => {
    expect(checkPassword(password)).toEqual({ ok: false, reason });
  });

  it('refuses the username as the password', () => {
    expect(checkPassword('Officer@tay-ninh', { username: 'officer@tay-ninh' })).toEqual({
      ok: false,
      reason: 'same_as_username',
    });
  });

  it('accepts the demo password only when demo mode allows it', () => {
    expect(checkPassword(DEMO_PASSWORD, { allowDemoPassword: true })).toEqual({ ok: true });
    expect(checkPassword('password123', { allowDemoPassword: true }).ok).toBe(false);
  });

  it('accepts a long, uncommon passphrase, with Vietnamese letters counted as one character each', () => {
    expect(checkPassword('sông Vàm Cỏ Đông chiều')).toEqual({ ok: true });
    expect(checkPassword('Tây Ninh 1'.normalize('NFD'))).toEqual({ ok: true });
  });
});
