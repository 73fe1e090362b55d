import { describe, expect, it } from 'vitest';
import { vietnamMobileE164 } from './phone.ts';

describe('Vietnamese mobile numbers', () => {
  it.each([
    ['0912345678', '84912345678'],
    ['0912 345 678', '84912345678'],
    ['+84912345678', '84912345678'],
    ['84387654321', '84387654321'],
    ['0212345678', undefined],
    ['091234567', undefined],
    ['', undefined],
  ])('%s → %s', (raw, expected) => {
    expect(vietnamMobileE164(raw)).toBe(expected);
  });
});
