import type { Tx } from '../../../platform/db/database.ts';
import { enqueueJob, writeAndEnqueue, type EnqueueOptions } from '../../../platform/jobs/enqueue.ts';
import { declarationUpdate, findUploadRecords, type DocumentDeclaration } from '../attachments.repo.ts';

/**
 * Job run after a photo is declared for a document slot: `{tenantId, uploadId}`. The assistant
 * handles it (reads the photo, checks it is the document asked for, proposes fields).
 */
export const DOCUMENT_DECLARED_JOB = 'attachments:document-declared';

/** The document check's job for one upload: the key folds repeated declarations into one pending run. */
function documentCheck(
  tenantId: string,
  uploadId: string,
): { payload: { tenantId: string; uploadId: string }; options: EnqueueOptions } {
  return {
    payload: { tenantId, uploadId },
    options: { jobKey: `document-declared:${tenantId}:${uploadId}`, maxAttempts: 5 },
  };
}

/** Queues the document check of an upload inside the caller's transaction; the payload holds ids only. */
export async function enqueueDocumentCheck(tx: Tx, tenantId: string, uploadId: string): Promise<void> {
  const job = documentCheck(tenantId, uploadId);
  await enqueueJob(tx, DOCUMENT_DECLARED_JOB, job.payload, job.options);
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
    // The new declaration and its check in one statement.
    const job = documentCheck(tenantId, record.id);
    await writeAndEnqueue(
      tx,
      declarationUpdate(tx, tenantId, record.id, declaration),
      DOCUMENT_DECLARED_JOB,
      job.payload,
      job.options,
    );
  }
}
