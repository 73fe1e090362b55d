/**
 * Vietnam local time (giờ Việt Nam): a fixed UTC+7 offset with no daylight saving time.
 *
 * Every conversion here is done with UTC arithmetic on an explicitly shifted epoch, so results
 * never depend on the time zone of the machine running the code.
 */

/** Offset of Vietnam local time from UTC, in milliseconds (UTC+7, no DST). */
export const VIETNAM_UTC_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Milliseconds in a minute and in a day, for local-time arithmetic. */
export const MS_PER_MINUTE = 60 * 1000;
export const MS_PER_DAY = 24 * 60 * MS_PER_MINUTE;

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_OF_DAY_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A local date split into its numeric parts (month is 1–12). */
export interface LocalDateParts {
  year: number;
  month: number;
  day: number;
}

/**
 * Parses a local date `yyyy-MM-dd` into its parts.
 * Throws a RangeError when the text is not a real calendar date (for example `2026-02-30`).
 */
export function parseLocalDate(localDate: string): LocalDateParts {
  const match = LOCAL_DATE_PATTERN.exec(localDate);
  if (!match) throw new RangeError(`Not a local date (yyyy-MM-dd): ${localDate}`);
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (formatLocalDate(parts) !== localDate) {
    throw new RangeError(`Not a real calendar date: ${localDate}`);
  }
  return parts;
}

/** Formats date parts as `yyyy-MM-dd`, normalising overflow (e.g. day 32 rolls into the next month). */
export function formatLocalDate(parts: LocalDateParts): string {
  return new Date(utcMidnightMs(parts)).toISOString().slice(0, 10);
}

/** True when the text is a real `yyyy-MM-dd` date. */
export function isLocalDate(text: string): boolean {
  try {
    parseLocalDate(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Parses a local clock time `HH:mm` (00:00–23:59) into minutes after midnight.
 * Throws a RangeError on any other shape.
 */
export function parseTimeOfDay(time: string): number {
  const match = TIME_OF_DAY_PATTERN.exec(time);
  if (!match) throw new RangeError(`Not a clock time (HH:mm): ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The local date `yyyy-MM-dd` in Vietnam at the given instant. */
export function toLocalDate(instant: Date): string {
  return shifted(instant).toISOString().slice(0, 10);
}

/** Milliseconds elapsed since local midnight in Vietnam at the given instant (0 ≤ result < 1 day). */
export function toLocalTimeOfDayMs(instant: Date): number {
  const ms = shifted(instant).getTime();
  return ((ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
}

/** Minutes elapsed since local midnight in Vietnam (fractional when the instant has seconds). */
export function toLocalMinutes(instant: Date): number {
  return toLocalTimeOfDayMs(instant) / MS_PER_MINUTE;
}

/** The instant at `msOfDay` milliseconds after local midnight of a Vietnam local date. */
export function fromLocalDateAndMs(localDate: string, msOfDay: number): Date {
  const midnight = utcMidnightMs(parseLocalDate(localDate));
  return new Date(midnight - VIETNAM_UTC_OFFSET_MS + msOfDay);
}

/** The instant at `minutes` after local midnight of a Vietnam local date. */
export function fromLocalMinutes(localDate: string, minutes: number): Date {
  return fromLocalDateAndMs(localDate, minutes * MS_PER_MINUTE);
}

/**
 * The instant of a Vietnam local date and clock time, e.g. `fromLocalDateTime('2026-02-13', '10:00')`
 * is 2026-02-13T03:00:00Z.
 */
export function fromLocalDateTime(localDate: string, time: string): Date {
  return fromLocalMinutes(localDate, parseTimeOfDay(time));
}

/**
 * Formats an instant as Vietnam local `yyyy-MM-ddTHH:mm` (seconds are kept as `:ss` only when
 * non-zero), for logs, receipts and readable test expectations.
 */
export function formatLocalDateTime(instant: Date): string {
  const iso = shifted(instant).toISOString();
  const seconds = iso.slice(16, 19);
  return iso.slice(0, 16) + (seconds === ':00' && iso.slice(19, 23) === '.000' ? '' : seconds);
}

/** Adds (or, with a negative count, subtracts) calendar days to a local date. */
export function addLocalDays(localDate: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Day count must be an integer: ${days}`);
  const { year, month, day } = parseLocalDate(localDate);
  return formatLocalDate({ year, month, day: day + days });
}

/** Day of the week of a local date: 0 = Sunday (Chủ nhật) … 6 = Saturday (thứ Bảy). */
export function localWeekday(localDate: string): number {
  return new Date(utcMidnightMs(parseLocalDate(localDate))).getUTCDay();
}

/** Whole days from one local date to another (positive when `to` is later). */
export function localDaysBetween(from: string, to: string): number {
  const diff = utcMidnightMs(parseLocalDate(to)) - utcMidnightMs(parseLocalDate(from));
  return Math.round(diff / MS_PER_DAY);
}

/** Midnight UTC of the given calendar day; `setUTCFullYear` keeps years 0–99 literal. */
function utcMidnightMs(parts: LocalDateParts): number {
  const date = new Date(0);
  date.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  return date.getTime();
}

function shifted(instant: Date): Date {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  return new Date(ms + VIETNAM_UTC_OFFSET_MS);
}
