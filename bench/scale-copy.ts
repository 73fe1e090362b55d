/**
 * Rows for `COPY … FROM STDIN (FORMAT binary)`, written straight into large buffers: PostgreSQL
 * then parses no text (uuids, timestamps and integers arrive in their stored form), and the
 * generator builds no string per value. The format: PostgreSQL's documentation, "COPY", "Binary
 * Format".
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
/** Milliseconds from the Unix epoch to PostgreSQL's (2000-01-01 UTC). */
const PG_EPOCH_MS = 946_684_800_000;
const TWO_32 = 4_294_967_296;
const HEX = Buffer.from('0123456789ABCDEF', 'latin1');

/** A text value: its UTF-8 bytes, in NFC. */
export function bytesOf(text: string): Buffer {
  return Buffer.from(text.normalize('NFC'), 'utf8');
}

/** A jsonb value in binary COPY: the format version (1), then the JSON text. */
export function jsonbOf(value: unknown): Buffer {
  return Buffer.concat([Buffer.from([1]), bytesOf(JSON.stringify(value))]);
}

/** The 16 bytes of a uuid written as text. */
export function uuidBytes(uuid: string): Buffer {
  const bytes = Buffer.from(uuid.replace(/-/g, ''), 'hex');
  if (bytes.length !== 16) throw new Error(`not a uuid: ${uuid}`);
  return bytes;
}

/**
 * Several fields encoded once (each value, or null), to be written with `CopyRows.fields` into
 * every row that repeats them.
 */
export function fieldsOf(values: readonly (Buffer | null)[]): Buffer {
  return Buffer.concat(
    values.map((v) => {
      const length = Buffer.alloc(4);
      length.writeInt32BE(v === null ? -1 : v.length);
      return v === null ? length : Buffer.concat([length, v]);
    }),
  );
}

/**
 * One table's COPY data, in chunks of `chunkBytes`. Call `row(n)` and then write exactly `n`
 * fields; a row never spans two chunks, so `maxRowBytes` must bound the largest row.
 */
export class CopyRows {
  private chunk: Buffer;
  private view: DataView;
  private at = 0;
  private opened = 0;
  private readonly full: Buffer[] = [];
  rows = 0;

  constructor(
    private readonly chunkBytes = 1 << 20,
    private readonly maxRowBytes = 16_384,
  ) {
    this.chunk = Buffer.allocUnsafe(chunkBytes);
    this.view = new DataView(this.chunk.buffer, this.chunk.byteOffset, chunkBytes);
    this.chunk.set(SIGNATURE, 0);
    this.view.setInt32(SIGNATURE.length, 0);
    this.view.setInt32(SIGNATURE.length + 4, 0);
    this.at = SIGNATURE.length + 8;
  }

  private fresh(): void {
    this.chunk = Buffer.allocUnsafe(this.chunkBytes);
    this.view = new DataView(this.chunk.buffer, this.chunk.byteOffset, this.chunkBytes);
    this.at = 0;
  }

  private room(bytes: number): void {
    if (this.at + bytes <= this.chunkBytes) return;
    this.full.push(this.chunk.subarray(0, this.at));
    this.fresh();
  }

  row(fields: number): void {
    this.room(this.maxRowBytes);
    this.view.setInt16(this.at, fields);
    this.at += 2;
    this.rows += 1;
  }

  nul(): void {
    this.view.setInt32(this.at, -1);
    this.at += 4;
  }

  /** A text, jsonb (with its version byte) or uuid value, already encoded. */
  bytes(value: Buffer): void {
    const n = value.length;
    const p = this.at + 4;
    this.view.setInt32(this.at, n);
    // A loop beats the native copy's call overhead for the short values most fields hold.
    if (n <= 32) for (let i = 0; i < n; i += 1) this.chunk[p + i] = value[i] ?? 0;
    else this.chunk.set(value, p);
    this.at = p + n;
  }

  /** Fields encoded by `fieldsOf`. */
  fields(encoded: Buffer): void {
    this.chunk.set(encoded, this.at);
    this.at += encoded.length;
  }

  maybe(value: Buffer | null): void {
    if (value === null) this.nul();
    else this.bytes(value);
  }

  int4(value: number): void {
    this.view.setInt32(this.at, 4);
    this.view.setInt32(this.at + 4, value);
    this.at += 8;
  }

  /** A timestamptz from milliseconds since the Unix epoch (fractions kept to the microsecond). */
  timestamp(ms: number): void {
    const micros = Math.round((ms - PG_EPOCH_MS) * 1000);
    const high = Math.floor(micros / TWO_32);
    this.view.setInt32(this.at, 8);
    this.view.setInt32(this.at + 4, high);
    this.view.setUint32(this.at + 8, micros - high * TWO_32);
    this.at += 12;
  }

  maybeTimestamp(ms: number | null): void {
    if (ms === null) this.nul();
    else this.timestamp(ms);
  }

  /**
   * A UUID version 7 (RFC 9562) of an instant, as the application makes them: 48 bits of
   * milliseconds, then 74 bits from the three given 32-bit numbers.
   */
  uuid7(ms: number, a: number, b: number, c: number): void {
    const t = Math.round(ms);
    const p = this.at + 4;
    const v = this.view;
    v.setInt32(this.at, 16);
    v.setUint32(p, Math.floor(t / 65_536));
    v.setUint16(p + 4, t % 65_536);
    v.setUint16(p + 6, 0x7000 | (a & 0x0fff));
    v.setUint16(p + 8, 0x8000 | ((a >>> 12) & 0x3fff));
    v.setUint16(p + 10, b & 0xffff);
    v.setUint32(p + 12, c >>> 0);
    this.at += 20;
  }

  /** Starts a text written in pieces (`put`, `putDigits`); `close` ends it. */
  open(): void {
    this.opened = this.at;
    this.at += 4;
  }

  put(piece: Buffer): void {
    for (let i = 0; i < piece.length; i += 1) this.chunk[this.at + i] = piece[i] ?? 0;
    this.at += piece.length;
  }

  /**
   * A non-negative integer in decimal, left-padded with zeros to `width` digits, or cut to its
   * first `width` digits when longer (as PostgreSQL's `lpad` does).
   */
  putDigits(n: number, width: number): void {
    let digits = 1;
    for (let x = n; x >= 10; x = Math.floor(x / 10)) digits += 1;
    let value = digits > width ? Math.floor(n / 10 ** (digits - width)) : n;
    const end = this.at + width;
    for (let p = end - 1; p >= this.at; p -= 1) {
      this.chunk[p] = 48 + (value % 10);
      value = Math.floor(value / 10);
    }
    this.at = end;
  }

  close(): void {
    this.view.setInt32(this.opened, this.at - this.opened - 4);
  }

  /** `digits` upper-case hexadecimal digits of `high · 2³² + low`, zero-padded. */
  hex(high: number, low: number, digits: number): void {
    this.view.setInt32(this.at, digits);
    const p = this.at + 4;
    for (let i = 0; i < digits; i += 1) {
      const shift = 4 * (digits - 1 - i);
      const nibble = shift >= 32 ? (high >>> (shift - 32)) & 15 : (low >>> shift) & 15;
      this.chunk[p + i] = HEX[nibble] ?? 48;
    }
    this.at = p + digits;
  }

  /** The chunks filled so far, but the one being filled. */
  takeFull(): Buffer[] {
    return this.full.splice(0, this.full.length);
  }

  /** The chunks filled so far (the current one included), emptying the buffer. */
  private take(): Buffer[] {
    const out = [...this.full, this.chunk.subarray(0, this.at)];
    this.full.length = 0;
    this.fresh();
    return out;
  }

  /** The end of the data (the trailer), then every chunk left. */
  finish(): Buffer[] {
    this.room(2);
    this.view.setInt16(this.at, -1);
    this.at += 2;
    return this.take();
  }
}

/** Writes chunks to a COPY stream, waiting whenever it asks the writer to slow down. */
export async function send(stream: Writable, chunks: readonly Buffer[]): Promise<void> {
  for (const chunk of chunks) {
    if (chunk.length === 0) continue;
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
}
