import type { Task } from 'graphile-worker';
import { withSystemTx, withTx, type Database } from '../../../platform/db/database.ts';
import { listTenants } from '../../tenants/index.ts';
import { foldStatusCountChanges } from '../status-counts.repo.ts';

/**
 * Folds the inbox's pending status count changes into the counts, province by province. Runs
 * every minute from the crontab; the inbox adds what is still pending; safe to repeat or overlap.
 */
export function foldStatusCountsJob(database: Database): Task {
  return async function foldStatusCounts(_payload, helpers) {
    const tenants = await withSystemTx(database, (tx) => listTenants(tx));
    let folded = 0;
    for (const tenant of tenants)
      folded += await withTx(database, tenant.id, (tx) => foldStatusCountChanges(tx, tenant.id));
    if (folded > 0) helpers.logger.debug(`inbox counts: ${String(folded)} change(s) folded`);
  };
}
