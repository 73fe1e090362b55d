import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { procedureVersions } from './catalog.ts';
import { citizens } from './identity.ts';
import { tenants, units } from './tenants.ts';

const statusList = sql.raw(
  `('submitted','accepted','refused','processing','supplement_requested','payment_requested','withdrawal_requested','stopped','result_ready','returned')`,
);

/** A dossier (hồ sơ): the projection of its event log, pinned to the procedure version it was filed under. */
export const applications = pgTable(
  'applications',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    /** Mã hồ sơ `<unit e-ID>-YYMMDD-XXXX` (TT 01/2018 Điều 19). */
    code: text('code').notNull(),
    /** The secret that lets a receipt holder see the dossier. */
    lookupKey: text('lookup_key').notNull(),
    procedureVersionId: uuid('procedure_version_id').notNull(),
    procedureCode: text('procedure_code').notNull(),
    caseKey: text('case_key').notNull(),
    channel: text('channel').notNull(),
    /** The unit that received it (its e-ID prefixes the code) and the unit holding it now. */
    unitId: uuid('unit_id').notNull(),
    currentUnitId: uuid('current_unit_id').notNull(),
    assigneeId: uuid('assignee_id'),
    status: text('status').notNull(),
    /** Finer step inside a status (assigned, transferred, awaiting_approval, approved…). */
    subStatus: text('sub_status'),
    citizenId: uuid('citizen_id'),
    applicantName: text('applicant_name').notNull(),
    applicantPhone: text('applicant_phone').notNull(),
    applicantEmail: text('applicant_email'),
    applicantIdNumber: text('applicant_id_number'),
    applicantAddress: text('applicant_address'),
    /** Who filed when not the applicant (a relative, a commune officer). */
    filer: jsonb('filer'),
    form: jsonb('form').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    /** Due date as first promised on Mẫu 01; kept when rescheduled (QĐ 766 indicator 2.1). */
    dueAt: timestamp('due_at', { withTimezone: true }),
    rescheduledDueAt: timestamp('rescheduled_due_at', { withTimezone: true }),
    rescheduleReason: text('reschedule_reason'),
    supplementCount: integer('supplement_count').notNull().default(0),
    /** When the current supplement request paused the clock (null when running). */
    pausedAt: timestamp('paused_at', { withTimezone: true }),
    pausedMinutes: integer('paused_minutes').notNull().default(0),
    supplementRequest: jsonb('supplement_request'),
    feeAmount: integer('fee_amount'),
    feePaidAt: timestamp('fee_paid_at', { withTimezone: true }),
    resultReadyAt: timestamp('result_ready_at', { withTimezone: true }),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    /** End of processing for the on-time indicator: result ready, else returned, else stopped/refused. */
    endedAt: timestamp('ended_at', { withTimezone: true }),
    decisionReason: text('decision_reason'),
    /** Optimistic version: bumped by every transition. */
    revision: integer('revision').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'applications_pkey', columns: [t.tenantId, t.id] }),
    unique('applications_code_key').on(t.tenantId, t.code),
    foreignKey({
      name: 'applications_version_fkey',
      columns: [t.tenantId, t.procedureVersionId],
      foreignColumns: [procedureVersions.tenantId, procedureVersions.id],
    }),
    foreignKey({
      name: 'applications_unit_fkey',
      columns: [t.tenantId, t.unitId],
      foreignColumns: [units.tenantId, units.id],
    }),
    foreignKey({
      name: 'applications_current_unit_fkey',
      columns: [t.tenantId, t.currentUnitId],
      foreignColumns: [units.tenantId, units.id],
    }),
    foreignKey({
      name: 'applications_citizen_fkey',
      columns: [t.tenantId, t.citizenId],
      foreignColumns: [citizens.tenantId, citizens.id],
    }),
    check('applications_status_check', sql`${t.status} in ${statusList}`),
    check('applications_channel_check', sql`${t.channel} in ('counter', 'online', 'postal', 'zalo')`),
    index('applications_inbox_idx').on(t.tenantId, t.currentUnitId, t.status, t.dueAt),
    index('applications_citizen_idx').on(t.tenantId, t.citizenId),
    // The inbox reads a unit's dossiers soonest promised first: these indexes give that order, for
    // all dossiers and for those still running (due soon / overdue), without sorting the unit.
    index('applications_inbox_due_idx').on(
      t.tenantId,
      t.currentUnitId,
      sql`coalesce(${t.rescheduledDueAt}, ${t.dueAt})`,
      t.submittedAt,
    ),
    index('applications_inbox_running_idx')
      .on(t.tenantId, t.currentUnitId, sql`coalesce(${t.rescheduledDueAt}, ${t.dueAt})`, t.submittedAt)
      .where(sql`${t.endedAt} is null and ${t.pausedAt} is null`),
    // The same order within one status (the inbox's status tabs), without sorting the status.
    index('applications_inbox_status_due_idx').on(
      t.tenantId,
      t.currentUnitId,
      t.status,
      sql`coalesce(${t.rescheduledDueAt}, ${t.dueAt})`,
      t.submittedAt,
    ),
    // The dashboard's live correction finds the running dossiers rescheduled to later today here
    // (row-level security keeps PostgreSQL from using the coalesce above in a condition).
    index('applications_running_rescheduled_idx')
      .on(t.tenantId, t.rescheduledDueAt)
      .where(sql`${t.endedAt} is null and ${t.pausedAt} is null and ${t.rescheduledDueAt} is not null`),
    // Officers type the start of a code: a prefix search needs pattern ordering, not the collation's.
    index('applications_code_prefix_idx').on(t.tenantId, t.code.op('text_pattern_ops')),
    // The dashboard's aggregates read these covering indexes only, never the (large) rows.
    index('applications_received_report_idx')
      .on(t.tenantId, t.receivedAt)
      .where(sql`${t.receivedAt} is not null`),
    index('applications_ended_report_idx')
      .on(t.tenantId, t.endedAt)
      .where(sql`${t.receivedAt} is not null and ${t.endedAt} is not null`),
    index('applications_open_report_idx')
      .on(t.tenantId, t.receivedAt)
      .where(sql`${t.endedAt} is null and ${t.receivedAt} is not null`),
    // The integrators' export reads a period of submissions page by page in this order.
    index('applications_submitted_idx').on(t.tenantId, t.submittedAt, t.id),
  ],
);

/** Documents filed with a dossier (first filing or a supplement), each an encrypted upload. */
export const applicationDocuments = pgTable(
  'application_documents',
  {
    tenantId: uuid('tenant_id').notNull(),
    applicationId: uuid('application_id').notNull(),
    uploadId: uuid('upload_id').notNull(),
    documentKey: text('document_key').notNull(),
    supplement: boolean('supplement').notNull().default(false),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'application_documents_pkey', columns: [t.tenantId, t.applicationId, t.uploadId] }),
    foreignKey({
      name: 'application_documents_application_fkey',
      columns: [t.tenantId, t.applicationId],
      foreignColumns: [applications.tenantId, applications.id],
    }).onDelete('cascade'),
  ],
);

/** The dossier's event log: every transition, who did it, from → to, why. Append-only. */
export const applicationEvents = pgTable(
  'application_events',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    applicationId: uuid('application_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorType: text('actor_type').notNull(),
    actorId: text('actor_id'),
    role: text('role'),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    fromUnitId: uuid('from_unit_id'),
    toUnitId: uuid('to_unit_id'),
    reason: text('reason'),
    payload: jsonb('payload').notNull().default({}),
    requestId: text('request_id'),
    idempotencyKey: text('idempotency_key'),
  },
  (t) => [
    primaryKey({ name: 'application_events_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'application_events_application_fkey',
      columns: [t.tenantId, t.applicationId],
      foreignColumns: [applications.tenantId, applications.id],
    }).onDelete('cascade'),
    index('application_events_application_idx').on(t.tenantId, t.applicationId, t.at),
  ],
);

/** Phiếu kiểm soát quá trình giải quyết: each hand-off between units, with the step's deadline and result. */
export const handoffs = pgTable(
  'handoffs',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    applicationId: uuid('application_id').notNull(),
    fromUnitId: uuid('from_unit_id').notNull(),
    toUnitId: uuid('to_unit_id').notNull(),
    fromOfficerId: uuid('from_officer_id'),
    toOfficerId: uuid('to_officer_id'),
    handedAt: timestamp('handed_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    stepDeadline: timestamp('step_deadline', { withTimezone: true }),
    /** early | on_time | late, set when the step ends. */
    stepResult: text('step_result'),
    note: text('note'),
  },
  (t) => [
    primaryKey({ name: 'handoffs_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'handoffs_application_fkey',
      columns: [t.tenantId, t.applicationId],
      foreignColumns: [applications.tenantId, applications.id],
    }).onDelete('cascade'),
    check(
      'handoffs_step_result_check',
      sql`${t.stepResult} is null or ${t.stepResult} in ('early', 'on_time', 'late')`,
    ),
  ],
);

/** Per unit and day, the last dossier number issued (the XXXX of the code); row-locked when issuing. */
export const dossierCounters = pgTable(
  'dossier_counters',
  {
    tenantId: uuid('tenant_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    last: integer('last').notNull(),
  },
  (t) => [
    primaryKey({ name: 'dossier_counters_pkey', columns: [t.tenantId, t.unitId, t.day] }),
    foreignKey({
      name: 'dossier_counters_unit_fkey',
      columns: [t.tenantId, t.unitId],
      foreignColumns: [units.tenantId, units.id],
    }),
  ],
);

/** Answers already given to writes carrying an Idempotency-Key: a replay gets the same answer. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    body: jsonb('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'idempotency_keys_pkey', columns: [t.tenantId, t.scope, t.key] })],
);

/**
 * Notification intents produced by transitions, in the same transaction; `delivery_id` is stable
 * across retries. Channels deliver them; until then they are visible to officers.
 */
export const notificationIntents = pgTable(
  'notification_intents',
  {
    tenantId: uuid('tenant_id').notNull(),
    deliveryId: uuid('delivery_id').notNull(),
    applicationId: uuid('application_id').notNull(),
    eventId: uuid('event_id').notNull(),
    intent: text('intent').notNull(),
    status: text('status').notNull().default('pending'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * When a route took it (`delivered`), the last route gave up (`dead`), or it no longer applied
     * when its time came (`void`: a reminder of a visit since moved or cancelled).
     */
    settledAt: timestamp('settled_at', { withTimezone: true }),
    /** The channel that delivered it. */
    route: text('route'),
  },
  (t) => [
    primaryKey({ name: 'notification_intents_pkey', columns: [t.tenantId, t.deliveryId] }),
    index('notification_intents_dead_idx')
      .on(t.tenantId, t.createdAt)
      .where(sql`${t.status} = 'dead'`),
    unique('notification_intents_event_key').on(t.tenantId, t.eventId, t.intent),
    foreignKey({
      name: 'notification_intents_application_fkey',
      columns: [t.tenantId, t.applicationId],
      foreignColumns: [applications.tenantId, applications.id],
    }).onDelete('cascade'),
    check('notification_intents_status_check', sql`${t.status} in ('pending', 'delivered', 'dead', 'void')`),
  ],
);

/**
 * Each try of each route for a notice: the delivery record. A row is written as `sending` and
 * committed before the provider is called, so a crash in between leaves evidence that the retry
 * reads (a provider with an idempotency key gets the same delivery id again; see notifications).
 */
export const notificationAttempts = pgTable(
  'notification_attempts',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    deliveryId: uuid('delivery_id').notNull(),
    route: text('route').notNull(),
    attempt: integer('attempt').notNull(),
    state: text('state').notNull(),
    providerId: text('provider_id'),
    /** Why it did not go through; never personal data. */
    reason: text('reason'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** When the provider reported the message reached the citizen's phone (Zalo `user_received_message`). */
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    /** When the provider reported the citizen opened it (Zalo `user_seen_message`). */
    seenAt: timestamp('seen_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'notification_attempts_pkey', columns: [t.tenantId, t.id] }),
    index('notification_attempts_provider_idx')
      .on(t.tenantId, t.providerId)
      .where(sql`${t.providerId} is not null`),
    unique('notification_attempts_try_key').on(t.tenantId, t.deliveryId, t.route, t.attempt),
    foreignKey({
      name: 'notification_attempts_intent_fkey',
      columns: [t.tenantId, t.deliveryId],
      foreignColumns: [notificationIntents.tenantId, notificationIntents.deliveryId],
    }).onDelete('cascade'),
    check('notification_attempts_route_check', sql`${t.route} in ('zalo_cs', 'zalo_template', 'sms', 'email')`),
    check(
      'notification_attempts_state_check',
      sql`${t.state} in ('sending', 'sent', 'retry', 'unreachable', 'failed', 'in_doubt')`,
    ),
  ],
);
