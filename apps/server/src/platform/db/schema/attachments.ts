import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenants } from './tenants.ts';

/** An uploaded file: stored encrypted in object storage; the database holds metadata and hashes only. */
export const uploads = pgTable(
  'uploads',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    kind: text('kind').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    /** sha256 (hex) of the stored plaintext, after re-encoding. */
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    thumbnailKey: text('thumbnail_key'),
    width: integer('width'),
    height: integer('height'),
    quality: jsonb('quality').notNull(),
    /** Which tenant key sealed the file (key rotation). */
    keyId: text('key_id').notNull(),
    /**
     * The document slot the photo is for (procedure code and document key), as declared on upload
     * or when filed; the assistant checks and reads the photo for it.
     */
    documentProcedure: text('document_procedure'),
    documentKey: text('document_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'uploads_pkey', columns: [t.tenantId, t.id] }),
    check('uploads_kind_check', sql`${t.kind} in ('image', 'pdf')`),
  ],
);
