import {
  addLocalDays,
  fromLocalMinutes,
  isWorkingDay,
  nextWorkingDay,
  parseTimeOfDay,
  toLocalDate,
  VIETNAM_UTC_OFFSET_MS,
  type WorkingCalendar,
} from '../tenants/index.ts';

/** The `visits` setting of a province: slot length and places per slot and desk. */
export interface SlotSettings {
  slotMinutes: number;
  capacity: number;
}

export const DEFAULT_SLOT_SETTINGS: SlotSettings = Object.freeze({ slotMinutes: 30, capacity: 4 });

/** Working days offered after today. */
export const BOOKING_WORKING_DAYS = 10;

/** A slot later today is offered only this far ahead, so the desk can prepare the dossier. */
export const MIN_LEAD_MS = 2 * 60 * 60 * 1000;

/** Calendar days read to find the offered working days (10 working days across a Tết break fit well inside). */
export const CALENDAR_LOOKAHEAD_DAYS = 60;

export interface Slot {
  start: Date;
  end: Date;
}

function wholeNumber(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}

/** The province's setting, field by field, falling back to 30 minutes and 4 places. */
export function slotSettings(value: unknown): SlotSettings {
  const fields = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return {
    slotMinutes: wholeNumber(fields['slotMinutes'], 5, 240) ?? DEFAULT_SLOT_SETTINGS.slotMinutes,
    capacity: wholeNumber(fields['capacity'], 1, 1000) ?? DEFAULT_SLOT_SETTINGS.capacity,
  };
}

/** The local dates whose slots are offered: today if a working day, then the next 10 working days. */
export function bookableDays(calendar: WorkingCalendar, now: Date): string[] {
  const today = toLocalDate(now);
  const days = isWorkingDay(calendar, today) ? [today] : [];
  let day = today;
  for (let n = 0; n < BOOKING_WORKING_DAYS; n += 1) {
    day = nextWorkingDay(calendar, day);
    days.push(day);
  }
  return days;
}

/** The slots of one working day: whole slots inside each office session, so none spans the lunch break. */
function daySlots(calendar: WorkingCalendar, day: string, slotMinutes: number): Slot[] {
  const slots: Slot[] = [];
  const sessions = calendar.officeHours
    .map((h) => ({ start: parseTimeOfDay(h.start), end: parseTimeOfDay(h.end) }))
    .sort((a, b) => a.start - b.start);
  for (const session of sessions) {
    for (let m = session.start; m + slotMinutes <= session.end; m += slotMinutes) {
      slots.push({ start: fromLocalMinutes(day, m), end: fromLocalMinutes(day, m + slotMinutes) });
    }
  }
  return slots;
}

/**
 * Every slot a citizen may book at `now`: within office hours of the working days of the
 * province's calendar (weekends, holidays and make-up working days as the admins set them), today
 * only from two hours ahead, then over the next ten working days.
 */
export function offeredSlots(calendar: WorkingCalendar, now: Date, slotMinutes: number): Slot[] {
  const earliest = now.getTime() + MIN_LEAD_MS;
  return bookableDays(calendar, now)
    .flatMap((day) => daySlots(calendar, day, slotMinutes))
    .filter((slot) => slot.start.getTime() >= earliest);
}

/** The first and last local dates of the calendar to read for `offeredSlots`. */
export function calendarWindow(now: Date): { from: string; to: string } {
  const from = toLocalDate(now);
  return { from, to: addLocalDays(from, CALENDAR_LOOKAHEAD_DAYS) };
}

/** An instant as Vietnam time with its offset, e.g. `2026-10-12T07:30:00+07:00`. */
export function vietnamIso(instant: Date): string {
  return `${new Date(instant.getTime() + VIETNAM_UTC_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}
