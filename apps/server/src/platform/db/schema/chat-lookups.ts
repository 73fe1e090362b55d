import { foreignKey, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { chatThreads } from './chatbot.ts';

/**
 * The civic look-ups (traffic fines by plate, driving licences, land prices) a chat thread — one
 * person on one chat channel of a province — made lately: the times of those inside the limit's
 * window, oldest first, at most the limit. Kept in the database so that the limit holds across
 * every API and worker process; read and written under the thread's row lock.
 */
export const chatLookupQuotas = pgTable(
  'chat_lookup_quotas',
  {
    tenantId: uuid('tenant_id').notNull(),
    threadId: uuid('thread_id').notNull(),
    recentAt: timestamp('recent_at', { withTimezone: true }).array().notNull(),
  },
  (t) => [
    primaryKey({ name: 'chat_lookup_quotas_pkey', columns: [t.tenantId, t.threadId] }),
    foreignKey({
      name: 'chat_lookup_quotas_thread_fkey',
      columns: [t.tenantId, t.threadId],
      foreignColumns: [chatThreads.tenantId, chatThreads.id],
    }).onDelete('cascade'),
  ],
);
