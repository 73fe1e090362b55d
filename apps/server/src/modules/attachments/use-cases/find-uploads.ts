import type { Tx } from '../../../platform/db/database.ts';
import { findUploadRecords } from '../attachments.repo.ts';
import type { UploadKind } from '../domain/file-types.ts';
import type { QualityReport } from '../domain/quality.ts';

/** What filing needs to know about an upload; never its bytes. */
export interface UploadSummary {
  id: string;
  kind: UploadKind;
  contentType: string;
  size: number;
  sha256: string;
  /** The photo quality check's verdict, as the citizen was shown it. */
  quality: QualityReport;
  createdAt: Date;
}

/** The uploads found for the ids asked, and the ids that matched none. */
export interface FoundUploads {
  found: UploadSummary[];
  /** Ids that are not uploads of this province (unknown, malformed or another province's). */
  missing: string[];
}

/**
 * Looks up uploads by id for the filing use case, inside its transaction. Filtered by tenant, so
 * another province's upload is reported missing, exactly like an unknown id.
 */
export async function findUploads(tx: Tx, tenantId: string, uploadIds: readonly string[]): Promise<FoundUploads> {
  const records = await findUploadRecords(tx, tenantId, uploadIds);
  const found = records.map(({ id, kind, contentType, size, sha256, quality, createdAt }) => ({
    id,
    kind,
    contentType,
    size,
    sha256,
    quality,
    createdAt,
  }));
  const known = new Set(found.map((u) => u.id.toLowerCase()));
  const missing = [...new Set(uploadIds)].filter((id) => !known.has(id.toLowerCase()));
  return { found, missing };
}
