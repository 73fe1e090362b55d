import { describe, expect, it } from 'vitest';
import { buildCalendar, defaultCalendar, type CalendarEntry } from '../tenants/index.ts';
import { bookableDays, offeredSlots, slotSettings, vietnamIso } from './slots.ts';

function entry(date: string, kind: CalendarEntry['kind']): CalendarEntry {
  return { date, kind, name: kind === 'holiday' ? 'Nghỉ' : 'Làm bù', estimated: false };
}

/** A calendar with one holiday (Tue 13/10/2026) and one make-up Saturday (17/10/2026). */
const calendar = buildCalendar([entry('2026-10-13', 'holiday'), entry('2026-10-17', 'workday')]);

const at = (local: string): Date => new Date(`${local}+07:00`);
const starts = (slots: { start: Date }[]): string[] => slots.map((s) => vietnamIso(s.start).slice(0, 16));

describe('offered visit slots', () => {
  it('covers today (from two hours ahead) and the next ten working days, skipping weekends and holidays', () => {
    expect(bookableDays(calendar, at('2026-10-09T09:00'))).toEqual([
      '2026-10-09',
      '2026-10-12',
      '2026-10-14',
      '2026-10-15',
      '2026-10-16',
      '2026-10-17',
      '2026-10-19',
      '2026-10-20',
      '2026-10-21',
      '2026-10-22',
      '2026-10-23',
    ]);
    const slots = offeredSlots(calendar, at('2026-10-09T09:00'), 30);
    expect(starts(slots).filter((s) => s.startsWith('2026-10-09'))).toEqual([
      '2026-10-09T11:00',
      '2026-10-09T13:30',
      '2026-10-09T14:00',
      '2026-10-09T14:30',
      '2026-10-09T15:00',
      '2026-10-09T15:30',
      '2026-10-09T16:00',
      '2026-10-09T16:30',
    ]);
    expect(slots).toHaveLength(8 + 10 * 16);
  });

  it('fits whole slots inside each office session, never across the lunch break or past closing', () => {
    const monday = starts(offeredSlots(calendar, at('2026-10-09T09:00'), 30)).filter((s) => s.startsWith('2026-10-12'));
    expect(monday.map((s) => s.slice(11))).toEqual([
      '07:00',
      '07:30',
      '08:00',
      '08:30',
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '13:30',
      '14:00',
      '14:30',
      '15:00',
      '15:30',
      '16:00',
      '16:30',
    ]);
    const hourly = starts(offeredSlots(calendar, at('2026-10-09T18:00'), 60)).filter((s) => s.startsWith('2026-10-12'));
    expect(hourly.map((s) => s.slice(11))).toEqual(['07:00', '08:00', '09:00', '10:00', '13:30', '14:30', '15:30']);
    const slot = offeredSlots(calendar, at('2026-10-09T18:00'), 30)[0];
    expect(slot && [vietnamIso(slot.start), vietnamIso(slot.end)]).toEqual([
      '2026-10-12T07:00:00+07:00',
      '2026-10-12T07:30:00+07:00',
    ]);
  });

  it('starts tomorrow when the day is over or is not a working day, and follows the province’s office hours', () => {
    expect(bookableDays(calendar, at('2026-10-10T08:00'))[0]).toBe('2026-10-12');
    const late = offeredSlots(calendar, at('2026-10-09T15:00'), 30);
    expect(starts(late)[0]).toBe('2026-10-12T07:00');
    const saturdayMornings = buildCalendar([], {
      weekendDays: [0],
      officeHours: [{ start: '07:30', end: '11:30' }],
    });
    const days = bookableDays(saturdayMornings, at('2026-10-09T20:00'));
    expect(days.slice(0, 3)).toEqual(['2026-10-09', '2026-10-10', '2026-10-12']);
    expect(starts(offeredSlots(saturdayMornings, at('2026-10-09T20:00'), 30)).slice(0, 2)).toEqual([
      '2026-10-10T07:30',
      '2026-10-10T08:00',
    ]);
  });

  it('offers nothing during the Tết break of the default calendar', () => {
    const tet = buildCalendar(defaultCalendar(2026, 2026));
    const days = bookableDays(tet, at('2026-02-13T08:00'));
    expect(days.some((d) => d >= '2026-02-14' && d <= '2026-02-22')).toBe(false);
    expect(days).toHaveLength(11);
  });
});

describe('the visits setting', () => {
  it('falls back to 30-minute slots of 4 places, field by field', () => {
    expect(slotSettings(undefined)).toEqual({ slotMinutes: 30, capacity: 4 });
    expect(slotSettings({ slotMinutes: 20 })).toEqual({ slotMinutes: 20, capacity: 4 });
    expect(slotSettings({ slotMinutes: 0, capacity: 2.5 })).toEqual({ slotMinutes: 30, capacity: 4 });
    expect(slotSettings({ slotMinutes: '30', capacity: 6 })).toEqual({ slotMinutes: 30, capacity: 6 });
  });
});
