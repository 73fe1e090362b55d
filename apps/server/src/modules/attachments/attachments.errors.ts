import { AppError } from '../../platform/errors.ts';
import type { Refusal, RejectedReason, UnsupportedReason } from './domain/refusal.ts';

/**
 * Thrown when the bytes are not a type we accept (an unknown format, a renamed program, HEIC where
 * it cannot be decoded). The reason is for logs; the citizen sees the catalogue's message.
 */
export class UnsupportedTypeError extends AppError {
  constructor(readonly reason: UnsupportedReason) {
    super('ATTACHMENT.UNSUPPORTED_TYPE', `Unsupported file type (${reason})`, { reason });
  }
}

/** Thrown when a file is bigger than the per-file limit. */
export class FileTooLargeError extends AppError {
  constructor(readonly maxBytes: number) {
    super('ATTACHMENT.TOO_LARGE', `File larger than ${maxBytes} bytes`, { maxBytes });
  }
}

/**
 * Thrown when a file of an accepted type is unsafe or unusable: empty, a polyglot, a PDF with active
 * content or a password, a decompression bomb, or bytes that do not decode.
 */
export class FileRejectedError extends AppError {
  constructor(
    readonly reason: RejectedReason,
    detail?: string,
  ) {
    super('ATTACHMENT.REJECTED', `File rejected (${reason}${detail ? `: ${detail}` : ''})`, { reason });
  }
}

/** Thrown for an unknown upload id and for another province's upload alike. */
export class UploadNotFoundError extends AppError {
  constructor() {
    super('ATTACHMENT.NOT_FOUND', 'No such upload');
  }
}

/** Thrown when a dossier's files together exceed the per-dossier limit. */
export class ApplicationTooLargeError extends AppError {
  constructor(
    readonly totalBytes: number,
    readonly maxBytes: number,
  ) {
    super('ATTACHMENT.APPLICATION_TOO_LARGE', `Dossier files total ${totalBytes} > ${maxBytes} bytes`, {
      totalBytes,
      maxBytes,
    });
  }
}

/** The error for a domain refusal. */
export function refusalError(refusal: Refusal): UnsupportedTypeError | FileRejectedError {
  return refusal.kind === 'unsupported'
    ? new UnsupportedTypeError(refusal.reason)
    : new FileRejectedError(refusal.reason, refusal.detail);
}
