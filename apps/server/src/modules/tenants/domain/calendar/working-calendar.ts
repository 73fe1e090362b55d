/**
 * The working calendar of a unit: which local dates are working days and when the office is open.
 * Public holidays and make-up working days are data (rows an admin edits), not formulas, because
 * the Prime Minister and the Bộ Nội vụ fix Tết, the Quốc khánh bridge day and day swaps yearly.
 */
import { MS_PER_MINUTE, addLocalDays, localWeekday, parseLocalDate, parseTimeOfDay } from './local-time.ts';

/** One office session in local clock time, `HH:mm`–`HH:mm` (Vietnam, UTC+7). */
export interface OfficeHours {
  start: string;
  end: string;
}

/** Everything the deadline arithmetic needs to know about a unit's working time. */
export interface WorkingCalendar {
  /** Weekly days off: 0 = Sunday … 6 = Saturday. */
  weekendDays: readonly number[];
  /** Office sessions of every working day, e.g. morning and afternoon. */
  officeHours: readonly OfficeHours[];
  /** Local dates `yyyy-MM-dd` that are days off (nghỉ lễ, Tết, nghỉ bù). */
  holidays: ReadonlySet<string>;
  /** Local dates `yyyy-MM-dd` that are working days despite the weekly rule (ngày làm bù). */
  makeUpWorkdays: ReadonlySet<string>;
}

/**
 * One row of the calendar table: a day off (`holiday`) or an extra working day (`workday`).
 * `estimated` marks defaults that the authorities fix yearly and an admin should confirm.
 */
export interface CalendarEntry {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
  estimated: boolean;
}

/** Per-unit settings that override the defaults when building a calendar. */
export interface CalendarSettings {
  weekendDays?: readonly number[];
  officeHours?: readonly OfficeHours[];
}

/** Saturday and Sunday off: public servants work Monday–Friday (QĐ 188/1999/QĐ-TTg). */
export const DEFAULT_WEEKEND_DAYS: readonly number[] = Object.freeze([0, 6]);

/** Common one-stop desk hours: 07:00–11:30 and 13:30–17:00, i.e. 8 working hours a day. */
export const DEFAULT_OFFICE_HOURS: readonly OfficeHours[] = Object.freeze([
  Object.freeze({ start: '07:00', end: '11:30' }),
  Object.freeze({ start: '13:30', end: '17:00' }),
]);

/** An office session as milliseconds after local midnight. */
export interface Session {
  startMs: number;
  endMs: number;
}

/** The parsed office hours of a calendar: sorted, non-overlapping, at least one session. */
export interface DaySchedule {
  sessions: readonly [Session, ...Session[]];
  openMs: number;
  closeMs: number;
  workMsPerDay: number;
}

/** Lookahead bound for finding a working day, so a calendar with no working days fails loudly. */
const MAX_DAYS_TO_NEXT_WORKING_DAY = 3660;

/**
 * Builds a working calendar from calendar entries and optional settings. When several entries
 * share a date the later one wins, so admin rows can be appended after the computed defaults; a
 * `workday` entry on a weekday therefore cancels a default holiday.
 * Throws a RangeError on malformed dates, weekend days or office hours.
 */
export function buildCalendar(entries: readonly CalendarEntry[], settings: CalendarSettings = {}): WorkingCalendar {
  const byDate = new Map<string, CalendarEntry['kind']>();
  for (const entry of entries) {
    parseLocalDate(entry.date);
    byDate.set(entry.date, entry.kind);
  }
  const holidays = new Set<string>();
  const makeUpWorkdays = new Set<string>();
  for (const [date, kind] of byDate) {
    if (kind === 'holiday') holidays.add(date);
    else makeUpWorkdays.add(date);
  }

  const calendar: WorkingCalendar = {
    weekendDays: Object.freeze([...(settings.weekendDays ?? DEFAULT_WEEKEND_DAYS)]),
    officeHours: Object.freeze((settings.officeHours ?? DEFAULT_OFFICE_HOURS).map((h) => ({ ...h }))),
    holidays,
    makeUpWorkdays,
  };
  assertWeekendDays(calendar.weekendDays);
  daySchedule(calendar);
  return calendar;
}

/**
 * True when the local date is a working day: not a holiday, and either a make-up working day or
 * not a weekly day off. A holiday entry wins over a make-up entry for the same date.
 */
export function isWorkingDay(cal: WorkingCalendar, localDate: string): boolean {
  if (cal.holidays.has(localDate)) return false;
  if (cal.makeUpWorkdays.has(localDate)) return true;
  return !cal.weekendDays.includes(localWeekday(localDate));
}

/** The first working day strictly after the given local date. */
export function nextWorkingDay(cal: WorkingCalendar, localDate: string): string {
  let date = localDate;
  for (let step = 0; step < MAX_DAYS_TO_NEXT_WORKING_DAY; step += 1) {
    date = addLocalDays(date, 1);
    if (isWorkingDay(cal, date)) return date;
  }
  throw new RangeError(`No working day within ${MAX_DAYS_TO_NEXT_WORKING_DAY} days after ${localDate}`);
}

/** Working minutes in one working day (480 with the default office hours). */
export function workingMinutesPerDay(cal: WorkingCalendar): number {
  return daySchedule(cal).workMsPerDay / MS_PER_MINUTE;
}

/**
 * Parses and checks the office hours of a calendar: each session must start before it ends, and
 * sessions must not overlap. Throws a RangeError otherwise.
 */
export function daySchedule(cal: WorkingCalendar): DaySchedule {
  const sessions = cal.officeHours
    .map((hours) => ({
      startMs: parseTimeOfDay(hours.start) * MS_PER_MINUTE,
      endMs: parseTimeOfDay(hours.end) * MS_PER_MINUTE,
    }))
    .sort((a, b) => a.startMs - b.startMs);
  const [first, ...rest] = sessions;
  if (!first) throw new RangeError('A working calendar needs at least one office session');
  let previousEnd = -1;
  let workMsPerDay = 0;
  for (const session of sessions) {
    if (session.startMs >= session.endMs) throw new RangeError('An office session must start before it ends');
    if (session.startMs < previousEnd) throw new RangeError('Office sessions must not overlap');
    previousEnd = session.endMs;
    workMsPerDay += session.endMs - session.startMs;
  }
  return { sessions: [first, ...rest], openMs: first.startMs, closeMs: previousEnd, workMsPerDay };
}

function assertWeekendDays(weekendDays: readonly number[]): void {
  for (const day of weekendDays) {
    if (!Number.isInteger(day) || day < 0 || day > 6) {
      throw new RangeError(`A weekend day must be an integer 0 (Sunday) … 6 (Saturday): ${day}`);
    }
  }
  if (new Set(weekendDays).size >= 7) throw new RangeError('At least one weekday must be a working day');
}
