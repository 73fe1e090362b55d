import { sql } from 'drizzle-orm';
import { boolean, check, foreignKey, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { uploads } from './attachments.ts';
import { tenants } from './tenants.ts';

/**
 * What the assistant read from a photo of a document (OCR): one row per upload, for the document
 * it was declared as. The recognised text and the proposed fields are personal data (an ID card's
 * number, name, birth date…): they are kept only sealed with the province's data key, like the
 * photo itself; the row's other columns say nothing about the person.
 */
export const uploadReadings = pgTable(
  'upload_readings',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    uploadId: uuid('upload_id').notNull(),
    /**
     * The declaration this reading answers: a procedure's document slot, or (no procedure) a kind
     * of document such as `id_card` photographed only to fill the form.
     */
    procedureCode: text('procedure_code'),
    documentKey: text('document_key').notNull(),
    /** What the slot asks for: an ID card (fields are proposed) or another paper with text. */
    documentType: text('document_type').notNull(),
    status: text('status').notNull(),
    /** Whether any text was found, and whether the photo plausibly is the document asked for. */
    textFound: boolean('text_found').notNull().default(false),
    documentMatches: boolean('document_matches'),
    /** `{text, fields}` sealed (AES-256-GCM) with the province key `key_id`, base64; null when failed. */
    sealed: text('sealed'),
    keyId: text('key_id'),
    /** Why reading failed (`timeout`, `undecodable`, `not_a_photo`): a reason code, never content. */
    failure: text('failure'),
    durationMs: integer('duration_ms'),
    readAt: timestamp('read_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'upload_readings_pkey', columns: [t.tenantId, t.uploadId] }),
    foreignKey({
      name: 'upload_readings_upload_fkey',
      columns: [t.tenantId, t.uploadId],
      foreignColumns: [uploads.tenantId, uploads.id],
    }).onDelete('cascade'),
    check('upload_readings_type_check', sql`${t.documentType} in ('id_card', 'text')`),
    check('upload_readings_status_check', sql`${t.status} in ('done', 'failed')`),
  ],
);
