import { Secret, TOTP } from 'otpauth';
import type { KeyProvider } from '../../platform/crypto/key-provider.ts';
import { open, seal } from '../../platform/crypto/seal.ts';

const ISSUER = 'Một Cửa';
const SETTINGS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;
/** Codes of the previous and next 30-second step are accepted too (clock drift). */
const WINDOW = 1;

function associatedData(tenantId: string, officerId: string): string {
  return `totp:${tenantId}:${officerId}`;
}

export interface NewTotp {
  /** The otpauth:// URI to show once as a QR code; it contains the secret. */
  uri: string;
  /** `<key id>:<base64 of the sealed secret>`, for `officer_credentials.totp_secret_sealed`. */
  sealed: string;
}

/** Generates a TOTP secret for an officer and seals it with the tenant's current data key. */
export function createTotp(keys: KeyProvider, tenantId: string, officerId: string, label: string): NewTotp {
  const secret = new Secret({ size: 20 });
  const totp = new TOTP({ issuer: ISSUER, label, secret, ...SETTINGS });
  const key = keys.current(tenantId);
  const blob = seal(key.key, Buffer.from(secret.base32, 'utf8'), associatedData(tenantId, officerId));
  return { uri: totp.toString(), sealed: `${key.id}:${blob.toString('base64')}` };
}

function openSecret(keys: KeyProvider, tenantId: string, officerId: string, sealed: string): string {
  const at = sealed.indexOf(':');
  const keyId = sealed.slice(0, at);
  const key = at > 0 ? keys.byId(tenantId, keyId) : keys.current(tenantId);
  const blob = Buffer.from(sealed.slice(at + 1), 'base64');
  return open(key.key, blob, associatedData(tenantId, officerId)).toString('utf8');
}

/**
 * The time step (30-second counter) whose code `code` is, within one step of `now`, or null when
 * it matches none. Callers refuse a step not later than the last one used (replay).
 */
export function matchTotpStep(
  keys: KeyProvider,
  tenantId: string,
  officerId: string,
  sealed: string,
  code: string,
  now: Date,
): number | null {
  const secret = Secret.fromBase32(openSecret(keys, tenantId, officerId, sealed));
  const delta = TOTP.validate({ token: code, secret, timestamp: now.getTime(), window: WINDOW, ...SETTINGS });
  return delta === null ? null : Math.floor(now.getTime() / 1000 / SETTINGS.period) + delta;
}
