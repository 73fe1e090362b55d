/**
 * Vietnamese lunar calendar (âm lịch), used for Tết Nguyên Đán and Giỗ Tổ Hùng Vương
 * (Bộ luật Lao động 2019 Điều 112(1)).
 *
 * The Vietnamese calendar is computed for meridian 105°E (UTC+7); Chinese calendars use 120°E
 * and differ in some years (Tết 1985, 2007 and 2030, for example). The conversion itself comes
 * from `@dqcai/vn-lunar`, whose tables follow Hồ Ngọc Đức's Vietnamese calendar. That package
 * silently rolls impossible dates over (30 Tháng Chạp of a 29-day month becomes mùng 1) and
 * returns zeros outside its range, so every answer is checked here by converting it back.
 */
import * as vnLunar from '@dqcai/vn-lunar';
import { addLocalDays, formatLocalDate, parseLocalDate } from './local-time.ts';

/**
 * The two functions used from `@dqcai/vn-lunar`. Its bundled declarations use extensionless
 * relative imports that ESM resolution cannot follow, so the shapes are stated here.
 */
interface VnLunar {
  getLunarDate: (
    day: number,
    month: number,
    year: number,
  ) => { jd: number; year: number; month: number; day: number; leap: boolean };
  getSolarDate: (
    day: number,
    month: number,
    year: number,
    leap?: boolean,
  ) => { jd: number; year: number; month: number; day: number };
}
const { getLunarDate, getSolarDate } = vnLunar as unknown as VnLunar;

/** A date of the Vietnamese lunar calendar. `leap` marks a leap month (tháng nhuận). */
export interface LunarDate {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

/** Lunar years the conversion supports (the range of the package's tables). */
export const LUNAR_MIN_YEAR = 1200;
export const LUNAR_MAX_YEAR = 2199;

/**
 * The solar date `yyyy-MM-dd` of a lunar date, e.g. `lunarToSolar(2026, 3, 10)` (Giỗ Tổ) is
 * `2026-04-26`. Throws a RangeError when that lunar date does not exist (a 30th day in a 29-day
 * month, a leap month the year does not have) or lies outside the supported years.
 */
export function lunarToSolar(year: number, month: number, day: number, leap = false): string {
  assertLunarYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1 || day > 30) {
    throw new RangeError(`Not a lunar date: ${describe({ year, month, day, leap })}`);
  }
  const solar = getSolarDate(day, month, year, leap);
  if (solar.jd === 0) throw new RangeError(`Lunar date out of range: ${describe({ year, month, day, leap })}`);
  const localDate = formatLocalDate({ year: solar.year, month: solar.month, day: solar.day });
  const back = solarToLunar(localDate);
  if (back.year !== year || back.month !== month || back.day !== day || back.leap !== leap) {
    throw new RangeError(`No such lunar date: ${describe({ year, month, day, leap })}`);
  }
  return localDate;
}

/** The lunar date of a solar date `yyyy-MM-dd`. Throws a RangeError outside the supported years. */
export function solarToLunar(localDate: string): LunarDate {
  const { year, month, day } = parseLocalDate(localDate);
  const lunar = getLunarDate(day, month, year);
  if (lunar.jd === 0 || lunar.year === 0) throw new RangeError(`Date out of lunar range: ${localDate}`);
  return { year: lunar.year, month: lunar.month, day: lunar.day, leap: lunar.leap };
}

/**
 * The solar date of mùng 1 Tết (1st day of the 1st lunar month) of the lunar year that begins in
 * the given solar year, e.g. `lunarNewYear(2026)` is `2026-02-17` (Tết Bính Ngọ).
 */
export function lunarNewYear(year: number): string {
  return lunarToSolar(year, 1, 1);
}

/**
 * The solar date of the last day of the lunar year ending in the given solar year (29 or 30
 * Tháng Chạp), i.e. the day before mùng 1 Tết: `lunarNewYearEve(2026)` is `2026-02-16`.
 */
export function lunarNewYearEve(year: number): string {
  return addLocalDays(lunarNewYear(year), -1);
}

function assertLunarYear(year: number): void {
  if (!Number.isInteger(year) || year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) {
    throw new RangeError(`Lunar year must be an integer in ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}: ${year}`);
  }
}

function describe(date: LunarDate): string {
  return `${date.day}/${date.month}${date.leap ? ' nhuận' : ''}/${date.year} âm lịch`;
}
