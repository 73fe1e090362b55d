import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatFee, formatMoney, formatProcessingTime, type TimeLimit } from './format.ts';

describe('formatMoney', () => {
  it.each([
    [0, '0 ₫'],
    [500, '500 ₫'],
    [1000, '1.000 ₫'],
    [15000, '15.000 ₫'],
    [1000000, '1.000.000 ₫'],
    [1234567890, '1.234.567.890 ₫'],
    [2500.6, '2.501 ₫'],
    [-50000, '-50.000 ₫'],
  ])('%d → %s', (amount, expected) => {
    expect(formatMoney(amount)).toBe(expected);
  });
});

describe('formatProcessingTime', () => {
  const cases: [TimeLimit, 'vi' | 'en', string][] = [
    [{ value: 0, unit: 'working_days' }, 'vi', 'Trong ngày'],
    [{ value: 0, unit: 'working_hours' }, 'vi', 'Trong ngày'],
    [{ value: 1000, unit: 'days' }, 'vi', '1.000 ngày'],
    [{ value: 3, unit: 'working_days' }, 'vi', '3 ngày làm việc'],
    [{ value: 1, unit: 'working_days' }, 'vi', '1 ngày làm việc'],
    [{ value: 0.5, unit: 'working_days' }, 'vi', '0,5 ngày làm việc'],
    [{ value: 8, unit: 'working_hours' }, 'vi', '8 giờ làm việc'],
    [{ value: 30, unit: 'days' }, 'vi', '30 ngày'],
    [{ value: 0, unit: 'working_days' }, 'en', 'Same day'],
    [{ value: 1, unit: 'working_days' }, 'en', '1 working day'],
    [{ value: 3, unit: 'working_days' }, 'en', '3 working days'],
    [{ value: 0.5, unit: 'working_days' }, 'en', '0.5 working days'],
    [{ value: 1, unit: 'days' }, 'en', '1 day'],
  ];
  it.each(cases)('%o in %s → %s', (time, lang, expected) => {
    expect(formatProcessingTime(time, lang)).toBe(expected);
  });

  it('defaults to Vietnamese', () => {
    expect(formatProcessingTime({ value: 5, unit: 'working_days' })).toBe('5 ngày làm việc');
  });
});

describe('formatFee', () => {
  it.each([
    [0, 'vi', 'Miễn phí'],
    [0, 'en', 'Free'],
    [15000, 'vi', '15.000 ₫'],
    [15000, 'en', '15.000 ₫'],
  ] as const)('%d in %s → %s', (amount, lang, expected) => {
    expect(formatFee({ amount }, lang)).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each([
    ['2026-01-05T08:00:00+07:00', '05/01/2026'],
    // 20:00 UTC on 31/12 is already 1 January in Vietnam (UTC+7).
    ['2025-12-31T20:00:00Z', '01/01/2026'],
    ['2026-02-17T00:00:00+07:00', '17/02/2026'],
  ])('%s → %s', (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });
});

describe('formatDate of a calendar date', () => {
  it.each([
    ['2026-09-05', '05/09/2026'],
    // A date with no time is not shifted by any time zone.
    ['2026-01-01', '01/01/2026'],
  ])('%s → %s', (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });
});

describe('formatDateTime', () => {
  it.each([
    ['2026-01-05T01:30:00Z', '08:30 05/01/2026'],
    ['2025-12-31T17:05:00Z', '00:05 01/01/2026'],
    [new Date('2026-07-12T13:45:00+07:00'), '13:45 12/07/2026'],
  ])('%s → %s', (input, expected) => {
    expect(formatDateTime(input)).toBe(expected);
  });
});
