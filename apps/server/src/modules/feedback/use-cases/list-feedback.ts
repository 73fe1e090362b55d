import type { ConsoleFeedbackList, ConsoleFeedbackQuery } from '@motcua/contracts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import type { Officer } from '../../identity/index.ts';
import { addLocalDays, fromLocalDateTime, isLocalDate, type Tenant } from '../../tenants/index.ts';
import { FeedbackRangeInvalidError } from '../feedback.errors.ts';
import { selectFeedbackPage } from '../feedback.repo.ts';

/** The units whose dossiers an officer sees: those of their working roles (as in the inbox). */
function officerUnitIds(officer: Officer): string[] {
  return [...new Set(officer.roles.filter((r) => r.role !== 'admin').map((r) => r.unitId))];
}

/** The period as instants: from the start of `from` to the end of `to`, Vietnam days, both included. */
function period(query: ConsoleFeedbackQuery): { from?: Date; until?: Date } {
  if (query.from !== undefined && !isLocalDate(query.from)) throw new FeedbackRangeInvalidError('/query/from');
  if (query.to !== undefined && !isLocalDate(query.to)) throw new FeedbackRangeInvalidError('/query/to');
  if (query.from !== undefined && query.to !== undefined && query.from > query.to)
    throw new FeedbackRangeInvalidError('/query/to');
  return {
    ...(query.from !== undefined ? { from: fromLocalDateTime(query.from, '00:00') } : {}),
    ...(query.to !== undefined ? { until: fromLocalDateTime(addLocalDays(query.to, 1), '00:00') } : {}),
  };
}

/**
 * Ratings of the dossiers received by the officer's units, newest first, a page at a time, with
 * the total for the pager.
 */
export async function listFeedback(
  deps: { database: Database },
  input: { tenant: Tenant; officer: Officer; query: ConsoleFeedbackQuery },
): Promise<ConsoleFeedbackList> {
  const range = period(input.query);
  const unitIds = officerUnitIds(input.officer);
  if (unitIds.length === 0) return { items: [], total: 0 };
  const page = await withTx(deps.database, input.tenant.id, (tx) =>
    selectFeedbackPage(tx, input.tenant.id, {
      unitIds,
      ...range,
      ...(input.query.rating ? { rating: input.query.rating } : {}),
      limit: input.query.limit,
      offset: input.query.offset,
    }),
  );
  return {
    items: page.rows.map((r) => ({
      code: r.code,
      procedureName: r.procedureName,
      rating: r.rating,
      reason: r.reason,
      at: r.at.toISOString(),
    })),
    total: page.total,
  };
}
