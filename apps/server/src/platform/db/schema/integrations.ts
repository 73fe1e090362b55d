import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { officers, tenants } from './tenants.ts';

/**
 * A key an integrator's system sends as `Authorization: Bearer …`. Only a SHA-256 of the key is
 * kept, with its public prefix to find it; the key itself is shown once, when created.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    /** `mc_` and 8 characters: the start of the key, shown in lists. */
    prefix: text('prefix').notNull(),
    /** Hex SHA-256 of the whole key. */
    secretHash: text('secret_hash').notNull(),
    scopes: text('scopes').array().notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** Updated at most once a minute per key. */
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by'),
  },
  (t) => [
    primaryKey({ name: 'api_keys_pkey', columns: [t.tenantId, t.id] }),
    unique('api_keys_prefix_key').on(t.tenantId, t.prefix),
    foreignKey({
      name: 'api_keys_created_by_fkey',
      columns: [t.tenantId, t.createdBy],
      foreignColumns: [officers.tenantId, officers.id],
    }),
    foreignKey({
      name: 'api_keys_revoked_by_fkey',
      columns: [t.tenantId, t.revokedBy],
      foreignColumns: [officers.tenantId, officers.id],
    }),
    check(
      'api_keys_scopes_check',
      sql`cardinality(${t.scopes}) > 0 and ${t.scopes} <@ array['applications:read', 'applications:export', 'webhooks:manage']::text[]`,
    ),
  ],
);

/**
 * Where the province's dossier events are posted: a URL, the event types it wants, the signing
 * secret (sealed with the province's data key), and whether deliveries go out. After repeated
 * failures deliveries stop by themselves (`disabled_reason = 'failing'`) until someone turns it on.
 */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    url: text('url').notNull(),
    description: text('description').notNull().default(''),
    events: text('events').array().notNull(),
    /** AES-256-GCM of the signing secret (base64) and the id of the data key that sealed it. */
    secretSealed: text('secret_sealed').notNull(),
    keyId: text('key_id').notNull(),
    status: text('status').notNull().default('enabled'),
    disabledReason: text('disabled_reason'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** Failed attempts since the last success, and when that run of failures began. */
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    failingSince: timestamp('failing_since', { withTimezone: true }),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true }),
    lastFailureCode: integer('last_failure_code'),
    lastFailureError: text('last_failure_error'),
    /** The `seq` of the last delivery created for this endpoint (deliveries go out in `seq` order). */
    lastSeq: bigint('last_seq', { mode: 'number' }).notNull().default(0),
    /** `officer` (console) or `integrator` (an API key); the id of either. */
    createdByType: text('created_by_type').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'webhook_endpoints_pkey', columns: [t.tenantId, t.id] }),
    check('webhook_endpoints_status_check', sql`${t.status} in ('enabled', 'disabled')`),
    check(
      'webhook_endpoints_disabled_check',
      sql`(${t.status} = 'enabled') = (${t.disabledReason} is null) and ${t.disabledReason} in ('manual', 'failing')`,
    ),
    check('webhook_endpoints_created_by_type_check', sql`${t.createdByType} in ('officer', 'integrator')`),
    check('webhook_endpoints_events_check', sql`cardinality(${t.events}) > 0`),
  ],
);

/**
 * One event for one endpoint. `id` is the stable delivery id sent on every attempt and replay; the
 * body is frozen when the delivery is created, so every attempt sends the same bytes. The first
 * `pending` delivery of an endpoint (lowest `seq`) goes out before any later one.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    endpointId: uuid('endpoint_id').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    /** The dossier event (`application_events.id`) it reports. */
    eventId: uuid('event_id').notNull(),
    applicationCode: text('application_code').notNull(),
    type: text('type').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    body: text('body').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    lastDurationMs: integer('last_duration_ms'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    replays: integer('replays').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'webhook_deliveries_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'webhook_deliveries_endpoint_fkey',
      columns: [t.tenantId, t.endpointId],
      foreignColumns: [webhookEndpoints.tenantId, webhookEndpoints.id],
    }).onDelete('cascade'),
    // An event reaches an endpoint once, however often its fan-out job runs.
    unique('webhook_deliveries_event_key').on(t.tenantId, t.endpointId, t.eventId),
    check('webhook_deliveries_status_check', sql`${t.status} in ('pending', 'delivered', 'failed')`),
    index('webhook_deliveries_log_idx').on(t.tenantId, t.endpointId, t.seq),
    index('webhook_deliveries_pending_idx')
      .on(t.tenantId, t.endpointId, t.seq)
      .where(sql`${t.status} = 'pending'`),
  ],
);
