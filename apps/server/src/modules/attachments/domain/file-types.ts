import { rejected, unsupported, type Refusal } from './refusal.ts';

/** What a citizen may send, identified by the file's own bytes (never its name or declared type). */
export type AcceptedType = 'jpeg' | 'png' | 'webp' | 'heif' | 'pdf';

/** What is stored: photos are always re-encoded to JPEG; PDFs are kept as sent. */
export type UploadKind = 'image' | 'pdf';

const byMime: Readonly<Record<string, AcceptedType>> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  // Animated PNG: a few phones' "live" screenshots; the first frame is kept.
  'image/apng': 'png',
  'image/webp': 'webp',
  'image/heic': 'heif',
  'image/heif': 'heif',
  // Burst and "live" pictures; the first image is kept.
  'image/heic-sequence': 'heif',
  'image/heif-sequence': 'heif',
  'application/pdf': 'pdf',
};

/** Types that are programs or can carry programs, refused with their own reason so logs tell them apart. */
const executableMimes = new Set([
  'application/x-elf',
  'application/x-msdownload',
  'application/x-mach-binary',
  'application/x-sharedlib',
  'application/x-executable',
  'application/x-msi',
  'application/vnd.microsoft.portable-executable',
  'application/java-vm',
  'application/wasm',
  'application/x-shockwave-flash',
]);

/** The `kind` recorded for an accepted type. */
export function kindOf(type: AcceptedType): UploadKind {
  return type === 'pdf' ? 'pdf' : 'image';
}

/**
 * Scripts have no magic number: a text file starting with a shebang or a script tag is refused as
 * a program rather than as an unknown type.
 */
function startsLikeScript(head: string): boolean {
  return /^\s*(#!|<\?php|<script|<%|@echo\s+off)/i.test(head);
}

/** What the magic-byte sniffer saw. */
export interface DetectedType {
  /** MIME type from magic bytes, or undefined when nothing matched. */
  mime: string | undefined;
  /** The first bytes of the file as latin1 text, for the script check. */
  head: string;
  size: number;
}

/**
 * Decides whether a sniffed type is one we accept. HEIC/HEIF is accepted only when the image
 * library here can decode it: a photo nobody can open is worse than asking for JPEG.
 */
export function classifyType(
  detected: DetectedType,
  heifDecodable: boolean,
): { ok: true; type: AcceptedType } | Refusal {
  if (detected.size === 0) return rejected('empty');
  const mime = detected.mime;
  if (mime === undefined) return unsupported(startsLikeScript(detected.head) ? 'executable' : 'unknown_type');
  if (executableMimes.has(mime)) return unsupported('executable');
  const type = byMime[mime];
  if (type === undefined) return unsupported('unknown_type');
  if (type === 'heif' && !heifDecodable) return unsupported('heic_not_supported');
  return { ok: true, type };
}
