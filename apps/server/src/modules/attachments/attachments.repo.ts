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
  createdAt: Date;
}

/** A row to insert; `created_at` comes from the database. */
export type NewUpload = Omit<UploadRecord, 'createdAt'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids that can be uploads: anything else would make PostgreSQL fail the uuid cast. */
export function plausibleUploadIds(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id) => UUID.test(id)))];
}

/** Inserts an upload row for the tenant. */
export async function insertUpload(tx: Tx, tenantId: string, upload: NewUpload): Promise<void> {
  await tx.insert(uploads).values({ tenantId, ...upload });
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
