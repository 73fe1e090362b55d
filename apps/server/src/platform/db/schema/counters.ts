import { date, doublePrecision, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { tenants } from './tenants.ts';

/*
 * Counters kept by triggers on `applications` and `feedback` (migration 0019), so the dashboard and
 * the inbox's tabs read a few hundred rows whatever the number of dossiers. A trigger never updates
 * a counter: it appends a change row (no two transactions wait for the same row), and a job folds
 * the changes into the counters every minute; readers add the changes not folded yet. `unit_id`
 * is always a dossier's (checked there), so the counters carry no foreign key to `units`: a rebuild
 * writes hundreds of thousands of rows.
 */

/** The dashboard's flows: what happened on a day (Vietnam time), per receiving unit. */
function flowColumns() {
  return {
    received: integer('received').notNull().default(0),
    completed: integer('completed').notNull().default(0),
    onTime: integer('on_time').notNull().default(0),
    promiseKept: integer('promise_kept').notNull().default(0),
    processingSeconds: doublePrecision('processing_seconds').notNull().default(0),
    verySatisfied: integer('very_satisfied').notNull().default(0),
    satisfied: integer('satisfied').notNull().default(0),
    unsatisfied: integer('unsatisfied').notNull().default(0),
  };
}

/**
 * Per day, unit and procedure (`channel` = '') or per day, unit and channel (`procedure_code` =
 * ''): dossiers accepted, ended (on time per QĐ 766 2.1, by the date last promised, seconds taken),
 * and ratings given. A channel row carries only `received`.
 */
export const reportDays = pgTable(
  'report_days',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    unitId: uuid('unit_id').notNull(),
    procedureCode: text('procedure_code').notNull(),
    channel: text('channel').notNull(),
    ...flowColumns(),
  },
  (t) => [primaryKey({ name: 'report_days_pkey', columns: [t.tenantId, t.day, t.unitId, t.procedureCode, t.channel] })],
);

/** The same per calendar month (`month` is its first day): a period of whole months reads these. */
export const reportMonths = pgTable(
  'report_months',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    month: date('month', { mode: 'string' }).notNull(),
    unitId: uuid('unit_id').notNull(),
    procedureCode: text('procedure_code').notNull(),
    channel: text('channel').notNull(),
    ...flowColumns(),
  },
  (t) => [
    primaryKey({
      name: 'report_months_pkey',
      columns: [t.tenantId, t.month, t.unitId, t.procedureCode, t.channel],
    }),
  ],
);

/**
 * How the backlog of a unit changed on a day: +1 when a dossier was accepted, −1 when it ended
 * (`in_progress`); +1 when it became overdue, −1 when it ended or its clock was paused
 * (`overdue`). The backlog at the end of day D is the sum over the days up to D.
 */
export const reportBacklogDays = pgTable(
  'report_backlog_days',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    unitId: uuid('unit_id').notNull(),
    inProgress: integer('in_progress').notNull().default(0),
    overdue: integer('overdue').notNull().default(0),
  },
  (t) => [primaryKey({ name: 'report_backlog_days_pkey', columns: [t.tenantId, t.day, t.unitId] })],
);

/** The same per calendar month, so a sum over the past reads one row per month. */
export const reportBacklogMonths = pgTable(
  'report_backlog_months',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    month: date('month', { mode: 'string' }).notNull(),
    unitId: uuid('unit_id').notNull(),
    inProgress: integer('in_progress').notNull().default(0),
    overdue: integer('overdue').notNull().default(0),
  },
  (t) => [primaryKey({ name: 'report_backlog_months_pkey', columns: [t.tenantId, t.month, t.unitId] })],
);

/** Changes appended by the triggers, at full grain, until the job folds them into the tables above. */
export const reportChanges = pgTable(
  'report_changes',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    day: date('day', { mode: 'string' }).notNull(),
    unitId: uuid('unit_id').notNull(),
    procedureCode: text('procedure_code').notNull(),
    channel: text('channel').notNull(),
    ...flowColumns(),
    inProgress: integer('in_progress').notNull().default(0),
    overdue: integer('overdue').notNull().default(0),
  },
  (t) => [primaryKey({ name: 'report_changes_pkey', columns: [t.tenantId, t.id] })],
);

/** Dossiers per unit holding them and status: the inbox's tabs. */
export const applicationStatusCounts = pgTable(
  'application_status_counts',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id').notNull(),
    status: text('status').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ name: 'application_status_counts_pkey', columns: [t.tenantId, t.unitId, t.status] })],
);

/** Changes of those counts appended by the trigger, until the job folds them in. */
export const applicationStatusCountChanges = pgTable(
  'application_status_count_changes',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    unitId: uuid('unit_id').notNull(),
    status: text('status').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ name: 'application_status_count_changes_pkey', columns: [t.tenantId, t.id] })],
);
