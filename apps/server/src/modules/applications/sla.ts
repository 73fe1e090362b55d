import type { ProcessingTime } from '@motcua/contracts';
import {
  addCalendarDays,
  addWorkingDays,
  addWorkingHours,
  workingTimeBetween,
  type WorkingCalendar,
} from '../tenants/index.ts';

/**
 * The due date promised on Mẫu 01, counted from acceptance (NgayTiepNhan) on the province's
 * working calendar, in the procedure's unit: working days (with the 15:00 same-day cut-off of hộ
 * tịch and chứng thực where the procedure has one), working hours, or calendar days (BLDS 2015
 * Điều 147–148: a last day off moves to the next working day).
 */
export function dueDate(calendar: WorkingCalendar, acceptedAt: Date, limit: ProcessingTime): Date {
  switch (limit.unit) {
    case 'working_days':
      return addWorkingDays(
        calendar,
        acceptedAt,
        limit.value,
        limit.cutoffTime ? { cutoffTime: limit.cutoffTime } : {},
      );
    case 'working_hours':
      return addWorkingHours(calendar, acceptedAt, limit.value);
    case 'days':
      return addCalendarDays(calendar, acceptedAt, limit.value);
  }
}

/**
 * After a supplement, the due date moves by the working time the dossier waited for the citizen
 * (from the request to the supplement's arrival), counted on the same calendar.
 */
export function resumeDueDate(
  calendar: WorkingCalendar,
  due: Date,
  pausedAt: Date,
  resumedAt: Date,
): { due: Date; pausedMinutes: number } {
  const minutes = Math.max(0, workingTimeBetween(calendar, pausedAt, resumedAt));
  return { due: minutes > 0 ? addWorkingHours(calendar, due, minutes / 60) : due, pausedMinutes: Math.round(minutes) };
}

/** The time limit that applies to a dossier's channel, falling back to the procedure's headline limit. */
export function limitForChannel(
  channels: readonly { channel: string; processingTime: ProcessingTime }[],
  channel: string,
  headline: ProcessingTime,
): ProcessingTime {
  const wanted = channel === 'zalo' ? 'online' : channel;
  return channels.find((c) => c.channel === wanted)?.processingTime ?? headline;
}
