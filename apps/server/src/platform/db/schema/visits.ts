import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, primaryKey, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { applications } from './applications.ts';
import { units } from './tenants.ts';

/**
 * The one planned visit: a time slot at the desk holding the dossier, booked by the citizen to
 * bring the originals, pay and take the result. One live booking per dossier; moving cancels and
 * books again, so the history stays.
 */
export const visits = pgTable(
  'visits',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    applicationId: uuid('application_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'visits_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'visits_application_fkey',
      columns: [t.tenantId, t.applicationId],
      foreignColumns: [applications.tenantId, applications.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'visits_unit_fkey',
      columns: [t.tenantId, t.unitId],
      foreignColumns: [units.tenantId, units.id],
    }),
    uniqueIndex('visits_live_key')
      .on(t.tenantId, t.applicationId)
      .where(sql`${t.cancelledAt} is null`),
    index('visits_unit_day_idx').on(t.tenantId, t.unitId, t.startsAt),
    check('visits_span_check', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);
