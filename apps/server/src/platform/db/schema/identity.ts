import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { officers, tenants, units } from './tenants.ts';

/** Officer sign-in secrets: argon2id hash, optional TOTP secret (encrypted), lockout counters. */
export const officerCredentials = pgTable(
  'officer_credentials',
  {
    tenantId: uuid('tenant_id').notNull(),
    officerId: uuid('officer_id').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** TOTP secret sealed with the tenant key (AES-256-GCM), base64; null when 2FA is off. */
    totpSecretSealed: text('totp_secret_sealed'),
    /** The last TOTP time step accepted, so a code cannot be replayed within its window. */
    totpLastStep: integer('totp_last_step'),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'officer_credentials_pkey', columns: [t.tenantId, t.officerId] }),
    foreignKey({
      name: 'officer_credentials_officer_fkey',
      columns: [t.tenantId, t.officerId],
      foreignColumns: [officers.tenantId, officers.id],
    }).onDelete('cascade'),
  ],
);

/** What an officer may do, and where: a role scoped to a unit (and, implicitly, its subtree). */
export const officerRoles = pgTable(
  'officer_roles',
  {
    tenantId: uuid('tenant_id').notNull(),
    officerId: uuid('officer_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    role: text('role').notNull(),
  },
  (t) => [
    primaryKey({ name: 'officer_roles_pkey', columns: [t.tenantId, t.officerId, t.unitId, t.role] }),
    foreignKey({
      name: 'officer_roles_officer_fkey',
      columns: [t.tenantId, t.officerId],
      foreignColumns: [officers.tenantId, officers.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'officer_roles_unit_fkey',
      columns: [t.tenantId, t.unitId],
      foreignColumns: [units.tenantId, units.id],
    }),
    check('officer_roles_role_check', sql`${t.role} in ('intake', 'processor', 'leader', 'admin')`),
  ],
);

/** Server-side sessions behind the httpOnly cookie; only the token's sha256 is stored. */
export const sessions = pgTable(
  'sessions',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    officerId: uuid('officer_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'sessions_pkey', columns: [t.tenantId, t.id] }),
    unique('sessions_token_key').on(t.tenantId, t.tokenHash),
    foreignKey({
      name: 'sessions_officer_fkey',
      columns: [t.tenantId, t.officerId],
      foreignColumns: [officers.tenantId, officers.id],
    }).onDelete('cascade'),
  ],
);

/** Citizens known to a province, linked by phone and later by chat identities. */
export const citizens = pgTable(
  'citizens',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    /** E.164 without '+', e.g. 84912345678. */
    phone: text('phone').notNull(),
    fullName: text('full_name').notNull(),
    email: text('email'),
    /** The app-scoped Zalo id (Mini App sign-in). */
    zaloUserId: text('zalo_user_id'),
    /** The OA-scoped Zalo id (webhook `sender.id`): the address of consultation messages. */
    zaloOaUserId: text('zalo_oa_user_id'),
    zaloFollower: boolean('zalo_follower').notNull().default(false),
    /** The last time they wrote to, followed or tapped the OA: opens the 7-day reply window. */
    zaloLastInteractionAt: timestamp('zalo_last_interaction_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'citizens_pkey', columns: [t.tenantId, t.id] }),
    index('citizens_zalo_oa_idx').on(t.tenantId, t.zaloOaUserId),
    unique('citizens_phone_key').on(t.tenantId, t.phone),
    index('citizens_zalo_idx').on(t.tenantId, t.zaloUserId),
  ],
);

/**
 * People who follow or write to the province's Zalo OA, by their OA-scoped id, whether or not we
 * know their phone yet. Linked to a citizen through the Mini App id (`user_id_by_app`) or a shared
 * phone number; the citizen's Zalo columns mirror this row once linked.
 */
export const zaloFollowers = pgTable(
  'zalo_followers',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    oaUserId: text('oa_user_id').notNull(),
    /** `user_id_by_app`: the id the Mini App sees for the same person. */
    appUserId: text('app_user_id'),
    follower: boolean('follower').notNull().default(false),
    lastInteractionAt: timestamp('last_interaction_at', { withTimezone: true }),
    /** The OA's tags on this person (`tags_and_notes_info.tag_names`), as Zalo last reported them. */
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The commune (2025 code) they live in, from the address they shared; targets broadcasts. */
    communeCode: text('commune_code'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'zalo_followers_pkey', columns: [t.tenantId, t.oaUserId] }),
    index('zalo_followers_app_idx').on(t.tenantId, t.appUserId),
    index('zalo_followers_tags_idx').using('gin', t.tags),
    index('zalo_followers_commune_idx')
      .on(t.tenantId, t.communeCode)
      .where(sql`${t.follower}`),
  ],
);

/** One-time sign-in codes for citizens on the web; only a keyed hash of the code is stored. */
export const citizenOtps = pgTable(
  'citizen_otps',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    /** E.164 without '+'. */
    phone: text('phone').notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'citizen_otps_pkey', columns: [t.tenantId, t.id] }),
    index('citizen_otps_phone_idx').on(t.tenantId, t.phone, t.createdAt),
  ],
);

/** Citizens' web sessions behind an httpOnly cookie; only the token's sha256 is stored. */
export const citizenSessions = pgTable(
  'citizen_sessions',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    citizenId: uuid('citizen_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'citizen_sessions_pkey', columns: [t.tenantId, t.id] }),
    unique('citizen_sessions_token_key').on(t.tenantId, t.tokenHash),
    foreignKey({
      name: 'citizen_sessions_citizen_fkey',
      columns: [t.tenantId, t.citizenId],
      foreignColumns: [citizens.tenantId, citizens.id],
    }).onDelete('cascade'),
  ],
);

/**
 * Append-only, hash-chained audit log: each row's hash covers the previous row's hash, so a changed
 * or removed row breaks the chain (`motcua audit verify`).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorType: text('actor_type').notNull(),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id'),
    requestId: text('request_id'),
    detail: text('detail').notNull().default('{}'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    primaryKey({ name: 'audit_log_pkey', columns: [t.tenantId, t.seq] }),
    check('audit_log_actor_check', sql`${t.actorType} in ('officer', 'citizen', 'system', 'integrator')`),
  ],
);
