import type { MessageKey, Translate } from '../../../i18n/translate.ts';
import { formatDate, weekdayOf } from '../../../lib/format.ts';

const weekdays: readonly MessageKey[] = [
  'weekday.0',
  'weekday.1',
  'weekday.2',
  'weekday.3',
  'weekday.4',
  'weekday.5',
  'weekday.6',
];

/** `Thứ Ba` on Vietnam's clock. */
export function weekdayName(value: string, t: Translate): string {
  return t(weekdays[weekdayOf(value)] ?? 'weekday.1');
}

/** `Thứ Ba, 06/01/2026` on Vietnam's clock. */
export function dayLabel(value: string, t: Translate): string {
  return `${weekdayName(value, t)}, ${formatDate(value)}`;
}
