/** Citizens' uploads: type sniffing, safety checks, re-encoding, photo quality, sealed storage, audited reads. */
export { attachmentRoutes, type AttachmentRoutesDeps } from './attachments.routes.ts';
export {
  createUpload,
  type CreateUploadDeps,
  type CreateUploadInput,
  type CreatedUpload,
} from './use-cases/create-upload.ts';
export { readUpload, type ReadUploadDeps, type ReadUploadInput, type UploadContent } from './use-cases/read-upload.ts';
export { findUploads, type FoundUploads, type UploadSummary } from './use-cases/find-uploads.ts';
export {
  assertApplicationTotal,
  checkApplicationTotal,
  type ApplicationTotalInput,
} from './use-cases/check-application-total.ts';
export { createObjectStore } from './storage/create-store.ts';
export { localObjectStore } from './storage/local-store.ts';
export { s3ObjectStore, type S3StoreOptions } from './storage/s3-store.ts';
export { InvalidStorageKeyError, type ObjectStore } from './storage/object-store.ts';
export {
  ApplicationTooLargeError,
  FileRejectedError,
  FileTooLargeError,
  UnsupportedTypeError,
  UploadNotFoundError,
} from './attachments.errors.ts';
export type { UploadKind } from './domain/file-types.ts';
export type { QualityIssue, QualityIssueCode, QualityReport } from './domain/quality.ts';
export type { DocumentCheck, ExpectedDocument } from './domain/document-check.ts';
export type { DocumentDeclaration } from './attachments.repo.ts';
export { declareDocuments, DOCUMENT_DECLARED_JOB } from './use-cases/declare-documents.ts';
export { recordDocumentCheck } from './use-cases/record-document-check.ts';
export { openDeclaredUpload, type DeclaredPhoto } from './use-cases/open-declared-upload.ts';
export { findHeldUpload, findUploadsById, type HeldUpload } from './use-cases/find-held-upload.ts';
export { QUALITY_THRESHOLDS } from './domain/quality.ts';
export { canDecodeHeic } from './processing/sniff-file.ts';
