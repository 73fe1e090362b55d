import { randomBytes, randomInt } from 'node:crypto';

/** A Zalo-style numeric id as a string (user, OA-scoped user, message ids are 16–19 digits). */
export function numericId(): string {
  let id = String(randomInt(1, 10));
  while (id.length < 19) id += String(randomInt(0, 10));
  return id;
}

/** An opaque token of the length Zalo's tokens have (they are not JWTs). */
export function opaqueToken(): string {
  return randomBytes(96).toString('base64url');
}

/**
 * A message id as the doc samples show them (§12.1, §12.6, §12.8): 19–20 lowercase hex digits,
 * opaque to clients.
 */
export function messageId(): string {
  return randomBytes(10).toString('hex');
}
