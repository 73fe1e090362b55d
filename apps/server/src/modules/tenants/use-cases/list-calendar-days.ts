import type { CalendarDays } from '@motcua/contracts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { listCalendarDays as listDays } from '../calendar.repo.ts';

/** The holidays and make-up working days of one year, as stored (defaults, estimates and admin rows). */
export async function listCalendarDays(database: Database, tenantId: string, year: number): Promise<CalendarDays> {
  const days = await withTx(database, tenantId, (tx) => listDays(tx, tenantId, `${year}-01-01`, `${year}-12-31`));
  return { days: days.map((d) => ({ day: d.day, kind: d.kind, name: d.name, source: d.source })) };
}
