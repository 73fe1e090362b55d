import type { Task } from 'graphile-worker';
import { withSystemTx, withTx, type Database } from '../../../platform/db/database.ts';
import { listTenants } from '../../tenants/index.ts';
import { foldReportChanges } from '../reports.repo.ts';

/**
 * Folds the dashboard's pending counter changes (appended by the triggers of migration 0019) into
 * the day, month and backlog counters, province by province. Runs every minute from the crontab;
 * readers add what is still pending, so the figures never wait for it; safe to repeat or overlap.
 */
export function foldCountersJob(database: Database): Task {
  return async function foldCounters(_payload, helpers) {
    const tenants = await withSystemTx(database, (tx) => listTenants(tx));
    let folded = 0;
    for (const tenant of tenants) folded += await withTx(database, tenant.id, (tx) => foldReportChanges(tx, tenant.id));
    if (folded > 0) helpers.logger.debug(`dashboard counters: ${String(folded)} change(s) folded`);
  };
}
