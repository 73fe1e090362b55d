import { maskName } from '../../applications/index.ts';
import type { ConsoleVisitList } from '@motcua/contracts';
import { statusLabel, statuses, type Status } from '@motcua/workflow';
import { withTx, type Database } from '../../../platform/db/database.ts';
import type { Officer } from '../../identity/index.ts';
import { addLocalDays, fromLocalDateTime, isLocalDate, type Tenant } from '../../tenants/index.ts';
import { vietnamIso } from '../slots.ts';
import { VisitDayInvalidError } from '../visits.errors.ts';
import { listVisitsBetween } from '../visits.repo.ts';

function label(status: string): string {
  return Object.hasOwn(statuses, status) ? statusLabel(status as Status) : status;
}

/**
 * The day's bookings (a Vietnam local date) at the desks of the officer's units (those of their
 * working roles, as in the inbox), earliest first.
 */
export async function listDayVisits(
  deps: { database: Database },
  input: { tenant: Tenant; officer: Officer; date: string },
): Promise<ConsoleVisitList> {
  if (!isLocalDate(input.date)) throw new VisitDayInvalidError();
  const unitIds = [...new Set(input.officer.roles.filter((r) => r.role !== 'admin').map((r) => r.unitId))];
  if (unitIds.length === 0) return { items: [] };
  const from = fromLocalDateTime(input.date, '00:00');
  const until = fromLocalDateTime(addLocalDays(input.date, 1), '00:00');
  const rows = await withTx(deps.database, input.tenant.id, (tx) =>
    listVisitsBetween(tx, input.tenant.id, unitIds, from, until),
  );
  return {
    items: rows.map((r) => ({
      start: vietnamIso(r.startsAt),
      end: vietnamIso(r.endsAt),
      code: r.code,
      applicantName: maskName(r.applicantName),
      procedureName: r.procedureName,
      status: label(r.status),
    })),
  };
}
