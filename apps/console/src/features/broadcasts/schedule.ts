/*
 * Times of an announcement on Vietnam's clock (UTC+7, no daylight saving), whatever the time zone
 * of the officer's device: the province schedules in its own local time.
 */

const VIETNAM_OFFSET = '+07:00';

const hourFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** `2026-11-25` and `08:30` (Vietnam wall clock) → `2026-11-25T08:30:00+07:00`. */
export function scheduledAtOf(day: string, time: string): string {
  return `${day}T${time}:00${VIETNAM_OFFSET}`;
}

/** The hour (0–23) of a moment on Vietnam's clock. */
export function vietnamHour(moment: Date): number {
  return Number(hourFormat.format(moment));
}

/**
 * Zalo does not push announcements at night, 22:00 to 06:00 (error -234 for promotional sends;
 * other messages arrive without a notification), so such a time deserves a warning.
 */
export function isNightHour(hour: number): boolean {
  return hour >= 22 || hour < 6;
}

/** Whether a moment is still ahead. */
export function isFuture(iso: string, now: Date): boolean {
  const at = Date.parse(iso);
  return !Number.isNaN(at) && at > now.getTime();
}
