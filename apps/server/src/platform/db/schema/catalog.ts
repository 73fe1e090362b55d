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
  unique,
  uuid,
  numeric,
} from 'drizzle-orm/pg-core';
import { tenants, units } from './tenants.ts';

/** A procedure (thủ tục hành chính) of a province's catalogue; its content lives in versions. */
export const procedures = pgTable(
  'procedures',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    code: text('code').notNull(),
    /** The published version citizens file against; null until one is published. */
    currentVersionId: uuid('current_version_id'),
    status: text('status').notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'procedures_pkey', columns: [t.tenantId, t.id] }),
    unique('procedures_tenant_code_key').on(t.tenantId, t.code),
    check('procedures_status_check', sql`${t.status} in ('active', 'withdrawn')`),
  ],
);

/**
 * An immutable published version of a procedure (a trigger refuses UPDATE and DELETE). Dossiers pin
 * the version they were filed under. Fields follow the national procedure database (NĐ 63/2010 Điều 8).
 */
export const procedureVersions = pgTable(
  'procedure_versions',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    procedureId: uuid('procedure_id').notNull(),
    version: integer('version').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    fieldCode: text('field_code'),
    fieldName: text('field_name').notNull(),
    level: text('level').notNull(),
    onlineLevel: text('online_level').notNull(),
    decisionNo: text('decision_no'),
    authority: text('authority').notNull(),
    processingTimeValue: numeric('processing_time_value', { mode: 'number' }).notNull(),
    processingTimeUnit: text('processing_time_unit').notNull(),
    /** HH:mm after which a dossier counts from the next working day (hộ tịch, chứng thực: 15:00). */
    cutoffTime: text('cutoff_time'),
    processingTimeText: text('processing_time_text'),
    feeAmount: integer('fee_amount').notNull(),
    feeText: text('fee_text').notNull(),
    channels: jsonb('channels').notNull(),
    cases: jsonb('cases').notNull(),
    subjects: jsonb('subjects').notNull(),
    steps: jsonb('steps').notNull(),
    conditions: jsonb('conditions').notNull(),
    legalBasis: jsonb('legal_basis').notNull(),
    results: jsonb('results').notNull(),
    keywords: jsonb('keywords').notNull(),
    formSchema: jsonb('form_schema'),
    formUiSchema: jsonb('form_ui_schema'),
    uncertainties: jsonb('uncertainties').notNull(),
    source: text('source'),
    /** sha256 of the canonical definition: publishing identical content makes no new version. */
    contentHash: text('content_hash').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: text('published_by').notNull(),
  },
  (t) => [
    primaryKey({ name: 'procedure_versions_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'procedure_versions_procedure_fkey',
      columns: [t.tenantId, t.procedureId],
      foreignColumns: [procedures.tenantId, procedures.id],
    }).onDelete('cascade'),
    unique('procedure_versions_number_key').on(t.tenantId, t.procedureId, t.version),
    check('procedure_versions_level_check', sql`${t.level} in ('province', 'commune')`),
    check('procedure_versions_online_level_check', sql`${t.onlineLevel} in ('full', 'partial', 'info')`),
    check(
      'procedure_versions_time_unit_check',
      sql`${t.processingTimeUnit} in ('working_days', 'working_hours', 'days')`,
    ),
    check('procedure_versions_fee_check', sql`${t.feeAmount} >= 0`),
  ],
);

/** The units that receive a procedure version (empty: every unit of the procedure's level). */
export const procedureVersionUnits = pgTable(
  'procedure_version_units',
  {
    tenantId: uuid('tenant_id').notNull(),
    versionId: uuid('version_id').notNull(),
    unitId: uuid('unit_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'procedure_version_units_pkey', columns: [t.tenantId, t.versionId, t.unitId] }),
    foreignKey({
      name: 'procedure_version_units_version_fkey',
      columns: [t.tenantId, t.versionId],
      foreignColumns: [procedureVersions.tenantId, procedureVersions.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'procedure_version_units_unit_fkey',
      columns: [t.tenantId, t.unitId],
      foreignColumns: [units.tenantId, units.id],
    }),
    index('procedure_version_units_unit_idx').on(t.tenantId, t.unitId),
  ],
);

/** Search synonyms an admin adds for the province ("bìa đỏ" → "giấy chứng nhận quyền sử dụng đất"). */
export const searchSynonyms = pgTable(
  'search_synonyms',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    term: text('term').notNull(),
    expansion: text('expansion').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'search_synonyms_pkey', columns: [t.tenantId, t.id] }),
    unique('search_synonyms_term_key').on(t.tenantId, t.term),
  ],
);
