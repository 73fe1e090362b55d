import type { ExportQuery, ExportRow } from '@motcua/contracts';
import { withTx } from '../../../platform/db/database.ts';
import { RangeInvalidError, resolvePeriod, type Period } from '../../reports/index.ts';
import { exportPage, type ExportCursor } from '../export.repo.ts';
import type { IntegrationsDeps } from '../ports.ts';

const PAGE_SIZE = 500;

/** The submission days to export (Vietnam local days, both included; at most a year), or 422. */
export function exportPeriod(query: ExportQuery, now: Date): Period {
  const result = resolvePeriod(query, now);
  if (!result.ok) throw new RangeInvalidError(result.reason);
  return result.period;
}

/**
 * The province's dossiers submitted in the period, one row each, read a page at a time in short
 * transactions: however long the period, one page is in memory, and a slow download holds no
 * transaction open. Pages follow each other by position, so a dossier filed meanwhile is either in
 * or out, never twice.
 */
export async function* exportApplications(
  deps: Pick<IntegrationsDeps, 'database'>,
  tenantId: string,
  period: Period,
): AsyncGenerator<ExportRow> {
  let after: ExportCursor | undefined;
  do {
    const page = await withTx(deps.database, tenantId, (tx) => exportPage(tx, tenantId, period, after, PAGE_SIZE));
    yield* page.rows;
    after = page.cursor;
  } while (after !== undefined);
}
