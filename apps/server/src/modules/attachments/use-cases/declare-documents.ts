import type { Tx } from '../../../platform/db/database.ts';
import { enqueueJob } from '../../../platform/jobs/enqueue.ts';
import { findUploadRecords, updateDeclaration, type DocumentDeclaration } from '../attachments.repo.ts';

/**
 * Job run after a photo is declared for a document slot: `{tenantId, uploadId}`. The assistant
 * handles it (reads the photo, checks it is the document asked for, proposes fields).
 */
export const DOCUMENT_DECLARED_JOB = 'attachments:document-declared';

/**
 * Queues the document check of an upload inside the caller's transaction. The job key folds
 * repeated declarations of one upload into one pending run; the payload holds ids only.
 */
export async function enqueueDocumentCheck(tx: Tx, tenantId: string, uploadId: string): Promise<void> {
  await enqueueJob(
    tx,
    DOCUMENT_DECLARED_JOB,
    { tenantId, uploadId },
    {
      jobKey: `document-declared:${tenantId}:${uploadId}`,
      maxAttempts: 5,
    },
  );
}

/**
 * Filing says which document each upload is (its slot in the procedure): an upload declared
 * otherwise, or not at all, when it was sent is declared again and checked again, so a photo used
 * for an ID-card slot is read as one. Run inside the filing's transaction.
 */
export async function declareDocuments(
  tx: Tx,
  tenantId: string,
  procedureCode: string,
  attachments: readonly { uploadId: string; documentKey: string }[],
): Promise<void> {
  const records = await findUploadRecords(
    tx,
    tenantId,
    attachments.map((a) => a.uploadId),
  );
  for (const record of records) {
    const filed = attachments.find((a) => a.uploadId.toLowerCase() === record.id.toLowerCase());
    if (!filed || record.kind !== 'image') continue;
    const declaration: DocumentDeclaration = { procedureCode, documentKey: filed.documentKey };
    const same =
      record.declaration?.procedureCode === declaration.procedureCode &&
      record.declaration.documentKey === declaration.documentKey;
    if (same) continue;
    await updateDeclaration(tx, tenantId, record.id, declaration);
    await enqueueDocumentCheck(tx, tenantId, record.id);
  }
}
