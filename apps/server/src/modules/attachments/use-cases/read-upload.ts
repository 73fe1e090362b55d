import { createHash } from 'node:crypto';
import { appendAudit } from '../../../platform/audit.ts';
import type { KeyProvider } from '../../../platform/crypto/key-provider.ts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { findUploadRecord } from '../attachments.repo.ts';
import { UploadNotFoundError } from '../attachments.errors.ts';
import type { ObjectStore } from '../storage/object-store.ts';
import { getSealed } from '../upload-objects.ts';

/** What reading needs: the database (for the row and the audit log), the keys and the store. */
export interface ReadUploadDeps {
  database: Database;
  keyProvider: KeyProvider;
  store: ObjectStore;
}

/** Which upload, which of its objects, and who reads it. */
export interface ReadUploadInput {
  tenantId: string;
  uploadId: string;
  variant: 'file' | 'thumbnail';
  /** The officer reading; authorisation (unit scope of the dossier) is the caller's job. */
  actor: { officerId: string; requestId?: string };
}

/** The decrypted bytes and the type to serve them as. */
export interface UploadContent {
  bytes: Buffer;
  contentType: string;
}

/**
 * Decrypts an upload for an officer. The read is written to the audit log first, in its own
 * committed transaction, so no file leaves the store without a trace (Luật BVDLCN 91/2025: access to
 * sensitive personal data is logged). Another province's upload answers "not found".
 */
export async function readUpload(deps: ReadUploadDeps, input: ReadUploadInput): Promise<UploadContent> {
  const { tenantId, uploadId, variant, actor } = input;
  const found = await withTx(deps.database, tenantId, async (tx) => {
    const upload = await findUploadRecord(tx, tenantId, uploadId);
    const storageKey = variant === 'file' ? upload?.storageKey : upload?.thumbnailKey;
    if (!upload || !storageKey) throw new UploadNotFoundError();
    await appendAudit(tx, tenantId, {
      actorType: 'officer',
      actorId: actor.officerId,
      action: 'upload.read',
      subjectType: 'upload',
      subjectId: uploadId,
      requestId: actor.requestId ?? null,
      detail: { variant },
    });
    return { upload, storageKey };
  });
  const { upload, storageKey } = found;
  const key = deps.keyProvider.byId(tenantId, upload.keyId);
  const ref = { tenantId, uploadId, variant: variant === 'file' ? 'file' : 'thumb' } as const;
  const bytes = await getSealed(deps.store, key, ref, storageKey);
  if (variant === 'file' && createHash('sha256').update(bytes).digest('hex') !== upload.sha256) {
    throw new Error(`stored file of upload ${uploadId} does not match its hash`);
  }
  return { bytes, contentType: variant === 'file' ? upload.contentType : 'image/jpeg' };
}
