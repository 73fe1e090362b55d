import { describe, expect, it } from 'vitest';
import { defaultCalendar } from './default-holidays.ts';
import type { CalendarEntry, WorkingCalendar } from './working-calendar.ts';
import {
  DEFAULT_OFFICE_HOURS,
  buildCalendar,
  isWorkingDay,
  nextWorkingDay,
  workingMinutesPerDay,
} from './working-calendar.ts';

const makeUpSaturday: CalendarEntry = { date: '2026-03-07', kind: 'workday', name: 'Làm bù', estimated: false };
const calendar = buildCalendar([...defaultCalendar(2025, 2030), makeUpSaturday]);

describe('isWorkingDay', () => {
  it.each([
    ['2026-02-13', true, 'Friday before Tết'],
    ['2026-02-14', false, 'Saturday'],
    ['2026-02-15', false, 'Sunday'],
    ['2026-02-16', false, '29 Tết'],
    ['2026-02-20', false, 'mùng 4'],
    ['2026-02-23', true, 'first Monday after Tết'],
    ['2026-03-07', true, 'make-up Saturday'],
    ['2026-03-08', false, 'Sunday after the make-up Saturday'],
    ['2026-04-26', false, 'Giỗ Tổ (Sunday)'],
    ['2026-04-27', false, 'nghỉ bù Giỗ Tổ'],
    ['2026-04-28', true, 'Tuesday after nghỉ bù'],
    ['2026-09-02', false, 'Quốc khánh'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isWorkingDay(calendar, date)).toBe(expected);
  });

  it('lets a holiday win over a make-up day when both are given', () => {
    const cal: WorkingCalendar = {
      ...calendar,
      holidays: new Set(['2026-03-07']),
      makeUpWorkdays: new Set(['2026-03-07']),
    };
    expect(isWorkingDay(cal, '2026-03-07')).toBe(false);
  });

  it('rejects a malformed date', () => {
    expect(() => isWorkingDay(calendar, '2026-02-30')).toThrow(RangeError);
  });
});

describe('nextWorkingDay (strictly after)', () => {
  it.each([
    ['2026-03-02', '2026-03-03'],
    ['2026-02-13', '2026-02-23'],
    ['2026-02-16', '2026-02-23'],
    ['2026-03-06', '2026-03-07'],
    ['2026-03-07', '2026-03-09'],
    ['2026-04-24', '2026-04-28'],
    ['2026-04-29', '2026-05-04'],
    ['2026-12-31', '2027-01-04'],
  ])('after %s comes %s', (date, expected) => {
    expect(nextWorkingDay(calendar, date)).toBe(expected);
  });
});

describe('buildCalendar', () => {
  it('uses the default weekend and office hours', () => {
    const cal = buildCalendar([]);
    expect(cal.weekendDays).toEqual([0, 6]);
    expect(cal.officeHours).toEqual(DEFAULT_OFFICE_HOURS);
    expect(workingMinutesPerDay(cal)).toBe(480);
  });

  it('lets a later entry for the same date override an earlier one (admin rows after defaults)', () => {
    const cal = buildCalendar([
      ...defaultCalendar(2026, 2026),
      { date: '2026-04-27', kind: 'workday', name: 'Không nghỉ bù', estimated: false },
      { date: '2026-09-03', kind: 'holiday', name: 'Quốc khánh (ngày liền kề)', estimated: false },
      { date: '2026-09-01', kind: 'workday', name: 'Đi làm', estimated: false },
    ]);
    expect(isWorkingDay(cal, '2026-04-27')).toBe(true);
    expect(isWorkingDay(cal, '2026-09-01')).toBe(true);
    expect(isWorkingDay(cal, '2026-09-03')).toBe(false);
    expect(cal.holidays.has('2026-04-27')).toBe(false);
  });

  it('applies unit settings: Sunday-only weekend and other office hours', () => {
    const cal = buildCalendar([], {
      weekendDays: [0],
      officeHours: [
        { start: '13:00', end: '17:00' },
        { start: '07:30', end: '11:30' },
      ],
    });
    expect(isWorkingDay(cal, '2026-03-07')).toBe(true);
    expect(isWorkingDay(cal, '2026-03-08')).toBe(false);
    expect(workingMinutesPerDay(cal)).toBe(480);
  });

  it.each([
    ['an empty office-hours list', { officeHours: [] }],
    ['a session ending before it starts', { officeHours: [{ start: '11:30', end: '07:00' }] }],
    ['an empty session', { officeHours: [{ start: '07:00', end: '07:00' }] }],
    [
      'overlapping sessions',
      {
        officeHours: [
          { start: '07:00', end: '12:00' },
          { start: '11:30', end: '17:00' },
        ],
      },
    ],
    ['a malformed time', { officeHours: [{ start: '7:00', end: '11:30' }] }],
    ['a weekend day out of range', { weekendDays: [7] }],
    ['no working weekday', { weekendDays: [0, 1, 2, 3, 4, 5, 6] }],
  ])('rejects %s', (_label, settings) => {
    expect(() => buildCalendar([], settings)).toThrow(RangeError);
  });

  it('rejects an entry with a malformed date', () => {
    expect(() => buildCalendar([{ date: '2026-2-1', kind: 'holiday', name: 'x', estimated: false }])).toThrow(
      RangeError,
    );
  });
});
