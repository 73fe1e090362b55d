/**
 * Default public holidays (ngày nghỉ lễ, tết) of Bộ luật Lao động 2019 Điều 112(1), computed per
 * year as the starting rows of a province's calendar. They are defaults only: the Prime Minister
 * fixes the Tết days and the second Quốc khánh day each year, and the Bộ Nội vụ announces day
 * swaps for public servants, so admins confirm or correct these rows. Rows whose exact days are
 * decided yearly are marked `estimated`.
 */
import { addLocalDays, formatLocalDate, localWeekday } from './local-time.ts';
import { lunarNewYear, lunarToSolar, solarToLunar } from './lunar.ts';
import type { CalendarEntry } from './working-calendar.ts';
import { DEFAULT_WEEKEND_DAYS } from './working-calendar.ts';

/** Options of {@link defaultHolidays}. */
export interface DefaultHolidayOptions {
  /** Weekly days off used to place compensatory days (0 = Sunday … 6 = Saturday). */
  weekendDays?: readonly number[];
}

interface Holiday {
  date: string;
  name: string;
  estimated: boolean;
}

/** Days of the Tết block after mùng 1 (Điều 112(1)(b): 5 days in all, the eve included). */
const TET_DAYS_AFTER_NEW_YEAR = 3;

/**
 * The default holidays of one solar year, sorted by date, one entry per date (Điều 112(1)):
 * - Tết Dương lịch, 01/01;
 * - Tết Âm lịch, 5 days: the last day of the old lunar year (29 or 30 Tháng Chạp) through mùng 4
 *   (the official Tết 2026 break was 16/02–20/02/2026); estimated, the PM fixes the days;
 * - Giỗ Tổ Hùng Vương, 10/3 âm lịch;
 * - Ngày Chiến thắng, 30/04, and Ngày Quốc tế Lao động, 01/05;
 * - Quốc khánh, 02/09, plus one adjacent day (01/09 by default, estimated);
 * - compensatory days (nghỉ bù, Điều 111(3)): each holiday on a weekly day off moves to the next
 *   working day that is not already a holiday.
 */
export function defaultHolidays(year: number, options: DefaultHolidayOptions = {}): CalendarEntry[] {
  const weekendDays = options.weekendDays ?? DEFAULT_WEEKEND_DAYS;
  const holidays = mergeSameDay([
    { date: isoDate(year, 1, 1), name: 'Tết Dương lịch', estimated: false },
    ...tetHolidays(year),
    { date: lunarToSolar(year, 3, 10), name: 'Giỗ Tổ Hùng Vương', estimated: false },
    { date: isoDate(year, 4, 30), name: 'Ngày Chiến thắng', estimated: false },
    { date: isoDate(year, 5, 1), name: 'Ngày Quốc tế Lao động', estimated: false },
    { date: isoDate(year, 9, 1), name: 'Quốc khánh (ngày liền kề)', estimated: true },
    { date: isoDate(year, 9, 2), name: 'Quốc khánh', estimated: false },
  ]);
  const all = [...holidays, ...compensatoryDays(holidays, weekendDays)];
  return all.sort((a, b) => a.date.localeCompare(b.date)).map((holiday) => ({ ...holiday, kind: 'holiday' as const }));
}

/**
 * The default holidays of every solar year from `fromYear` to `toYear` inclusive, e.g.
 * `defaultCalendar(2025, 2030)` when a province is created.
 */
export function defaultCalendar(
  fromYear: number,
  toYear: number,
  options: DefaultHolidayOptions = {},
): CalendarEntry[] {
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear) {
    throw new RangeError(`Invalid year range: ${fromYear}–${toYear}`);
  }
  const entries: CalendarEntry[] = [];
  for (let year = fromYear; year <= toYear; year += 1) entries.push(...defaultHolidays(year, options));
  return entries;
}

/** The five Tết Nguyên Đán days: the last day of the old lunar year, then mùng 1 to mùng 4. */
function tetHolidays(year: number): Holiday[] {
  const newYear = lunarNewYear(year);
  const eve = addLocalDays(newYear, -1);
  const lastDayOfYear = solarToLunar(eve).day;
  const days: Holiday[] = [{ date: eve, name: `Tết Âm lịch (${lastDayOfYear} tháng Chạp)`, estimated: true }];
  for (let offset = 0; offset <= TET_DAYS_AFTER_NEW_YEAR; offset += 1) {
    days.push({ date: addLocalDays(newYear, offset), name: `Tết Âm lịch (mùng ${offset + 1})`, estimated: true });
  }
  return days;
}

/**
 * Bộ luật Lao động 2019 Điều 111(3): when a holiday falls on a weekly day off, the employee gets
 * the next working day off instead. Several such holidays in a row (a weekend inside Tết, or
 * 30/04 and 01/05 on a Saturday and Sunday) yield consecutive compensatory days after the block.
 */
function compensatoryDays(holidays: readonly Holiday[], weekendDays: readonly number[]): Holiday[] {
  const taken = new Set(holidays.map((holiday) => holiday.date));
  const result: Holiday[] = [];
  for (const holiday of holidays) {
    if (!weekendDays.includes(localWeekday(holiday.date))) continue;
    let date = addLocalDays(holiday.date, 1);
    while (taken.has(date) || weekendDays.includes(localWeekday(date))) date = addLocalDays(date, 1);
    taken.add(date);
    result.push({ date, name: `Nghỉ bù ${holiday.name}`, estimated: holiday.estimated });
  }
  return result;
}

/**
 * Holidays sharing a date become one row (the table holds one row per date). The law gives no
 * rule for two holidays on the same day, so a merged row is marked estimated for an admin to
 * review. Giỗ Tổ falls between 1/4 and 29/4 in 2020–2199, so this is a safety net.
 */
function mergeSameDay(holidays: readonly Holiday[]): Holiday[] {
  const byDate = new Map<string, Holiday>();
  for (const holiday of [...holidays].sort((a, b) => a.date.localeCompare(b.date))) {
    const existing = byDate.get(holiday.date);
    byDate.set(
      holiday.date,
      existing ? { date: holiday.date, name: `${existing.name}; ${holiday.name}`, estimated: true } : holiday,
    );
  }
  return [...byDate.values()];
}

function isoDate(year: number, month: number, day: number): string {
  return formatLocalDate({ year, month, day });
}
