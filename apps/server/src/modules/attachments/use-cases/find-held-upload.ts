import type { KeyProvider } from '../../../platform/crypto/key-provider.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { findUploadRecord, findUploadRecords, type DocumentDeclaration } from '../attachments.repo.ts';
import type { QualityReport } from '../domain/quality.ts';
import { isUploadToken } from '../upload-token.ts';

/** What the uploader (or an officer entitled to the dossier) may know of an upload: no bytes. */
export interface HeldUpload {
  id: string;
  kind: 'image' | 'pdf';
  quality: QualityReport;
  declaration: DocumentDeclaration | null;
  /** Which province key sealed it: what the assistant's sealed reading is bound to. */
  keyId: string;
}

function held(record: {
  id: string;
  kind: 'image' | 'pdf';
  quality: QualityReport;
  declaration: DocumentDeclaration | null;
  keyId: string;
}): HeldUpload {
  return {
    id: record.id,
    kind: record.kind,
    quality: record.quality,
    declaration: record.declaration,
    keyId: record.keyId,
  };
}

/**
 * The upload, if `token` is the one its uploader was given; undefined for an unknown id, another
 * province's upload and a wrong token alike (nothing to enumerate).
 */
export async function findHeldUpload(
  tx: Tx,
  keys: KeyProvider,
  input: { tenantId: string; uploadId: string; token: string },
): Promise<HeldUpload | undefined> {
  const record = await findUploadRecord(tx, input.tenantId, input.uploadId);
  if (!record || !isUploadToken(keys, { tenantId: input.tenantId, ...record }, input.token)) return undefined;
  return held(record);
}

/** Uploads by id, for a caller that already established the right to them (a dossier's officers). */
export async function findUploadsById(tx: Tx, tenantId: string, uploadIds: readonly string[]): Promise<HeldUpload[]> {
  return (await findUploadRecords(tx, tenantId, uploadIds)).map(held);
}
