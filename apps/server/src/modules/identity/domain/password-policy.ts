/** The password of the demo officers; accepted only in demo mode. */
export const DEMO_PASSWORD = 'motcua-demo';

export const MIN_PASSWORD_LENGTH = 10;
/** An upper bound so a request cannot make the server hash megabytes. */
export const MAX_PASSWORD_LENGTH = 256;

/**
 * Passwords that guessing attacks try first: default, vendor and common Vietnamese choices. Checked
 * case-insensitively. Short on purpose: the length rule and the lockout do most of the work.
 */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  DEMO_PASSWORD,
  '0123456789',
  '1234567890',
  '12345678910',
  '1111111111',
  '0000000000',
  '1234512345',
  'abc1234567',
  'abcd123456',
  'admin12345',
  'admin@1234',
  'admin@12345',
  'administrator',
  'changeme123',
  'iloveyou12',
  'matkhau123',
  'matkhau@123',
  'matkhau1234',
  'motcua123',
  'motcua2025',
  'motcua@123',
  'motcua-admin',
  'password12',
  'password123',
  'password1234',
  'password@123',
  'qwerty1234',
  'qwertyuiop',
  'welcome123',
  'zaq12wsxcde',
]);

export interface PasswordPolicyOptions {
  /** Demo mode only: let the documented demo password through. */
  allowDemoPassword?: boolean;
  /** Refuse a password equal to the username. */
  username?: string;
}

export type PasswordCheck =
  { ok: true } | { ok: false; reason: 'too_short' | 'too_long' | 'common' | 'same_as_username' };

/** Checks a new password against the policy: length, common or default passwords, the username. */
export function checkPassword(password: string, options: PasswordPolicyOptions = {}): PasswordCheck {
  const length = password.normalize('NFC').length;
  if (length < MIN_PASSWORD_LENGTH) return { ok: false, reason: 'too_short' };
  if (length > MAX_PASSWORD_LENGTH) return { ok: false, reason: 'too_long' };
  const folded = password.toLowerCase();
  if (options.allowDemoPassword === true && password === DEMO_PASSWORD) return { ok: true };
  if (COMMON_PASSWORDS.has(folded)) return { ok: false, reason: 'common' };
  if (options.username !== undefined && folded === options.username.toLowerCase()) {
    return { ok: false, reason: 'same_as_username' };
  }
  return { ok: true };
}
