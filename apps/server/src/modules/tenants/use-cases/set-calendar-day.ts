import type { CalendarDayItem, PutCalendarDayBody } from '@motcua/contracts';
import { Value } from '@sinclair/typebox/value';
import { appendAudit } from '../../../platform/audit.ts';
import { withTx, type Database, type Tx } from '../../../platform/db/database.ts';
import { DEFAULT_WEEKEND_DAYS, isLocalDate, localWeekday } from '../domain/calendar/index.ts';
import { findSetting, upsertCalendarDay } from '../calendar.repo.ts';
import { CalendarDayInvalidError } from '../tenants.errors.ts';
import type { AdminActor } from './create-unit.ts';
import { CalendarSettingsSchema } from './get-working-calendar.ts';

/** Years an admin may edit: a bound against typos (year 20226), matching the calendar query's range. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

async function weekendDays(tx: Tx, tenantId: string): Promise<readonly number[]> {
  const setting = await findSetting(tx, tenantId, 'calendar');
  return Value.Check(CalendarSettingsSchema, setting) ? setting.weekendDays : DEFAULT_WEEKEND_DAYS;
}

/**
 * Sets a day of the working calendar: a holiday (nghỉ lễ, nghỉ bù) or a make-up working day (ngày
 * làm bù, only on a weekly day off). The row is marked as the admin's, so computed defaults never
 * overwrite it. Due dates computed from now on use it; dossiers keep the due dates they were given.
 */
export async function setCalendarDay(
  deps: { database: Database; now: () => Date },
  tenantId: string,
  day: string,
  body: PutCalendarDayBody,
  actor: AdminActor,
): Promise<CalendarDayItem> {
  const year = Number(day.slice(0, 4));
  if (!isLocalDate(day) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new CalendarDayInvalidError(`a real date in ${FIRST_YEAR}–${LAST_YEAR}`);
  }
  const row = { day, kind: body.kind, name: body.name.normalize('NFC').trim(), source: 'admin' as const };
  if (row.name.length === 0) throw new CalendarDayInvalidError('name required');
  const now = deps.now();
  return withTx(deps.database, tenantId, async (tx) => {
    if (row.kind === 'workday' && !(await weekendDays(tx, tenantId)).includes(localWeekday(day))) {
      throw new CalendarDayInvalidError('a make-up working day must fall on a weekly day off');
    }
    await upsertCalendarDay(tx, tenantId, row);
    await appendAudit(
      tx,
      tenantId,
      {
        actorType: 'officer',
        actorId: actor.officerId,
        action: 'calendar.set',
        subjectType: 'calendar_day',
        subjectId: day,
        requestId: actor.requestId,
        detail: { kind: row.kind },
      },
      now,
    );
    return row;
  });
}
