import { sql } from 'drizzle-orm';
import { check, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Successors of administrative units that were merged or renumbered (e.g. on 01/07/2025, NQ
 * 202/2025/QH15 and the UBTVQH resolutions): old code → new code, provinces and communes. A
 * reference table shared by every tenant, like `admin_units`; `motcua units remap` fills it and
 * moves a province's open records from the old codes to the new ones.
 */
export const adminUnitSuccessors = pgTable(
  'admin_unit_successors',
  {
    oldCode: text('old_code').primaryKey(),
    newCode: text('new_code').notNull(),
    kind: text('kind').notNull(),
    /** Where the line came from (the mapping file's name), for whoever reads it later. */
    source: text('source').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('admin_unit_successors_kind_check', sql`${t.kind} in ('province', 'commune')`),
    check(
      'admin_unit_successors_code_format',
      sql`(${t.kind} = 'province' and ${t.oldCode} ~ '^[0-9]{2}$' and ${t.newCode} ~ '^[0-9]{2}$') or (${t.kind} = 'commune' and ${t.oldCode} ~ '^[0-9]{5}$' and ${t.newCode} ~ '^[0-9]{5}$')`,
    ),
    check('admin_unit_successors_not_self', sql`${t.oldCode} <> ${t.newCode}`),
  ],
);
