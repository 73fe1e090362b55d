import { randomBytes } from 'node:crypto';
import { vietnamDateStamp } from './vietnam-time.ts';

/** The only algorithm QR tokens are signed and accepted with: Ed25519 (RFC 8037). */
export const QR_TOKEN_ALG = 'EdDSA';

/** Real tokens are about 260 characters; anything much longer is refused before parsing. */
export const MAX_QR_TOKEN_LENGTH = 1024;

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const BASE64URL_32_BYTES = /^[A-Za-z0-9_-]{43}$/;

/**
 * What a QR token carries, kept to the minimum because it is printed as a QR: the province slug, the
 * dossier code, the dossier's lookup key and the issue time (seconds since the epoch).
 */
export interface QrTokenPayload {
  t: string;
  c: string;
  k: string;
  iat: number;
}

/** A published Ed25519 public key (RFC 8037 OKP JWK). */
export interface PublicSigningJwk {
  kid: string;
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  alg: 'EdDSA';
  use: 'sig';
}

/** `<tenant slug>-<yyyymmdd>-<6 random hex>`: readable, unique, and names the key's province. */
export function newKid(slug: string, now: Date, random: string = randomBytes(3).toString('hex')): string {
  return `${slug}-${vietnamDateStamp(now)}-${random}`;
}

/** Whether `token` has the shape of a compact JWS with a signature, within the length limit. */
export function isCompactJws(token: string): boolean {
  return token.length <= MAX_QR_TOKEN_LENGTH && COMPACT_JWS.test(token);
}

function isNonEmptyString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}

/** Parses a verified payload; anything but the four expected claims is refused. */
export function parsePayload(bytes: Uint8Array): QrTokenPayload | undefined {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const claims = value as Record<string, unknown>;
  if (Object.keys(claims).length !== 4) return undefined;
  const { t, c, k, iat } = claims;
  if (!isNonEmptyString(t, 64) || !isNonEmptyString(c, 64) || !isNonEmptyString(k, 64)) return undefined;
  if (typeof iat !== 'number' || !Number.isSafeInteger(iat) || iat < 0) return undefined;
  return { t, c, k, iat };
}

/** The published form of a stored public key, or undefined when the stored value is not an Ed25519 key. */
export function publicJwkOf(stored: unknown, kid: string): PublicSigningJwk | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { kty, crv, x } = stored as Record<string, unknown>;
  if (kty !== 'OKP' || crv !== 'Ed25519' || typeof x !== 'string' || !BASE64URL_32_BYTES.test(x)) return undefined;
  return { kid, kty, crv, x, alg: QR_TOKEN_ALG, use: 'sig' };
}
