import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { FileRejectedError, refusalError } from '../attachments.errors.ts';
import { findEmbeddedPayload } from '../domain/embedded-payloads.ts';
import { classifyType, type AcceptedType } from '../domain/file-types.ts';

/**
 * Whether this build of the image library decodes HEIC (HEVC-coded HEIF). The prebuilt libvips
 * bundles libheif with the AV1 decoder only (patent licensing), and then lists `.avif` as the sole
 * HEIF suffix; a build with an HEVC decoder lists `.heic` too.
 */
export function canDecodeHeic(): boolean {
  const info = sharp.format.heif;
  return info.input.buffer && (info.input.fileSuffix ?? []).includes('.heic');
}

/**
 * Identifies a file by its bytes alone (the name and declared type are never consulted) and checks
 * that no second file hides inside it. Throws `UnsupportedTypeError` or `FileRejectedError`.
 */
export async function sniffFile(bytes: Buffer): Promise<AcceptedType> {
  const detected = bytes.length > 0 ? await fileTypeFromBuffer(bytes) : undefined;
  const verdict = classifyType(
    { mime: detected?.mime, head: bytes.toString('latin1', 0, 64), size: bytes.length },
    canDecodeHeic(),
  );
  if (!verdict.ok) throw refusalError(verdict);
  // A PDF may legitimately mention its own header again (incremental updates, metadata).
  const payload = findEmbeddedPayload(bytes, { allow: verdict.type === 'pdf' ? ['pdf'] : [] });
  if (payload) throw new FileRejectedError('polyglot', `${payload.kind} at byte ${payload.offset}`);
  return verdict.type;
}
