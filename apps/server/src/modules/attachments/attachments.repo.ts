import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { uploads } from '../../platform/db/schema/index.ts';
import type { UploadKind } from './domain/file-types.ts';
import type { QualityReport } from './domain/quality.ts';

/** An upload's row: metadata and where its sealed objects are; never the bytes. */
export interface UploadRecord {
  id: string;
  kind: UploadKind;
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
  thumbnailKey: string | null;
  width: number | null;
  height: number | null;
  quality: QualityReport;
  keyId: string;
  /** The document slot declared for the photo, if any. */
  declaration: DocumentDeclaration | null;
  createdAt: Date;
}

/**
 * What a photo is for: a document slot of a procedure (`procedureCode` and the slot's key), or
 * with no procedure a kind of document (`id_card`) photographed only to fill in the form.
 */
export interface DocumentDeclaration {
  procedureCode: string | null;
  documentKey: string;
}

/** A row to insert; `created_at` comes from the database. */
export type NewUpload = Omit<UploadRecord, 'createdAt'>;

function declarationColumns(declaration: DocumentDeclaration | null) {
  return { documentProcedure: declaration?.procedureCode ?? null, documentKey: declaration?.documentKey ?? null };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids that can be uploads: anything else would make PostgreSQL fail the uuid cast. */
export function plausibleUploadIds(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id) => UUID.test(id)))];
}

/** Inserts an upload row for the tenant. */
export async function insertUpload(tx: Tx, tenantId: string, upload: NewUpload): Promise<void> {
  const { declaration, ...columns } = upload;
  await tx.insert(uploads).values({ tenantId, ...columns, ...declarationColumns(declaration) });
}

/**
 * The UPDATE recording what the photo is for (a later filing may say otherwise than the upload
 * did), returning the upload's id; the caller runs it, with the job the change needs.
 */
export function declarationUpdate(tx: Tx, tenantId: string, uploadId: string, declaration: DocumentDeclaration) {
  return tx
    .update(uploads)
    .set(declarationColumns(declaration))
    .where(and(eq(uploads.tenantId, tenantId), eq(uploads.id, uploadId)))
    .returning({ id: uploads.id });
}

/** Replaces the photo check's report (the document check arrives after the upload). */
export async function updateQuality(tx: Tx, tenantId: string, uploadId: string, quality: QualityReport): Promise<void> {
  await tx
    .update(uploads)
    .set({ quality })
    .where(and(eq(uploads.tenantId, tenantId), eq(uploads.id, uploadId)));
}

function toRecord(row: typeof uploads.$inferSelect): UploadRecord {
  return {
    id: row.id,
    kind: row.kind === 'pdf' ? 'pdf' : 'image',
    contentType: row.contentType,
    size: row.size,
    sha256: row.sha256,
    storageKey: row.storageKey,
    thumbnailKey: row.thumbnailKey,
    width: row.width,
    height: row.height,
    quality: row.quality as QualityReport,
    keyId: row.keyId,
    declaration:
      row.documentKey === null ? null : { procedureCode: row.documentProcedure, documentKey: row.documentKey },
    createdAt: row.createdAt,
  };
}

/** One upload of the tenant, or undefined (also for an id that is not a uuid). */
export async function findUploadRecord(tx: Tx, tenantId: string, id: string): Promise<UploadRecord | undefined> {
  if (plausibleUploadIds([id]).length === 0) return undefined;
  const rows = await tx
    .select()
    .from(uploads)
    .where(and(eq(uploads.tenantId, tenantId), eq(uploads.id, id)))
    .limit(1);
  return rows[0] ? toRecord(rows[0]) : undefined;
}

/** The tenant's uploads among `ids`; ids that are not uuids are skipped. */
export async function findUploadRecords(tx: Tx, tenantId: string, ids: readonly string[]): Promise<UploadRecord[]> {
  const wanted = plausibleUploadIds(ids);
  if (wanted.length === 0) return [];
  const rows = await tx
    .select()
    .from(uploads)
    .where(and(eq(uploads.tenantId, tenantId), inArray(uploads.id, wanted)));
  return rows.map(toRecord);
}
