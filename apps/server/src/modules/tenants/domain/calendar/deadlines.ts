/**
 * Deadline arithmetic for administrative procedures (thời hạn giải quyết TTHC).
 *
 * The clock starts when the desk accepts the dossier (ngày tiếp nhận). A limit in working days
 * is counted as working time inside office hours on working days, so a dossier accepted at
 * 14:00 with a one-day limit is due at 14:00 on the next working day. The due instant is the end
 * of the last counted working minute: when that minute closes a session, the due time is the
 * session's end (11:30 or 17:00), never the opening of the following session.
 */
import {
  MS_PER_DAY,
  MS_PER_MINUTE,
  addLocalDays,
  fromLocalDateAndMs,
  parseTimeOfDay,
  toLocalDate,
  toLocalTimeOfDayMs,
} from './local-time.ts';
import type { DaySchedule, WorkingCalendar } from './working-calendar.ts';
import { daySchedule, isWorkingDay, nextWorkingDay } from './working-calendar.ts';

/** Options of {@link addWorkingDays}. */
export interface AddWorkingDaysOptions {
  /**
   * Local clock time `HH:mm` after which a dossier counts as received on the next working day,
   * e.g. `'15:00'` for civil status (Luật Hộ tịch 2014 Điều 5(3)) and certification
   * (NĐ 23/2015/NĐ-CP Điều 7).
   */
  cutoffTime?: string;
}

/** A position in working time: a working date, an office session of that date, a time of day. */
interface Cursor {
  date: string;
  session: number;
  ms: number;
}

const MS_PER_HOUR = 60 * MS_PER_MINUTE;

/**
 * The due instant of a limit of `days` working days counted from acceptance at `start`.
 *
 * - The limit is `days` × the working time of one day (8 h by default), counted only inside
 *   office hours on working days. Accepted before opening → counting starts at opening; during
 *   lunch → at the afternoon opening; after close or on a day off → at the next working day's
 *   opening. Examples with default hours: Monday 07:00 + 1 → Monday 17:00; Monday 14:00 + 1 →
 *   Tuesday 14:00; Monday 12:00 (lunch) + 1 → Tuesday 11:30.
 * - With `cutoffTime` and `days > 0`, a dossier accepted on a working day after the cut-off counts
 *   from the next working day's opening (Monday 15:30 + 1 with cut-off 15:00 → Tuesday 17:00).
 * - `days: 0` means "within the day" (trong ngày): due at the close of the day of acceptance when
 *   it is a working day and acceptance is at or before the cut-off (the close itself when no
 *   cut-off is given), otherwise at the close of the next working day (Luật Hộ tịch 2014
 *   Điều 5(3); NĐ 23/2015/NĐ-CP Điều 7).
 *
 * Fractional limits (0.5 day) are allowed. Throws a RangeError on a negative or non-finite limit.
 */
export function addWorkingDays(
  cal: WorkingCalendar,
  start: Date,
  days: number,
  opts: AddWorkingDaysOptions = {},
): Date {
  assertAmount(days, 'days');
  const schedule = daySchedule(cal);
  const cutoffMs = opts.cutoffTime === undefined ? undefined : parseTimeOfDay(opts.cutoffTime) * MS_PER_MINUTE;
  const date = toLocalDate(start);
  const ms = toLocalTimeOfDayMs(start);

  if (days === 0) {
    const sameDay = isWorkingDay(cal, date) && ms < schedule.closeMs && ms <= (cutoffMs ?? schedule.closeMs);
    return fromLocalDateAndMs(sameDay ? date : nextWorkingDay(cal, date), schedule.closeMs);
  }
  const afterCutoff = cutoffMs !== undefined && isWorkingDay(cal, date) && ms > cutoffMs;
  const cursor = afterCutoff
    ? openingOf(nextWorkingDay(cal, date), schedule)
    : firstWorkingPosition(cal, schedule, start);
  return advance(cal, schedule, cursor, Math.round(days * schedule.workMsPerDay));
}

/**
 * The due instant of a limit of `hours` working hours counted from acceptance at `start`, with the
 * same snapping as {@link addWorkingDays}: Monday 16:00 + 4 h → Tuesday 10:00 by default hours.
 * A zero limit gives the first working instant at or after `start`.
 */
export function addWorkingHours(cal: WorkingCalendar, start: Date, hours: number): Date {
  assertAmount(hours, 'hours');
  const schedule = daySchedule(cal);
  return advance(cal, schedule, firstWorkingPosition(cal, schedule, start), Math.round(hours * MS_PER_HOUR));
}

/**
 * The due instant of a limit of `days` calendar days (ngày, not ngày làm việc) from `start`.
 *
 * Bộ luật Dân sự 2015 Điều 147(2): the first day is not counted, so counting starts the next day.
 * Điều 148(2): when the last day is a weekly day off or a holiday, the limit ends with the next
 * working day. Điều 148(3) ends a day at 24:00; the desk returns results only in office hours, so
 * the limit here ends at the office close of that day.
 */
export function addCalendarDays(cal: WorkingCalendar, start: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a non-negative integer: ${days}`);
  const schedule = daySchedule(cal);
  const lastDay = addLocalDays(toLocalDate(start), days);
  const dueDay = isWorkingDay(cal, lastDay) ? lastDay : nextWorkingDay(cal, lastDay);
  return fromLocalDateAndMs(dueDay, schedule.closeMs);
}

/**
 * Working minutes between two instants: the time inside office hours on working days. Negative
 * when `to` is before `from`, so `workingTimeBetween(cal, due, returnedAt)` is positive when a
 * result is late (trễ hạn) and negative when it is early. Use it as well to measure a pause
 * (waiting for a supplement) before pushing a due date forward with {@link addWorkingHours}.
 */
export function workingTimeBetween(cal: WorkingCalendar, from: Date, to: Date): number {
  if (to.getTime() < from.getTime()) return -workingTimeBetween(cal, to, from);
  const schedule = daySchedule(cal);
  const lastDate = toLocalDate(to);
  let totalMs = 0;
  for (let date = toLocalDate(from); date <= lastDate; date = addLocalDays(date, 1)) {
    if (isWorkingDay(cal, date)) totalMs += overlapOfDay(schedule, date, from, to);
  }
  return totalMs / MS_PER_MINUTE;
}

function overlapOfDay(schedule: DaySchedule, date: string, from: Date, to: Date): number {
  let total = 0;
  for (const session of schedule.sessions) {
    const low = Math.max(fromLocalDateAndMs(date, session.startMs).getTime(), from.getTime());
    const high = Math.min(fromLocalDateAndMs(date, session.endMs).getTime(), to.getTime());
    if (high > low) total += high - low;
  }
  return total;
}

/**
 * The first position at or after `instant` from which working time can be counted. An instant
 * exactly at the end of a session moves to the next session (no working time is left there).
 */
function firstWorkingPosition(cal: WorkingCalendar, schedule: DaySchedule, instant: Date): Cursor {
  const date = toLocalDate(instant);
  const ms = toLocalTimeOfDayMs(instant);
  if (isWorkingDay(cal, date)) {
    const session = schedule.sessions.findIndex((s) => ms < s.endMs);
    const found = schedule.sessions[session];
    if (found) return { date, session, ms: Math.max(ms, found.startMs) };
  }
  return openingOf(nextWorkingDay(cal, date), schedule);
}

function openingOf(date: string, schedule: DaySchedule): Cursor {
  return { date, session: 0, ms: schedule.openMs };
}

/**
 * Consumes `amountMs` of working time from `cursor` and returns the instant where it runs out.
 * Reaching exactly the end of a session returns that end, not the next opening.
 */
function advance(cal: WorkingCalendar, schedule: DaySchedule, cursor: Cursor, amountMs: number): Date {
  let { date, session, ms } = cursor;
  let remaining = amountMs;
  for (;;) {
    const current = schedule.sessions[session];
    if (!current) {
      date = nextWorkingDay(cal, date);
      session = 0;
      ms = schedule.openMs;
      continue;
    }
    const available = current.endMs - ms;
    if (remaining <= available) return fromLocalDateAndMs(date, ms + remaining);
    remaining -= available;
    session += 1;
    ms = schedule.sessions[session]?.startMs ?? MS_PER_DAY;
  }
}

function assertAmount(amount: number, label: string): void {
  if (!Number.isFinite(amount) || amount < 0) {
    throw new RangeError(`${label} must be a finite, non-negative number: ${amount}`);
  }
}
