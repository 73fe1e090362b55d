import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh 32-byte random secret, base64url: session tokens and CSRF tokens. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored for a session token: its SHA-256, hex. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Compares two secrets in constant time. Both are hashed first, so inputs of different lengths
 * compare too, and the time does not depend on where they differ.
 */
export function secretsEqual(a: string, b: string): boolean {
  const left = createHash('sha256').update(a, 'utf8').digest();
  const right = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(left, right);
}
