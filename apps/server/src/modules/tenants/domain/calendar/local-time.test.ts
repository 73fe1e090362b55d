import { describe, expect, it } from 'vitest';
import {
  addLocalDays,
  formatLocalDateTime,
  fromLocalDateTime,
  isLocalDate,
  localDaysBetween,
  localWeekday,
  parseLocalDate,
  parseTimeOfDay,
  toLocalDate,
  toLocalMinutes,
} from './local-time.ts';

describe('toLocalDate and toLocalMinutes (UTC+7, whatever the machine time zone)', () => {
  it.each([
    ['2026-02-13T03:00:00Z', '2026-02-13', 600],
    ['2026-02-13T16:59:00Z', '2026-02-13', 23 * 60 + 59],
    ['2026-02-13T17:00:00Z', '2026-02-14', 0],
    ['2026-02-13T17:30:30Z', '2026-02-14', 30.5],
    ['2025-12-31T17:00:00Z', '2026-01-01', 0],
    ['2024-02-28T18:00:00Z', '2024-02-29', 60],
    ['2026-03-08T09:00:00Z', '2026-03-08', 16 * 60],
  ])('%s is %s at minute %d', (iso, localDate, minutes) => {
    expect(toLocalDate(new Date(iso))).toBe(localDate);
    expect(toLocalMinutes(new Date(iso))).toBe(minutes);
  });
});

describe('fromLocalDateTime and formatLocalDateTime', () => {
  it.each([
    ['2026-01-01', '00:00', '2025-12-31T17:00:00.000Z'],
    ['2026-02-13', '10:00', '2026-02-13T03:00:00.000Z'],
    ['2026-03-08', '07:00', '2026-03-08T00:00:00.000Z'],
    ['2026-11-01', '23:59', '2026-11-01T16:59:00.000Z'],
  ])('%s %s local is %s', (localDate, time, iso) => {
    const instant = fromLocalDateTime(localDate, time);
    expect(instant.toISOString()).toBe(iso);
    expect(formatLocalDateTime(instant)).toBe(`${localDate}T${time}`);
  });

  it('keeps seconds when present', () => {
    expect(formatLocalDateTime(new Date('2026-02-13T03:00:05Z'))).toBe('2026-02-13T10:00:05');
  });

  it('rejects an invalid Date', () => {
    expect(() => toLocalDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('addLocalDays', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-02-13', 10, '2026-02-23'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2026-05-05', 0, '2026-05-05'],
  ])('%s %+d days is %s', (date, days, expected) => {
    expect(addLocalDays(date, days)).toBe(expected);
  });

  it('rejects a fractional day count', () => {
    expect(() => addLocalDays('2026-01-01', 0.5)).toThrow(RangeError);
  });
});

describe('localWeekday', () => {
  it.each([
    ['2026-04-26', 0],
    ['2026-02-16', 1],
    ['2026-02-17', 2],
    ['2026-02-13', 5],
    ['2026-02-14', 6],
    ['1985-01-21', 1],
    ['2000-01-01', 6],
  ])('%s is weekday %d', (date, weekday) => {
    expect(localWeekday(date)).toBe(weekday);
  });
});

describe('localDaysBetween', () => {
  it.each([
    ['2026-02-13', '2026-02-23', 10],
    ['2026-02-23', '2026-02-13', -10],
    ['2025-01-01', '2026-01-01', 365],
  ])('%s → %s is %d days', (from, to, days) => {
    expect(localDaysBetween(from, to)).toBe(days);
  });
});

describe('parsing', () => {
  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-1-01', '26-01-01', '2026-01-01T00:00', ''])(
    'rejects the local date %j',
    (text) => {
      expect(() => parseLocalDate(text)).toThrow(RangeError);
      expect(isLocalDate(text)).toBe(false);
    },
  );

  it.each(['2024-02-29', '2026-12-31', '0099-01-01'])('accepts the local date %s', (text) => {
    expect(isLocalDate(text)).toBe(true);
  });

  it.each([
    ['00:00', 0],
    ['07:00', 420],
    ['11:30', 690],
    ['23:59', 1439],
  ])('parses %s as minute %d', (text, minutes) => {
    expect(parseTimeOfDay(text)).toBe(minutes);
  });

  it.each(['24:00', '7:00', '07:60', '0700', '07:00:00'])('rejects the clock time %j', (text) => {
    expect(() => parseTimeOfDay(text)).toThrow(RangeError);
  });
});
