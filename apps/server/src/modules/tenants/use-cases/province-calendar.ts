import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { Tx } from '../../../platform/db/database.ts';
import type { FieldError } from '../../../platform/errors.ts';
import {
  DEFAULT_OFFICE_HOURS,
  DEFAULT_WEEKEND_DAYS,
  isLocalDate,
  localWeekday,
  parseTimeOfDay,
} from '../domain/calendar/index.ts';
import { upsertCalendarDay, upsertSetting } from '../calendar.repo.ts';
import { CalendarSettingsSchema } from './get-working-calendar.ts';

const Day = Type.Object(
  { date: Type.String(), name: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

/**
 * A province's working calendar as its bundle states it: weekly days off (0 = Sunday … 6 =
 * Saturday), office hours, and the days it announced on top of the computed national holidays —
 * holidays (nghỉ lễ, nghỉ bù) and make-up working days (ngày làm bù).
 */
export const CalendarInput = Type.Object(
  {
    weekendDays: Type.Optional(CalendarSettingsSchema.properties.weekendDays),
    officeHours: Type.Optional(CalendarSettingsSchema.properties.officeHours),
    holidays: Type.Optional(Type.Array(Day, { maxItems: 500 })),
    makeUpDays: Type.Optional(Type.Array(Day, { maxItems: 100 })),
  },
  { additionalProperties: false },
);
export type CalendarInput = Static<typeof CalendarInput>;

/** Minutes of a clock time the schema already checked (HH:mm). */
function minutes(time: string): number {
  return parseTimeOfDay(time);
}

function dayProblems(input: CalendarInput, weekend: readonly number[]): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Map<string, string>();
  const lists = [
    ['holidays', input.holidays ?? []],
    ['makeUpDays', input.makeUpDays ?? []],
  ] as const;
  for (const [list, days] of lists) {
    days.forEach((d, i) => {
      const at = `/${list}/${i}/date`;
      const year = Number(d.date.slice(0, 4));
      if (!isLocalDate(d.date) || year < 2000 || year > 2100) {
        problems.push({ pointer: at, message: `"${d.date}" is not a date yyyy-mm-dd in 2000–2100` });
        return;
      }
      const before = seen.get(d.date);
      if (before) problems.push({ pointer: at, message: `${d.date} is listed twice (also ${before})` });
      seen.set(d.date, at);
      if (list === 'makeUpDays' && !weekend.includes(localWeekday(d.date))) {
        problems.push({ pointer: at, message: `${d.date} is not a weekly day off, so it cannot be a make-up day` });
      }
    });
  }
  return problems;
}

/** Every problem of a bundle's calendar, as JSON pointers into it. */
export function calendarInputProblems(value: unknown): FieldError[] {
  if (!Value.Check(CalendarInput, value)) {
    return [...Value.Errors(CalendarInput, value)].map((e) => ({ pointer: e.path || '/', message: e.message }));
  }
  const problems = dayProblems(value, value.weekendDays ?? DEFAULT_WEEKEND_DAYS);
  let end = -1;
  (value.officeHours ?? []).forEach((h, i) => {
    if (minutes(h.start) >= minutes(h.end) || minutes(h.start) < end) {
      problems.push({ pointer: `/officeHours/${i}`, message: 'office hours must be in order and not overlap' });
    }
    end = minutes(h.end);
  });
  return problems;
}

/**
 * Writes a checked calendar inside the caller's transaction: the weekly rule and office hours, and
 * the announced days as the admin's own (computed defaults never overwrite them).
 */
export async function writeCalendarInTx(tx: Tx, tenantId: string, input: CalendarInput): Promise<void> {
  await upsertSetting(tx, tenantId, 'calendar', {
    weekendDays: [...(input.weekendDays ?? DEFAULT_WEEKEND_DAYS)],
    officeHours: (input.officeHours ?? DEFAULT_OFFICE_HOURS).map((h) => ({ start: h.start, end: h.end })),
  });
  const days = [
    ...(input.holidays ?? []).map((d) => ({ ...d, kind: 'holiday' as const })),
    ...(input.makeUpDays ?? []).map((d) => ({ ...d, kind: 'workday' as const })),
  ];
  for (const d of days) {
    await upsertCalendarDay(tx, tenantId, {
      day: d.date,
      kind: d.kind,
      name: d.name.normalize('NFC').trim(),
      source: 'admin',
    });
  }
}
