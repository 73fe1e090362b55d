/**
 * Finds a second file hidden inside an accepted one (a polyglot): a ZIP appended to a JPEG, an
 * executable in a PNG text chunk, a PDF inside a photo's metadata. ZIP readers look for the
 * central directory from the end of the file and RAR/7z extractors scan for their signature, so
 * such a file opens as an archive elsewhere even though it displays as a photo here.
 *
 * Photo and PDF bodies are compressed, i.e. look random, and a 4-byte magic number turns up by
 * chance about once per 4 GB scanned per signature, often enough across many uploads. Each
 * signature is therefore confirmed by fields that must hold in a real header (versions, methods,
 * CPU types, the PE offset), which pushes chance matches far below one in 10^12 per file.
 */

export type PayloadKind = 'zip' | 'rar' | '7z' | 'xz' | 'cab' | 'ole' | 'elf' | 'pe' | 'mach-o' | 'pdf' | 'script';

/** A hidden file: what it is and where it starts. */
export interface EmbeddedPayload {
  kind: PayloadKind;
  offset: number;
}

interface Signature {
  kind: PayloadKind;
  magic: Buffer;
  /** Confirms the header around `at` (where the magic starts); true when it is a real one. */
  confirm: (bytes: Buffer, at: number) => boolean;
}

/** ZIP compression methods in use (APPNOTE 4.4.5): stored, deflate, deflate64, bzip2, lzma, zstd, mp3, xz, ppmd, AES. */
const zipMethods = new Set([0, 8, 9, 12, 14, 93, 94, 95, 98, 99]);
/** Mach-O CPU types: x86, x86-64, ARM, ARM64, ARM64_32, PowerPC, PowerPC64. */
const machCpuTypes = new Set([7, 0x01000007, 12, 0x0100000c, 0x0200000c, 18, 0x01000012]);

function u16le(bytes: Buffer, at: number): number | undefined {
  return at + 2 <= bytes.length ? bytes.readUInt16LE(at) : undefined;
}

function u32le(bytes: Buffer, at: number): number | undefined {
  return at + 4 <= bytes.length ? bytes.readUInt32LE(at) : undefined;
}

function u32be(bytes: Buffer, at: number): number | undefined {
  return at + 4 <= bytes.length ? bytes.readUInt32BE(at) : undefined;
}

/** "Version made by": spec version (≤ 6.3) in the low byte, host system (0–19) in the high byte. */
function isZipMadeBy(value: number | undefined): boolean {
  return value !== undefined && (value & 0xff) <= 63 && value >> 8 <= 19;
}

/** "Version needed to extract" is at most 6.3 and a known compression method follows. */
function isZipNeeds(needed: number | undefined, method: number | undefined): boolean {
  return needed !== undefined && needed <= 63 && method !== undefined && zipMethods.has(method);
}

function zipLocalHeader(bytes: Buffer, at: number): boolean {
  return isZipNeeds(u16le(bytes, at + 4), u16le(bytes, at + 8));
}

function zipCentralHeader(bytes: Buffer, at: number): boolean {
  return isZipMadeBy(u16le(bytes, at + 4)) && isZipNeeds(u16le(bytes, at + 6), u16le(bytes, at + 10));
}

function zipEndOfCentralDirectory(bytes: Buffer, at: number): boolean {
  // Single-disk archives (all of them in practice): both disk numbers zero, entry counts equal.
  return u32le(bytes, at + 4) === 0 && u16le(bytes, at + 8) === u16le(bytes, at + 10) && at + 22 <= bytes.length;
}

function elfHeader(bytes: Buffer, at: number): boolean {
  const cls = bytes[at + 4];
  const data = bytes[at + 5];
  return (cls === 1 || cls === 2) && (data === 1 || data === 2) && bytes[at + 6] === 1;
}

function peHeader(bytes: Buffer, at: number): boolean {
  const peOffset = u32le(bytes, at + 0x3c);
  if (peOffset === undefined || peOffset < 0x40 || peOffset > 0x1000) return false;
  return u32be(bytes, at + peOffset) === 0x50450000;
}

function machHeader(littleEndian: boolean) {
  return (bytes: Buffer, at: number): boolean => {
    const cpu = littleEndian ? u32le(bytes, at + 4) : u32be(bytes, at + 4);
    return cpu !== undefined && machCpuTypes.has(cpu);
  };
}

function machFatHeader(bytes: Buffer, at: number): boolean {
  // 0xCAFEBABE is also a Java class file; a universal binary has a few architectures and a known CPU.
  const count = u32be(bytes, at + 4);
  const cpu = u32be(bytes, at + 8);
  return count !== undefined && count >= 1 && count <= 8 && cpu !== undefined && machCpuTypes.has(cpu);
}

function pdfHeader(bytes: Buffer, at: number): boolean {
  const major = bytes[at + 5];
  const minor = bytes[at + 7];
  return (
    (major === 0x31 || major === 0x32) &&
    bytes[at + 6] === 0x2e &&
    minor !== undefined &&
    minor >= 0x30 &&
    minor <= 0x39
  );
}

const always = (): boolean => true;

function hex(value: string): Buffer {
  return Buffer.from(value, 'hex');
}

const signatures: readonly Signature[] = [
  { kind: 'zip', magic: hex('504b0304'), confirm: zipLocalHeader },
  { kind: 'zip', magic: hex('504b0102'), confirm: zipCentralHeader },
  { kind: 'zip', magic: hex('504b0506'), confirm: zipEndOfCentralDirectory },
  { kind: 'rar', magic: hex('526172211a07'), confirm: always },
  { kind: '7z', magic: hex('377abcaf271c'), confirm: always },
  { kind: 'xz', magic: hex('fd377a585a00'), confirm: always },
  { kind: 'cab', magic: hex('4d53434600000000'), confirm: always },
  { kind: 'ole', magic: hex('d0cf11e0a1b11ae1'), confirm: always },
  { kind: 'elf', magic: hex('7f454c46'), confirm: elfHeader },
  { kind: 'pe', magic: hex('4d5a'), confirm: peHeader },
  { kind: 'mach-o', magic: hex('feedface'), confirm: machHeader(false) },
  { kind: 'mach-o', magic: hex('feedfacf'), confirm: machHeader(false) },
  { kind: 'mach-o', magic: hex('cefaedfe'), confirm: machHeader(true) },
  { kind: 'mach-o', magic: hex('cffaedfe'), confirm: machHeader(true) },
  { kind: 'mach-o', magic: hex('cafebabe'), confirm: machFatHeader },
  { kind: 'pdf', magic: Buffer.from('%PDF-', 'latin1'), confirm: pdfHeader },
];

/** Markup that makes a file run code when a browser or a web server is fooled into treating it as a page. */
const scriptMarkers = ['<script', '<?php'].map((m) => Buffer.from(m, 'latin1'));

function isMarkerEnd(code: number | undefined): boolean {
  return code === 0x3e || code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c;
}

/** Case-insensitive match of a marker followed by `>` or whitespace, without copying the file to a string. */
function scriptMarkerAt(bytes: Buffer, at: number): boolean {
  return scriptMarkers.some((marker) => {
    for (let i = 0; i < marker.length; i += 1) {
      const code = bytes[at + i];
      const lower = code !== undefined && code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
      if (lower !== marker[i]) return false;
    }
    return isMarkerEnd(bytes[at + marker.length]);
  });
}

function firstScriptMarker(bytes: Buffer, from: number): number | undefined {
  for (let at = bytes.indexOf(0x3c, from); at !== -1; at = bytes.indexOf(0x3c, at + 1)) {
    if (scriptMarkerAt(bytes, at)) return at;
  }
  return undefined;
}

function firstConfirmed(bytes: Buffer, signature: Signature, from: number): number | undefined {
  for (let at = bytes.indexOf(signature.magic, from); at !== -1; at = bytes.indexOf(signature.magic, at + 1)) {
    if (signature.confirm(bytes, at)) return at;
  }
  return undefined;
}

/** Where to start and what the file's own type may legitimately contain. */
export interface ScanOptions {
  /** Offsets below this belong to the file's own header (the type was already checked there). */
  from?: number;
  /** Kinds that are legitimate inside this type (a PDF may quote `%PDF-` in its own metadata). */
  allow?: readonly PayloadKind[];
}

/** The first hidden file found, if any. Scans every byte: appended data and embedded blocks alike. */
export function findEmbeddedPayload(bytes: Buffer, options: ScanOptions = {}): EmbeddedPayload | undefined {
  const from = options.from ?? 1;
  const allowed = new Set(options.allow ?? []);
  let found: EmbeddedPayload | undefined;
  for (const signature of signatures) {
    if (allowed.has(signature.kind)) continue;
    const at = firstConfirmed(bytes, signature, from);
    if (at !== undefined && (found === undefined || at < found.offset)) found = { kind: signature.kind, offset: at };
  }
  const script = allowed.has('script') ? undefined : firstScriptMarker(bytes, from);
  if (script !== undefined && (found === undefined || script < found.offset))
    found = { kind: 'script', offset: script };
  return found;
}
