import { Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { Tx } from '../../../platform/db/database.ts';
import { buildCalendar, type CalendarEntry, type WorkingCalendar } from '../domain/calendar/index.ts';
import { findSetting, listCalendarDays } from '../calendar.repo.ts';

/** The `calendar` setting of a province: weekly days off and office hours. */
export const CalendarSettingsSchema = Type.Object({
  weekendDays: Type.Array(Type.Integer({ minimum: 0, maximum: 6 }), { maxItems: 7 }),
  officeHours: Type.Array(
    Type.Object({
      start: Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' }),
      end: Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' }),
    }),
    { minItems: 1, maxItems: 4 },
  ),
});

/**
 * The tenant's working calendar between two local dates (inclusive): holidays, make-up days and
 * the office-hours setting, ready for deadline arithmetic.
 */
export async function getWorkingCalendar(tx: Tx, tenantId: string, from: string, to: string): Promise<WorkingCalendar> {
  const days = await listCalendarDays(tx, tenantId, from, to);
  const entries: CalendarEntry[] = days.map((d) => ({
    date: d.day,
    kind: d.kind,
    name: d.name,
    estimated: d.source === 'estimated',
  }));
  const setting = await findSetting(tx, tenantId, 'calendar');
  return Value.Check(CalendarSettingsSchema, setting) ? buildCalendar(entries, setting) : buildCalendar(entries);
}
