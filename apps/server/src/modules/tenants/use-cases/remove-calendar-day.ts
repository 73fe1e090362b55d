import { appendAudit } from '../../../platform/audit.ts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { deleteCalendarDay } from '../calendar.repo.ts';
import { CalendarDayNotFoundError } from '../tenants.errors.ts';
import type { AdminActor } from './create-unit.ts';

/**
 * Removes a holiday or make-up day: the day follows the weekly rule again. Computed defaults do not
 * bring it back (they only fill years that have no rows).
 */
export async function removeCalendarDay(
  deps: { database: Database; now: () => Date },
  tenantId: string,
  day: string,
  actor: AdminActor,
): Promise<void> {
  const now = deps.now();
  await withTx(deps.database, tenantId, async (tx) => {
    if (!(await deleteCalendarDay(tx, tenantId, day))) throw new CalendarDayNotFoundError();
    await appendAudit(
      tx,
      tenantId,
      {
        actorType: 'officer',
        actorId: actor.officerId,
        action: 'calendar.remove',
        subjectType: 'calendar_day',
        subjectId: day,
        requestId: actor.requestId,
      },
      now,
    );
  });
}
