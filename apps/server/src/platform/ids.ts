import { randomUUID } from 'node:crypto';

/**
 * A UUID version 7 (RFC 9562): time-ordered, so new rows land at the right edge of B-tree indexes.
 * It starts from Node's random UUID (drawn from a pooled entropy buffer, so no system call per id)
 * and writes the 48-bit millisecond time and the version over its first bits; the variant bits
 * are already those of RFC 9562.
 */
export function newId(now: number = Date.now()): string {
  const random = randomUUID();
  const time = now.toString(16).padStart(12, '0').slice(-12);
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(15)}`;
}

export type IdGenerator = () => string;
