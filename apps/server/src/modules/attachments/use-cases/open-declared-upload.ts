import { createHash } from 'node:crypto';
import { appendAudit } from '../../../platform/audit.ts';
import { withTx } from '../../../platform/db/database.ts';
import { findUploadRecord, type DocumentDeclaration } from '../attachments.repo.ts';
import type { QualityReport } from '../domain/quality.ts';
import { getSealed } from '../upload-objects.ts';
import type { ReadUploadDeps } from './read-upload.ts';

/** A declared photo, decrypted for the job that reads it. */
export interface DeclaredPhoto {
  bytes: Buffer;
  declaration: DocumentDeclaration;
  quality: QualityReport;
}

/**
 * Decrypts a photo for the assistant's job, in the worker and nowhere else: the read is written to
 * the audit log (the system, for OCR) before the bytes are fetched. Answers undefined when the
 * upload is gone, is not a photo or was never declared for a document.
 */
export async function openDeclaredUpload(
  deps: ReadUploadDeps,
  tenantId: string,
  uploadId: string,
): Promise<DeclaredPhoto | undefined> {
  const upload = await withTx(deps.database, tenantId, async (tx) => {
    const record = await findUploadRecord(tx, tenantId, uploadId);
    if (!record || record.kind !== 'image' || !record.declaration) return undefined;
    await appendAudit(tx, tenantId, {
      actorType: 'system',
      action: 'upload.read',
      subjectType: 'upload',
      subjectId: uploadId,
      detail: { variant: 'file', purpose: 'ocr' },
    });
    return { ...record, declaration: record.declaration };
  });
  if (!upload) return undefined;
  const key = deps.keyProvider.byId(tenantId, upload.keyId);
  const bytes = await getSealed(deps.store, key, { tenantId, uploadId, variant: 'file' }, upload.storageKey);
  if (createHash('sha256').update(bytes).digest('hex') !== upload.sha256) {
    throw new Error(`stored file of upload ${uploadId} does not match its hash`);
  }
  return { bytes, declaration: upload.declaration, quality: upload.quality };
}
