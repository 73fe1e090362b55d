import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { applications } from './applications.ts';
import { officers, tenants } from './tenants.ts';

/**
 * One conversation per person and chat channel of a province (the Zalo OA today): where the bot is
 * in it, and whether a human officer has taken it over (`handoff`: none → open → closed).
 */
export const chatThreads = pgTable(
  'chat_threads',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    /** `zalo` (the OA). */
    channel: text('channel').notNull(),
    /** The channel's id of the person: the OA-scoped Zalo user id. */
    externalUserId: text('external_user_id').notNull(),
    /** The conversation state of the bot (domain `ChatState`). */
    state: jsonb('state').notNull().default({ step: 'idle' }),
    handoff: text('handoff').notNull().default('none'),
    handoffAt: timestamp('handoff_at', { withTimezone: true }),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'chat_threads_pkey', columns: [t.tenantId, t.id] }),
    unique('chat_threads_user_key').on(t.tenantId, t.channel, t.externalUserId),
    check('chat_threads_handoff_check', sql`${t.handoff} in ('none', 'open', 'closed')`),
    check('chat_threads_channel_check', sql`${t.channel} in ('zalo')`),
    index('chat_threads_handoff_idx').on(t.tenantId, t.handoff, t.lastMessageAt),
  ],
);

/**
 * Dossiers whose notices go to a chat thread: bound when the holder of the receipt showed its QR
 * in the chat. One thread per dossier; a later binding moves it.
 */
export const chatThreadDossiers = pgTable(
  'chat_thread_dossiers',
  {
    tenantId: uuid('tenant_id').notNull(),
    applicationId: uuid('application_id').notNull(),
    threadId: uuid('thread_id').notNull(),
    boundAt: timestamp('bound_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'chat_thread_dossiers_pkey', columns: [t.tenantId, t.applicationId] }),
    foreignKey({
      name: 'chat_thread_dossiers_application_fkey',
      columns: [t.tenantId, t.applicationId],
      foreignColumns: [applications.tenantId, applications.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'chat_thread_dossiers_thread_fkey',
      columns: [t.tenantId, t.threadId],
      foreignColumns: [chatThreads.tenantId, chatThreads.id],
    }).onDelete('cascade'),
    index('chat_thread_dossiers_thread_idx').on(t.tenantId, t.threadId),
  ],
);

/**
 * Every message of a thread, both ways: the citizen's (`in`, keyed by the channel event so a
 * redelivered webhook is recorded once), the bot's and the officers' (`out`, sent by a job and
 * marked with the outcome). `body` holds the text and, for the bot, buttons or cards.
 */
export const chatMessages = pgTable(
  'chat_messages',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    threadId: uuid('thread_id').notNull(),
    direction: text('direction').notNull(),
    author: text('author').notNull(),
    officerId: uuid('officer_id'),
    kind: text('kind').notNull(),
    body: jsonb('body').notNull(),
    /** The channel event an inbound message came in (webhook event key). */
    eventKey: text('event_key'),
    /** Outbound: pending → sent | failed. Inbound: received. */
    delivery: text('delivery').notNull(),
    providerId: text('provider_id'),
    failure: text('failure'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'chat_messages_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'chat_messages_thread_fkey',
      columns: [t.tenantId, t.threadId],
      foreignColumns: [chatThreads.tenantId, chatThreads.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'chat_messages_officer_fkey',
      columns: [t.tenantId, t.officerId],
      foreignColumns: [officers.tenantId, officers.id],
    }),
    unique('chat_messages_event_key').on(t.tenantId, t.eventKey),
    index('chat_messages_thread_idx').on(t.tenantId, t.threadId, t.createdAt),
    check('chat_messages_direction_check', sql`${t.direction} in ('in', 'out')`),
    check('chat_messages_author_check', sql`${t.author} in ('citizen', 'bot', 'officer')`),
    check('chat_messages_delivery_check', sql`${t.delivery} in ('received', 'pending', 'sent', 'failed')`),
    check('chat_messages_officer_check', sql`(${t.author} = 'officer') = (${t.officerId} is not null)`),
  ],
);
