import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { officers, tenants } from './tenants.ts';

/**
 * An announcement of the province to the followers of its Zalo OA: what it says (text, an image
 * with a caption, or a link), whom it reaches (all followers, some communes, some tags), when it
 * goes out, and where its fan-out stands (draft → scheduled → sending → sent, or cancelled).
 */
export const broadcasts = pgTable(
  'broadcasts',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    title: text('title').notNull(),
    /** `text` | `image` | `link`. */
    kind: text('kind').notNull(),
    /** The message text (a caption for an image, the lead for a link). */
    body: text('body').notNull(),
    /** Image: `{url}`; link: `{url, title?}`; text: `{}`. */
    media: jsonb('media').notNull().default({}),
    /** `{all: true}` | `{communes: string[]}` | `{tags: string[]}`. */
    target: jsonb('target').notNull(),
    status: text('status').notNull(),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelledBy: uuid('cancelled_by'),
    /** Recipients chosen when the fan-out started. */
    recipients: integer('recipients'),
  },
  (t) => [
    primaryKey({ name: 'broadcasts_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'broadcasts_created_by_fkey',
      columns: [t.tenantId, t.createdBy],
      foreignColumns: [officers.tenantId, officers.id],
    }),
    check('broadcasts_kind_check', sql`${t.kind} in ('text', 'image', 'link')`),
    check('broadcasts_status_check', sql`${t.status} in ('scheduled', 'sending', 'sent', 'cancelled')`),
    index('broadcasts_recent_idx').on(t.tenantId, t.createdAt),
  ],
);

/**
 * One recipient of a broadcast: a stable delivery id (broadcast, OA user) whose state moves once
 * from `pending` to `sent`, `skipped` (Zalo refused for a reason of the person: not following, out
 * of the reply window), `failed`, `cancelled` or — a send cut off by a crash — `unknown`.
 */
export const broadcastDeliveries = pgTable(
  'broadcast_deliveries',
  {
    tenantId: uuid('tenant_id').notNull(),
    broadcastId: uuid('broadcast_id').notNull(),
    oaUserId: text('oa_user_id').notNull(),
    status: text('status').notNull().default('pending'),
    /** When a worker took it; a `sending` row older than the lease was cut off. */
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    /** Zalo's `message_id` once sent. */
    providerId: text('provider_id'),
    /** Zalo's error code when refused (e.g. -230). */
    errorCode: text('error_code'),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'broadcast_deliveries_pkey', columns: [t.tenantId, t.broadcastId, t.oaUserId] }),
    foreignKey({
      name: 'broadcast_deliveries_broadcast_fkey',
      columns: [t.tenantId, t.broadcastId],
      foreignColumns: [broadcasts.tenantId, broadcasts.id],
    }).onDelete('cascade'),
    check(
      'broadcast_deliveries_status_check',
      sql`${t.status} in ('pending', 'sending', 'sent', 'skipped', 'failed', 'cancelled', 'unknown')`,
    ),
    index('broadcast_deliveries_pending_idx')
      .on(t.tenantId, t.broadcastId, t.oaUserId)
      .where(sql`${t.status} = 'pending'`),
  ],
);
