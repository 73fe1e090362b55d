import type { Tx } from '../../../platform/db/database.ts';
import { findUploadRecord, updateQuality } from '../attachments.repo.ts';
import { withDocumentCheck, type DocumentCheck } from '../domain/document-check.ts';
import type { QualityReport } from '../domain/quality.ts';

/**
 * Folds the assistant's verdict (is this the document asked for?) into the upload's photo check,
 * inside the caller's transaction, so the citizen's app, filing and the officers' view all see one
 * `quality` report. `undefined` clears an earlier verdict (nothing could be told).
 */
export async function recordDocumentCheck(
  tx: Tx,
  tenantId: string,
  uploadId: string,
  check: DocumentCheck | undefined,
): Promise<QualityReport | undefined> {
  const upload = await findUploadRecord(tx, tenantId, uploadId);
  if (!upload) return undefined;
  const quality = withDocumentCheck(upload.quality, check);
  await updateQuality(tx, tenantId, uploadId, quality);
  return quality;
}
