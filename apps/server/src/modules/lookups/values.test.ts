import { describe, expect, it } from 'vitest';
import { normalisePlate, showPlate } from './providers/traffic-fines.ts';
import { foldKey, parseDate, parseDateTime, parseMoney, showMoney, vietnamDay } from './domain/values.ts';

describe('look-up values', () => {
  it.each([
    ['Nguyễn Trãi', 'nguyen trai'],
    ['ĐIỆN  BIÊN PHỦ', 'dien bien phu'],
    ['Đường 30/4'.normalize('NFD'), 'duong 30 4'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldKey(text)).toBe(folded);
  });

  it.each([
    ['12000000', 12_000_000],
    ['12.000.000', 12_000_000],
    ['12 000 000 đ', 12_000_000],
    ['1,5', undefined],
    ['12.00', undefined],
    ['mười', undefined],
  ])('reads money %j', (text, amount) => {
    expect(parseMoney(text)).toBe(amount);
  });

  it('writes money and dates the Vietnamese way', () => {
    expect(showMoney(1_000_000)).toBe('1.000.000 ₫');
    expect(showMoney(950)).toBe('950 ₫');
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
    expect(parseDate('29/02/2025')).toBeUndefined();
    expect(parseDate('2025-01-01')).toBeUndefined();
    expect(parseDateTime('1/3/2026 8:05')).toBe('2026-03-01T08:05');
    expect(parseDateTime('01/03/2026 24:00')).toBeUndefined();
    expect(vietnamDay(new Date('2026-03-01T17:30:00Z'))).toBe('2026-03-02');
  });

  it.each([
    ['51f12345', '51F12345', '51F-123.45'],
    ['51F-123.45', '51F12345', '51F-123.45'],
    ['70H1-234.56', '70H123456', '70H1-234.56'],
    ['29LD 1234', '29LD1234', '29LD-1234'],
  ])('reads plate %j', (text, key, shown) => {
    expect(normalisePlate(text)).toBe(key);
    expect(showPlate(key)).toBe(shown);
  });

  it.each(['abc', '5F12345', '51F123', '51F-1234567'])('refuses plate %j', (text) => {
    expect(normalisePlate(text)).toBeUndefined();
  });
});
