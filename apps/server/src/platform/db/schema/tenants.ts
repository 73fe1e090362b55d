import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

/** A province (tỉnh / thành phố): the tenant every other row belongs to. */
export const tenants = pgTable(
  'tenants',
  {
    id: uuid('id').primaryKey(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /** Province code of QĐ 19/2025/QĐ-TTg, e.g. '80' for Tây Ninh. */
    nationalCode: text('national_code').notNull(),
    /** Bumped whenever the published catalogue changes, so search indexes know to rebuild. */
    catalogRevision: integer('catalog_revision').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('tenants_slug_key').on(t.slug),
    unique('tenants_national_code_key').on(t.nationalCode),
    check('tenants_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('tenants_national_code_format', sql`${t.nationalCode} ~ '^[0-9]{2}$'`),
  ],
);

/** Validated per-province settings (calendar rules, branding, channel order), one row per key. */
export const tenantSettings = pgTable(
  'tenant_settings',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    value: jsonb('value').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'tenant_settings_pkey', columns: [t.tenantId, t.key] })],
);

/** Units: the province's public-service centre, departments and commune centres, as a tree. */
export const units = pgTable(
  'units',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    parentId: uuid('parent_id'),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    /** Mã định danh điện tử của cơ quan, the prefix of dossier codes. */
    eid: text('eid').notNull(),
    /** Administrative unit code (QĐ 19/2025) of the area the unit serves, when it has one. */
    adminUnitCode: text('admin_unit_code'),
    address: text('address'),
    phone: text('phone'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'units_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'units_parent_fkey',
      columns: [t.tenantId, t.parentId],
      foreignColumns: [t.tenantId, t.id],
    }),
    unique('units_tenant_eid_key').on(t.tenantId, t.eid),
    check('units_kind_check', sql`${t.kind} in ('service_centre', 'department', 'commune')`),
  ],
);

/** Officers (cán bộ). Roles, scopes and credentials arrive with the dossier workflow. */
export const officers = pgTable(
  'officers',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    unitId: uuid('unit_id').notNull(),
    username: text('username').notNull(),
    fullName: text('full_name').notNull(),
    status: text('status').notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'officers_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'officers_unit_fkey',
      columns: [t.tenantId, t.unitId],
      foreignColumns: [units.tenantId, units.id],
    }),
    unique('officers_tenant_username_key').on(t.tenantId, t.username),
    check('officers_status_check', sql`${t.status} in ('active', 'disabled')`),
  ],
);

/**
 * Exceptions to the weekly rule: public holidays (ngày nghỉ lễ, nghỉ bù) and make-up working days
 * (ngày làm bù). Defaults are computed from the lunar calendar; admins correct them.
 */
export const calendarDays = pgTable(
  'calendar_days',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    source: text('source').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'calendar_days_pkey', columns: [t.tenantId, t.day] }),
    check('calendar_days_kind_check', sql`${t.kind} in ('holiday', 'workday')`),
    check('calendar_days_source_check', sql`${t.source} in ('default', 'estimated', 'admin')`),
    index('calendar_days_kind_idx').on(t.tenantId, t.kind, t.day),
  ],
);

/**
 * The province's Zalo OA tokens (OAuth v4): the access token (25 h) and the single-use refresh
 * token that rotates on every refresh. Both sealed with the province's data key. One row per
 * province, locked while refreshing so two workers never spend the same refresh token.
 */
export const zaloOaTokens = pgTable('zalo_oa_tokens', {
  tenantId: uuid('tenant_id')
    .primaryKey()
    .references(() => tenants.id, { onDelete: 'cascade' }),
  keyId: text('key_id').notNull(),
  accessToken: text('access_token').notNull(),
  refreshToken: text('refresh_token').notNull(),
  accessExpiresAt: timestamp('access_expires_at', { withTimezone: true }).notNull(),
  /** Bumped on every refresh: a worker holding an older access token knows it was replaced. */
  generation: integer('generation').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Zalo OA webhook events as received, one row per event: the key deduplicates Zalo's retries and
 * replays (message id, or a hash of the body for events without one). Processed by a job.
 */
export const zaloWebhookEvents = pgTable(
  'zalo_webhook_events',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    eventKey: text('event_key').notNull(),
    eventName: text('event_name').notNull(),
    /** The event as Zalo sent it; personal data, kept only until processed plus 30 days. */
    body: jsonb('body').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    processedAt: timestamp('processed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'zalo_webhook_events_pkey', columns: [t.tenantId, t.eventKey] }),
    /** What is still to process, oldest first. */
    index('zalo_webhook_events_unprocessed_idx')
      .on(t.tenantId, t.receivedAt)
      .where(sql`${t.processedAt} is null`),
  ],
);
