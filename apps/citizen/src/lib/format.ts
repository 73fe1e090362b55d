import { translate, type Lang } from '../i18n/translate.ts';

/** Unit of a legal time limit (thời hạn giải quyết). */
export type TimeUnit = 'working_days' | 'working_hours' | 'days';

/** The part of a time limit that can be said in a few words. */
export interface TimeLimit {
  value: number;
  unit: TimeUnit;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** `1000000` → `1.000.000 ₫` (Vietnamese grouping; đồng have no subunit, so amounts are rounded). */
export function formatMoney(amount: number): string {
  const rounded = Math.round(amount);
  const sign = rounded < 0 ? '-' : '';
  return `${sign}${groupThousands(String(Math.abs(rounded)))} ₫`;
}

function formatNumber(value: number, lang: Lang): string {
  const [whole = '0', fraction] = String(value).split('.');
  const grouped = lang === 'vi' ? groupThousands(whole) : whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  if (fraction === undefined) return grouped;
  return `${grouped}${lang === 'vi' ? ',' : '.'}${fraction}`;
}

/**
 * `{value: 3, unit: 'working_days'}` → `3 ngày làm việc`; a limit of 0 working days means the
 * dossier is settled on the day it is received (`Trong ngày`).
 */
export function formatProcessingTime(time: TimeLimit, lang: Lang = 'vi'): string {
  if (time.value === 0) return translate(lang, 'time.sameDay');
  const n = formatNumber(time.value, lang);
  const one = time.value === 1;
  switch (time.unit) {
    case 'working_days':
      return translate(lang, one ? 'time.working_days.one' : 'time.working_days', { n });
    case 'working_hours':
      return translate(lang, one ? 'time.working_hours.one' : 'time.working_hours', { n });
    case 'days':
      return translate(lang, one ? 'time.days.one' : 'time.days', { n });
  }
}

/** The usual charge in one short phrase: `Miễn phí` or `15.000 ₫`; the full text is `fee.text`. */
export function formatFee(fee: { amount: number }, lang: Lang = 'vi'): string {
  return fee.amount === 0 ? translate(lang, 'fee.free') : formatMoney(fee.amount);
}

const dateParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** A calendar date with no time (`2026-09-05`, JSON Schema `format: date`): no time zone applies. */
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date as dd/MM/yyyy, the one way the app writes dates: an instant on Vietnam's clock, whatever
 * the device's time zone, or a calendar date (`2026-09-05`) as it is.
 */
export function formatDate(value: Date | string): string {
  const calendar = typeof value === 'string' ? CALENDAR_DATE.exec(value) : null;
  if (calendar) return `${calendar[3] ?? ''}/${calendar[2] ?? ''}/${calendar[1] ?? ''}`;
  const date = typeof value === 'string' ? new Date(value) : value;
  const parts = Object.fromEntries(dateParts.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.day ?? ''}/${parts.month ?? ''}/${parts.year ?? ''}`;
}

const timeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A time of day as HH:mm on Vietnam's clock. */
export function formatTime(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const parts = Object.fromEntries(timeParts.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.hour ?? ''}:${parts.minute ?? ''}`;
}

/** `08:30 05/01/2026`, the one way the app writes a date with its time (the order receipts use). */
export function formatDateTime(value: Date | string): string {
  return `${formatTime(value)} ${formatDate(value)}`;
}

const weekdayIndex = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Ho_Chi_Minh', weekday: 'short' });
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** 0 = Sunday … 6 = Saturday, on Vietnam's clock. */
export function weekdayOf(value: Date | string): number {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Math.max(0, WEEKDAYS.indexOf(weekdayIndex.format(date)));
}
