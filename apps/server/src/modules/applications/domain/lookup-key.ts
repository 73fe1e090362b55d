import { timingSafeEqual } from 'node:crypto';

/** Compares look-up keys in constant time, ignoring case (keys are read off paper). */
export function sameKey(stored: string, given: string): boolean {
  const a = Buffer.from(stored.toUpperCase());
  const b = Buffer.from(given.toUpperCase());
  return a.length === b.length && timingSafeEqual(a, b);
}
