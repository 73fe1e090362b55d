import { describe, expect, it } from 'vitest';
import { buildCalendar, defaultCalendar } from '../tenants/index.ts';
import { dueDate, limitForChannel, resumeDueDate } from './sla.ts';

const calendar = buildCalendar(defaultCalendar(2025, 2027));
const withMakeUpSaturday = buildCalendar([
  ...defaultCalendar(2025, 2027),
  { date: '2026-03-07', kind: 'workday', name: 'Làm bù', estimated: false },
]);

/** Local Vietnam time (UTC+7) to an instant. */
function vn(local: string): Date {
  return new Date(`${local}+07:00`);
}

describe('dueDate', () => {
  it.each([
    [
      'same day before 15:00 (khai sinh)',
      '2026-11-24T10:00',
      { value: 0, unit: 'working_days', cutoffTime: '15:00' },
      '2026-11-24T17:00',
    ],
    [
      'same day after 15:00 → next working day',
      '2026-11-24T15:30',
      { value: 0, unit: 'working_days', cutoffTime: '15:00' },
      '2026-11-25T17:00',
    ],
    [
      'Friday after 15:00 → Monday',
      '2026-11-27T16:00',
      { value: 0, unit: 'working_days', cutoffTime: '15:00' },
      '2026-11-30T17:00',
    ],
    ['3 working days across Tết 2026', '2026-02-13T10:00', { value: 3, unit: 'working_days' }, '2026-02-25T10:00'],
    ['3 working days across a weekend', '2026-11-26T09:00', { value: 3, unit: 'working_days' }, '2026-12-01T09:00'],
    ['8 working hours from 14:00', '2026-11-24T14:00', { value: 8, unit: 'working_hours' }, '2026-11-25T14:00'],
    ['15 calendar days landing on a Sunday', '2026-11-14T09:00', { value: 15, unit: 'days' }, '2026-11-30T17:00'],
  ] as const)('%s', (_name, accepted, limit, expected) => {
    expect(dueDate(calendar, vn(accepted), limit).toISOString()).toBe(vn(expected).toISOString());
  });

  it('counts a make-up Saturday as a working day', () => {
    const limit = { value: 1, unit: 'working_days' } as const;
    expect(dueDate(calendar, vn('2026-03-06T14:00'), limit).toISOString()).toBe(vn('2026-03-09T14:00').toISOString());
    expect(dueDate(withMakeUpSaturday, vn('2026-03-06T14:00'), limit).toISOString()).toBe(
      vn('2026-03-07T14:00').toISOString(),
    );
  });
});

describe('resumeDueDate', () => {
  it('moves the due date by the working time spent waiting for the supplement', () => {
    const due = vn('2026-11-27T10:00');
    const { due: moved, pausedMinutes } = resumeDueDate(calendar, due, vn('2026-11-24T09:00'), vn('2026-11-25T09:00'));
    expect(pausedMinutes).toBe(480);
    expect(moved.toISOString()).toBe(vn('2026-11-30T10:00').toISOString());
  });
  it('does not move it when the supplement came back at once', () => {
    const due = vn('2026-11-27T10:00');
    expect(resumeDueDate(calendar, due, vn('2026-11-24T09:00'), vn('2026-11-24T09:00')).due).toEqual(due);
  });
});

describe('limitForChannel', () => {
  const channels = [
    { channel: 'counter', processingTime: { value: 5, unit: 'working_days' as const } },
    { channel: 'online', processingTime: { value: 3, unit: 'working_days' as const } },
  ];
  it('uses the channel’s own limit, Zalo as online, else the headline', () => {
    expect(limitForChannel(channels, 'online', { value: 9, unit: 'days' }).value).toBe(3);
    expect(limitForChannel(channels, 'zalo', { value: 9, unit: 'days' }).value).toBe(3);
    expect(limitForChannel(channels, 'postal', { value: 9, unit: 'days' }).value).toBe(9);
  });
});
