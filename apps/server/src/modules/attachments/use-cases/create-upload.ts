import { createHash } from 'node:crypto';
import { appendAudit } from '../../../platform/audit.ts';
import type { KeyProvider } from '../../../platform/crypto/key-provider.ts';
import { withTx, type Database, type Tx } from '../../../platform/db/database.ts';
import { newId, type IdGenerator } from '../../../platform/ids.ts';
import { insertUpload, type DocumentDeclaration, type NewUpload } from '../attachments.repo.ts';
import { FileTooLargeError } from '../attachments.errors.ts';
import { kindOf, type AcceptedType, type UploadKind } from '../domain/file-types.ts';
import type { QualityReport } from '../domain/quality.ts';
import { inspectPdf } from '../processing/inspect-pdf.ts';
import { processImage } from '../processing/process-image.ts';
import { sniffFile } from '../processing/sniff-file.ts';
import type { ObjectStore } from '../storage/object-store.ts';
import { putSealed } from '../upload-objects.ts';
import { uploadToken } from '../upload-token.ts';
import { enqueueDocumentCheck } from './declare-documents.ts';

/** What an upload needs; `newId` is injected by tests that fix ids. */
export interface CreateUploadDeps {
  database: Database;
  keyProvider: KeyProvider;
  store: ObjectStore;
  config: { uploadMaxBytes: number };
  newId?: IdGenerator;
}

/** The raw bytes as received; the client's file name and type are deliberately not part of it. */
export interface CreateUploadInput {
  tenantId: string;
  bytes: Buffer;
  requestId?: string;
  /**
   * The document slot the photo is for, if the app says: the photo is then checked to be that
   * document and, for an ID card, read to propose the form's fields (a job, after the answer).
   */
  document?: DocumentDeclaration;
}

/** What the citizen's app gets back (`UploadCreated` on the wire). */
export interface CreatedUpload {
  id: string;
  contentType: 'image/jpeg' | 'application/pdf';
  size: number;
  sha256: string;
  quality: QualityReport;
  /** The uploader's capability to read back what the assistant read from the photo. */
  token: string;
}

interface Prepared {
  kind: UploadKind;
  contentType: CreatedUpload['contentType'];
  file: Buffer;
  thumbnail: Buffer | undefined;
  width: number | null;
  height: number | null;
  quality: QualityReport;
}

async function prepare(bytes: Buffer, type: AcceptedType): Promise<Prepared> {
  if (type === 'pdf') {
    inspectPdf(bytes);
    // Stored as sent: re-rendering would need a PDF engine, and there is no photo to judge.
    const quality: QualityReport = { ok: true, issues: [] };
    return {
      kind: 'pdf',
      contentType: 'application/pdf',
      file: bytes,
      thumbnail: undefined,
      width: null,
      height: null,
      quality,
    };
  }
  const image = await processImage(bytes, type);
  return { kind: kindOf(type), contentType: 'image/jpeg', ...image };
}

/** Inserts the row and the audit entry in one transaction: the upload exists only if both do. */
async function record(tx: Tx, tenantId: string, upload: NewUpload, requestId: string | undefined): Promise<void> {
  await insertUpload(tx, tenantId, upload);
  if (upload.declaration && upload.kind === 'image') await enqueueDocumentCheck(tx, tenantId, upload.id);
  await appendAudit(tx, tenantId, {
    actorType: 'citizen',
    action: 'upload.create',
    subjectType: 'upload',
    subjectId: upload.id,
    requestId: requestId ?? null,
    detail: { kind: upload.kind, size: upload.size },
  });
}

/**
 * Accepts one file from a citizen: identifies it by its bytes, refuses what is unsafe, re-encodes
 * photos (dropping EXIF and GPS), checks photo quality, seals the file and its thumbnail with the
 * province's key and records the upload. Nothing about the file's content or name is logged.
 */
export async function createUpload(deps: CreateUploadDeps, input: CreateUploadInput): Promise<CreatedUpload> {
  const { tenantId } = input;
  if (input.bytes.length > deps.config.uploadMaxBytes) throw new FileTooLargeError(deps.config.uploadMaxBytes);
  const prepared = await prepare(input.bytes, await sniffFile(input.bytes));
  const id = (deps.newId ?? newId)();
  const sha256 = createHash('sha256').update(prepared.file).digest('hex');
  const key = deps.keyProvider.current(tenantId);
  const stored: string[] = [];
  try {
    const storageKey = await putSealed(deps.store, key, { tenantId, uploadId: id, variant: 'file' }, prepared.file);
    stored.push(storageKey);
    const thumbnailKey = prepared.thumbnail
      ? await putSealed(deps.store, key, { tenantId, uploadId: id, variant: 'thumb' }, prepared.thumbnail)
      : null;
    if (thumbnailKey !== null) stored.push(thumbnailKey);
    const { kind, contentType, width, height, quality } = prepared;
    const upload = {
      id,
      kind,
      contentType,
      size: prepared.file.length,
      sha256,
      storageKey,
      thumbnailKey,
      width,
      height,
      quality,
      keyId: key.id,
      declaration: input.document ?? null,
    };
    await withTx(deps.database, tenantId, (tx) => record(tx, tenantId, upload, input.requestId));
  } catch (error) {
    await removeObjects(deps.store, stored);
    throw error;
  }
  return {
    id,
    contentType: prepared.contentType,
    size: prepared.file.length,
    sha256,
    quality: prepared.quality,
    token: uploadToken(deps.keyProvider, tenantId, id, key.id),
  };
}

/**
 * Objects with no row are unreachable, so they are removed when recording fails. A failed removal
 * must not hide the error that caused it; the row-less object stays sealed and harmless.
 */
async function removeObjects(store: ObjectStore, keys: readonly string[]): Promise<void> {
  await Promise.allSettled(keys.map((k) => store.delete(k)));
}
