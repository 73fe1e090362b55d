import type { Task } from 'graphile-worker';
import { withSystemTx, withTx, type Database } from '../../../platform/db/database.ts';
import { defaultCalendar } from '../domain/calendar/index.ts';
import { insertDefaultDays, listCalendarYears } from '../calendar.repo.ts';
import { listTenants } from '../tenants.repo.ts';

/** How many years ahead every province's default holidays are kept. */
const YEARS_AHEAD = 5;

/**
 * Keeps computed default holidays for years that have none yet available `YEARS_AHEAD` years ahead for every province, without
 * touching days an admin has set. Runs monthly from the crontab; safe to repeat.
 */
export function extendCalendarJob(database: Database, now: () => Date): Task {
  return async function extendCalendar(_payload, helpers) {
    const year = now().getUTCFullYear();
    const entries = defaultCalendar(year, year + YEARS_AHEAD);
    const tenants = await withSystemTx(database, (tx) => listTenants(tx));
    for (const tenant of tenants) {
      const added = await withTx(database, tenant.id, async (tx) => {
        const present = await listCalendarYears(tx, tenant.id);
        const missing = entries.filter((e) => !present.has(Number(e.date.slice(0, 4))));
        return insertDefaultDays(
          tx,
          tenant.id,
          missing.map((e) => ({
            day: e.date,
            kind: e.kind,
            name: e.name,
            source: e.estimated ? 'estimated' : 'default',
          })),
        );
      });
      if (added > 0) helpers.logger.info(`calendar extended for ${tenant.slug}: ${added} day(s)`);
    }
  };
}
