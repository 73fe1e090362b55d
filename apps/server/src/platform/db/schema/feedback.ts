import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { applications } from './applications.ts';

/** Đánh giá mức độ hài lòng (QĐ 766): one rating per dossier, once the result was returned. */
export const feedback = pgTable(
  'feedback',
  {
    tenantId: uuid('tenant_id').notNull(),
    applicationId: uuid('application_id').notNull(),
    rating: text('rating').notNull(),
    reason: text('reason'),
    channel: text('channel').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'feedback_pkey', columns: [t.tenantId, t.applicationId] }),
    foreignKey({
      name: 'feedback_application_fkey',
      columns: [t.tenantId, t.applicationId],
      foreignColumns: [applications.tenantId, applications.id],
    }).onDelete('cascade'),
    check('feedback_rating_check', sql`${t.rating} in ('very_satisfied', 'satisfied', 'unsatisfied')`),
    index('feedback_created_idx').on(t.tenantId, t.createdAt),
    check('feedback_reason_check', sql`${t.rating} <> 'unsatisfied' or ${t.reason} is not null`),
  ],
);
