import { describe, expect, it } from 'vitest';
import { localWeekday } from './local-time.ts';
import { lunarNewYear, lunarNewYearEve, lunarToSolar, solarToLunar } from './lunar.ts';

/**
 * Mùng 1 Tết in the Vietnamese calendar (meridian 105°E). 1968, 1985, 2007 and 2030 are years
 * where the Chinese calendar (120°E) gives another date: 1968-01-30, 1985-02-20, 2007-02-18 and
 * 2030-02-03 (the new moon of 2 February 2030 is shortly after 23:00 in UTC+7, after midnight in UTC+8).
 */
describe('lunarNewYear (mùng 1 Tết)', () => {
  it.each([
    [1968, '1968-01-29'],
    [1985, '1985-01-21'],
    [2000, '2000-02-05'],
    [2007, '2007-02-17'],
    [2010, '2010-02-14'],
    [2015, '2015-02-19'],
    [2019, '2019-02-05'],
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
    [2029, '2029-02-13'],
    [2030, '2030-02-02'],
  ])('Tết %d is %s', (year, expected) => {
    expect(lunarNewYear(year)).toBe(expected);
    expect(solarToLunar(expected)).toEqual({ year, month: 1, day: 1, leap: false });
  });
});

describe('lunarNewYearEve (last day of the lunar year)', () => {
  it.each([
    [2026, '2026-02-16', 29],
    [2025, '2025-01-28', 29],
    [2023, '2023-01-21', 30],
  ])('the eve of Tết %d is %s, %d tháng Chạp', (year, expected, day) => {
    expect(lunarNewYearEve(year)).toBe(expected);
    expect(solarToLunar(expected)).toEqual({ year: year - 1, month: 12, day, leap: false });
  });
});

describe('Giỗ Tổ Hùng Vương (10/3 âm lịch)', () => {
  it.each([
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
    [2028, '2028-04-04'],
    [2029, '2029-04-23'],
    [2030, '2030-04-12'],
  ])('%d is %s', (year, expected) => {
    expect(lunarToSolar(year, 3, 10)).toBe(expected);
  });

  it('falls on a Sunday in 2026', () => {
    expect(localWeekday(lunarToSolar(2026, 3, 10))).toBe(0);
  });
});

describe('lunarToSolar with leap months (tháng nhuận)', () => {
  it.each([
    [2023, 2, 15, false, '2023-03-06'],
    [2023, 2, 15, true, '2023-04-05'],
    [2025, 6, 15, false, '2025-07-09'],
    [2025, 6, 15, true, '2025-08-08'],
  ])('%d/%d/%d leap=%s is %s', (year, month, day, leap, expected) => {
    expect(lunarToSolar(year, month, day, leap)).toBe(expected);
    expect(solarToLunar(expected)).toEqual({ year, month, day, leap });
  });
});

describe('lunarToSolar rejects dates that do not exist', () => {
  it.each([
    ['30 Chạp of a 29-day month', 2025, 12, 30, false],
    ['a leap month the year does not have', 2026, 2, 15, true],
    ['month 13', 2026, 13, 1, false],
    ['day 0', 2026, 1, 0, false],
    ['a year before the tables', 1100, 1, 1, false],
    ['a year after the tables', 2200, 1, 1, false],
  ])('%s', (_label, year, month, day, leap) => {
    expect(() => lunarToSolar(year, month, day, leap)).toThrow(RangeError);
  });
});
