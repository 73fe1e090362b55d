import { describe, expect, it } from 'vitest';
import { addCalendarDays, addWorkingDays, addWorkingHours, workingTimeBetween } from './deadlines.ts';
import { defaultCalendar } from './default-holidays.ts';
import { formatLocalDateTime, fromLocalDateTime } from './local-time.ts';
import { buildCalendar } from './working-calendar.ts';

/** Vietnam local `yyyy-MM-dd HH:mm` as an instant. */
function at(local: string): Date {
  return fromLocalDateTime(local.slice(0, 10), local.slice(11));
}

/** An instant as Vietnam local `yyyy-MM-dd HH:mm`. */
function local(instant: Date): string {
  return formatLocalDateTime(instant).replace('T', ' ');
}

const calendar = buildCalendar(defaultCalendar(2025, 2030));
const withMakeUpSaturday = buildCalendar([
  ...defaultCalendar(2025, 2030),
  { date: '2026-03-07', kind: 'workday', name: 'Làm bù', estimated: false },
]);

// 2026-03-02 is a Monday; 2026-02-13 is the Friday before the Tết 2026 break (16/02–20/02).
describe('addWorkingDays: due at the end of the last counted working minute', () => {
  it.each([
    ['Monday at opening, 1 day → Monday close', '2026-03-02 07:00', 1, '2026-03-02 17:00'],
    ['Monday 14:00, 1 day → same clock time next working day', '2026-03-02 14:00', 1, '2026-03-03 14:00'],
    ['Monday 10:00, 1 day', '2026-03-02 10:00', 1, '2026-03-03 10:00'],
    ['Monday 14:00, 5 days → next Monday', '2026-03-02 14:00', 5, '2026-03-09 14:00'],
    ['half a day from opening', '2026-03-02 07:00', 0.5, '2026-03-02 11:00'],
    ['before opening starts at opening', '2026-03-02 06:30', 1, '2026-03-02 17:00'],
    ['at lunch starts at afternoon opening; ends at morning close', '2026-03-02 12:00', 1, '2026-03-03 11:30'],
    ['exactly at morning close counts like lunch', '2026-03-02 11:30', 1, '2026-03-03 11:30'],
    ['after close starts next working morning', '2026-03-02 17:30', 1, '2026-03-03 17:00'],
    ['exactly at close starts next working morning', '2026-03-02 17:00', 1, '2026-03-03 17:00'],
    ['late at night', '2026-03-02 23:59', 2, '2026-03-04 17:00'],
    ['across a weekend', '2026-03-05 14:00', 2, '2026-03-09 14:00'],
    ['accepted on Saturday', '2026-03-07 09:00', 1, '2026-03-09 17:00'],
    ['across Tết 2026: Friday 13/02 10:00 + 3', '2026-02-13 10:00', 3, '2026-02-25 10:00'],
    ['accepted during Tết', '2026-02-18 09:00', 1, '2026-02-23 17:00'],
    ['across Giỗ Tổ nghỉ bù and 30/04–01/05', '2026-04-24 09:00', 4, '2026-05-05 09:00'],
    ['across 01/09–02/09', '2026-08-31 16:00', 1, '2026-09-03 16:00'],
    ['across the New Year', '2026-12-31 08:00', 1, '2027-01-04 08:00'],
    ['15 days', '2026-03-02 09:00', 15, '2026-03-23 09:00'],
    ['minutes past the hour kept', '2026-03-02 09:15', 1, '2026-03-03 09:15'],
  ])('%s: %s + %d → %s', (_label, start, days, expected) => {
    expect(local(addWorkingDays(calendar, at(start), days))).toBe(expected);
  });

  it.each([
    ['Thursday 14:00 + 2 with a make-up Saturday', '2026-03-05 14:00', 2, '2026-03-07 14:00'],
    ['accepted on the make-up Saturday', '2026-03-07 08:00', 1, '2026-03-09 08:00'],
    ['Friday after close + 1 with a make-up Saturday', '2026-03-06 17:30', 1, '2026-03-07 17:00'],
  ])('%s: %s + %d → %s', (_label, start, days, expected) => {
    expect(local(addWorkingDays(withMakeUpSaturday, at(start), days))).toBe(expected);
  });

  it.each([
    ['2026-03-02 07:00', 1],
    ['2026-03-02 12:00', 1],
    ['2026-03-02 14:00', 3],
    ['2026-02-13 10:00', 3],
    ['2026-04-24 16:45', 7],
    ['2026-03-07 09:00', 2],
  ])('counts exactly N × 480 working minutes from %s + %d days', (start, days) => {
    const due = addWorkingDays(calendar, at(start), days);
    expect(workingTimeBetween(calendar, at(start), due)).toBe(days * 480);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects the limit %d', (days) => {
    expect(() => addWorkingDays(calendar, at('2026-03-02 07:00'), days)).toThrow(RangeError);
  });
});

describe('addWorkingDays with a 15:00 cut-off (Luật Hộ tịch Điều 5(3), NĐ 23/2015 Điều 7)', () => {
  it.each([
    ['14:59 → same day close', '2026-03-02 14:59', '2026-03-02 17:00'],
    ['15:00 exactly → same day close', '2026-03-02 15:00', '2026-03-02 17:00'],
    ['15:01 → next working day close', '2026-03-02 15:01', '2026-03-03 17:00'],
    ['before opening → same day close', '2026-03-02 06:45', '2026-03-02 17:00'],
    ['at lunch → same day close', '2026-03-02 12:00', '2026-03-02 17:00'],
    ['after close → next working day close', '2026-03-02 17:30', '2026-03-03 17:00'],
    ['Friday 15:30 → Monday', '2026-03-06 15:30', '2026-03-09 17:00'],
    ['Saturday → Monday', '2026-03-07 09:00', '2026-03-09 17:00'],
    ['the day before Tết, 14:00 → same day', '2026-02-13 14:00', '2026-02-13 17:00'],
    ['the day before Tết, 15:30 → after the break', '2026-02-13 15:30', '2026-02-23 17:00'],
    ['Friday before Giỗ Tổ nghỉ bù, 16:00', '2026-04-24 16:00', '2026-04-28 17:00'],
  ])('within the day: %s', (_label, start, expected) => {
    expect(local(addWorkingDays(calendar, at(start), 0, { cutoffTime: '15:00' }))).toBe(expected);
  });

  it.each([
    ['before the cut-off counts from acceptance', '2026-03-02 14:59', 1, '2026-03-03 14:59'],
    ['after the cut-off counts from next opening', '2026-03-02 15:30', 1, '2026-03-03 17:00'],
    ['after the cut-off on Friday', '2026-03-06 15:30', 2, '2026-03-10 17:00'],
    ['after the cut-off before Tết', '2026-02-13 16:00', 1, '2026-02-23 17:00'],
    ['cut-off does not matter on a day off', '2026-03-07 16:00', 1, '2026-03-09 17:00'],
  ])('%s: %s + %d → %s', (_label, start, days, expected) => {
    expect(local(addWorkingDays(calendar, at(start), days, { cutoffTime: '15:00' }))).toBe(expected);
  });

  it.each([
    ['16:59 → same day', '2026-03-02 16:59', '2026-03-02 17:00'],
    ['17:00 → next working day', '2026-03-02 17:00', '2026-03-03 17:00'],
  ])('without a cut-off, 0 days closes the day: %s', (_label, start, expected) => {
    expect(local(addWorkingDays(calendar, at(start), 0))).toBe(expected);
  });
});

describe('addWorkingHours', () => {
  it.each([
    ['inside the morning', '2026-03-02 08:00', 2, '2026-03-02 10:00'],
    ['across lunch', '2026-03-02 10:00', 2, '2026-03-02 14:00'],
    ['ending at morning close', '2026-03-02 11:00', 0.5, '2026-03-02 11:30'],
    ['across the night', '2026-03-02 16:00', 4, '2026-03-03 10:00'],
    ['8 hours = 1 day', '2026-03-02 14:00', 8, '2026-03-03 14:00'],
    ['across Tết', '2026-02-13 16:00', 8, '2026-02-23 16:00'],
    ['24 hours = 3 days', '2026-03-05 09:00', 24, '2026-03-10 09:00'],
    ['at lunch', '2026-03-02 12:15', 1, '2026-03-02 14:30'],
    ['zero hours at lunch → afternoon opening', '2026-03-02 12:00', 0, '2026-03-02 13:30'],
    ['after close', '2026-03-02 18:00', 1, '2026-03-03 08:00'],
  ])('%s: %s + %d h → %s', (_label, start, hours, expected) => {
    expect(local(addWorkingHours(calendar, at(start), hours))).toBe(expected);
  });

  it('counts a make-up Saturday', () => {
    expect(local(addWorkingHours(withMakeUpSaturday, at('2026-03-06 16:00'), 2))).toBe('2026-03-07 08:00');
  });
});

describe('addCalendarDays (BLDS 2015 Điều 147–148)', () => {
  it.each([
    ['start day not counted', '2026-03-02 10:00', 3, '2026-03-05 17:00'],
    ['acceptance time does not matter', '2026-03-02 22:00', 1, '2026-03-03 17:00'],
    ['landing on Saturday → Monday', '2026-03-02 10:00', 5, '2026-03-09 17:00'],
    ['landing on Sunday → Monday', '2026-03-02 10:00', 6, '2026-03-09 17:00'],
    ['landing in Tết → first working day after', '2026-02-06 09:00', 10, '2026-02-23 17:00'],
    ['landing on Giỗ Tổ (Sunday) → after the nghỉ bù', '2026-04-22 09:00', 4, '2026-04-28 17:00'],
    ['landing on 02/09', '2026-08-28 09:00', 5, '2026-09-03 17:00'],
    ['30 days', '2026-03-02 09:00', 30, '2026-04-01 17:00'],
    ['zero days on a working day', '2026-03-02 09:00', 0, '2026-03-02 17:00'],
    ['zero days on a Saturday', '2026-03-07 09:00', 0, '2026-03-09 17:00'],
  ])('%s: %s + %d days → %s', (_label, start, days, expected) => {
    expect(local(addCalendarDays(calendar, at(start), days))).toBe(expected);
  });

  it('a make-up Saturday is a working day to land on', () => {
    expect(local(addCalendarDays(withMakeUpSaturday, at('2026-03-02 10:00'), 5))).toBe('2026-03-07 17:00');
  });

  it.each([-1, 1.5])('rejects %d days', (days) => {
    expect(() => addCalendarDays(calendar, at('2026-03-02 10:00'), days)).toThrow(RangeError);
  });
});

describe('workingTimeBetween (minutes)', () => {
  it.each([
    ['a full day', '2026-03-02 07:00', '2026-03-02 17:00', 480],
    ['one working day later', '2026-03-02 10:00', '2026-03-03 10:00', 480],
    ['lunch only', '2026-03-02 11:30', '2026-03-02 13:30', 0],
    ['inside lunch', '2026-03-02 12:00', '2026-03-02 13:00', 0],
    ['before opening to 08:00', '2026-03-02 05:00', '2026-03-02 08:00', 60],
    ['a weekend', '2026-03-07 00:00', '2026-03-09 00:00', 0],
    ['across Tết', '2026-02-13 16:00', '2026-02-23 08:00', 120],
    ['the same instant', '2026-03-02 10:00', '2026-03-02 10:00', 0],
    ['late by half an hour', '2026-03-03 17:00', '2026-03-04 07:30', 30],
    ['early (negative)', '2026-03-04 07:30', '2026-03-03 17:00', -30],
    ['a working week', '2026-03-02 07:00', '2026-03-09 07:00', 2400],
  ])('%s: %s → %s = %d', (_label, from, to, minutes) => {
    expect(workingTimeBetween(calendar, at(from), at(to))).toBe(minutes);
  });

  it('counts seconds as fractions of a minute', () => {
    const from = at('2026-03-02 10:00');
    expect(workingTimeBetween(calendar, from, new Date(from.getTime() + 90_000))).toBe(1.5);
  });

  it('lets a pause be added back to a due date (supplement waiting time)', () => {
    const due = addWorkingDays(calendar, at('2026-03-02 09:00'), 3);
    const paused = workingTimeBetween(calendar, at('2026-03-03 15:00'), at('2026-03-05 10:00'));
    expect(paused).toBe(120 + 480 + 180);
    expect(local(addWorkingHours(calendar, due, paused / 60))).toBe('2026-03-06 16:00');
  });
});
