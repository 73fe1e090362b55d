/**
 * The working calendar of a province: Vietnam local time, the lunar calendar, default public
 * holidays and deadline arithmetic in working days, working hours and calendar days.
 */
export type { CalendarEntry, CalendarSettings, OfficeHours, WorkingCalendar } from './working-calendar.ts';
export {
  DEFAULT_OFFICE_HOURS,
  DEFAULT_WEEKEND_DAYS,
  buildCalendar,
  isWorkingDay,
  nextWorkingDay,
  workingMinutesPerDay,
} from './working-calendar.ts';
export type { AddWorkingDaysOptions } from './deadlines.ts';
export { addCalendarDays, addWorkingDays, addWorkingHours, workingTimeBetween } from './deadlines.ts';
export type { DefaultHolidayOptions } from './default-holidays.ts';
export { defaultCalendar, defaultHolidays } from './default-holidays.ts';
export type { LunarDate } from './lunar.ts';
export { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR, lunarNewYear, lunarNewYearEve, lunarToSolar, solarToLunar } from './lunar.ts';
export type { LocalDateParts } from './local-time.ts';
export {
  VIETNAM_UTC_OFFSET_MS,
  addLocalDays,
  formatLocalDate,
  formatLocalDateTime,
  fromLocalDateTime,
  fromLocalMinutes,
  isLocalDate,
  localDaysBetween,
  localWeekday,
  parseLocalDate,
  parseTimeOfDay,
  toLocalDate,
  toLocalMinutes,
} from './local-time.ts';
