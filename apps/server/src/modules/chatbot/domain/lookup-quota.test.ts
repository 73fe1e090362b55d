import { describe, expect, it } from 'vitest';
import { afterLookup, checkLookupQuota, minutesToWait, type LookupLimit } from './lookup-quota.ts';

const limit: LookupLimit = { max: 3, windowMs: 10 * 60_000 };
const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 3, 0) + minute * 60_000);

describe('the chat look-up limit (sliding window)', () => {
  it.each([
    { earlier: [], now: 0, expected: { allowed: true } },
    { earlier: [0, 1], now: 2, expected: { allowed: true } },
    { earlier: [0, 1, 2], now: 3, expected: { allowed: false, retryAfterMs: 7 * 60_000 } },
    { earlier: [2, 0, 1], now: 9.5, expected: { allowed: false, retryAfterMs: 30_000 } },
    // The oldest left the window exactly now: a slot is free.
    { earlier: [0, 1, 2], now: 10, expected: { allowed: true } },
    // Only look-ups inside the window count.
    { earlier: [-30, -20, 5, 6], now: 7, expected: { allowed: true } },
    // A limit lowered since: the look-up that frees a slot is the third newest.
    { earlier: [1, 2, 3, 4, 5], now: 6, expected: { allowed: false, retryAfterMs: 7 * 60_000 } },
  ])('$earlier at $now → $expected', ({ earlier, now, expected }) => {
    expect(checkLookupQuota(earlier.map(at), at(now), limit)).toEqual(expected);
  });

  it('keeps only the look-ups that can still count, oldest first, at most the limit', () => {
    expect(afterLookup([at(-11), at(2), at(1)], at(3), limit)).toEqual([at(1), at(2), at(3)]);
    expect(afterLookup([at(1), at(2), at(3)], at(4), limit)).toEqual([at(2), at(3), at(4)]);
    expect(afterLookup([], at(0), limit)).toEqual([at(0)]);
  });

  it.each([
    [1, 1],
    [60_000, 1],
    [60_001, 2],
    [7 * 60_000, 7],
    [0, 1],
  ])('%d ms to wait reads as %d minutes', (ms, minutes) => {
    expect(minutesToWait(ms)).toBe(minutes);
  });
});
