import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Zalo's webhook signature (zalo-platform.md §7.2): `mac=` + lowercase hex SHA-256 (a plain hash,
 * not an HMAC) over appId + the raw body + the body's `timestamp` + the OA secret key.
 */
export function zaloSignature(appId: string, rawBody: string, timestamp: string, oaSecretKey: string): string {
  return `mac=${createHash('sha256').update(`${appId}${rawBody}${timestamp}${oaSecretKey}`, 'utf8').digest('hex')}`;
}

/** Compares in constant time (for equal lengths; a length mismatch is not a secret). */
export function signatureMatches(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given.trim().toLowerCase());
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
