import { inflateSync } from 'node:zlib';
import { FileRejectedError, refusalError } from '../attachments.errors.ts';
import { PdfSyntaxError } from '../domain/pdf-lexer.ts';
import { assessPdf, type PdfTail } from '../domain/pdf-policy.ts';
import { readPdfStructure, type PdfStreamSpan, type PdfStructure } from '../domain/pdf-structure.ts';

/**
 * Object streams hold dictionaries, which compress ~5:1; a 10 MB PDF has far less than this. More
 * inflated data than this is a zip bomb, not a scan.
 */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

function tailOf(text: string): PdfTail {
  const eof = text.lastIndexOf('%%EOF');
  if (eof === -1) return { hasEof: false, trailingBytes: 0 };
  return { hasEof: true, trailingBytes: text.slice(eof + 5).replace(/[\s\0]/g, '').length };
}

function parse(text: string): PdfStructure {
  try {
    return readPdfStructure(text);
  } catch (error) {
    if (error instanceof PdfSyntaxError) throw new FileRejectedError('pdf_malformed', error.message);
    throw error;
  }
}

/** Decompresses an object stream so the dictionaries inside it are checked too. */
function inflateObjectStream(bytes: Buffer, span: PdfStreamSpan, budget: number): Buffer {
  const data = bytes.subarray(span.dataStart, span.dataEnd);
  if (span.filters.length === 0) return data;
  // Anything but plain Flate (predictors, filter chains) could hide a key from this check: refuse.
  if (span.filters.length > 1 || span.filters[0] !== 'FlateDecode' || span.hasDecodeParms) {
    throw new FileRejectedError('pdf_malformed', 'object stream with an unsupported filter');
  }
  try {
    return inflateSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch {
    throw new FileRejectedError('pdf_malformed', 'object stream does not inflate within the budget');
  }
}

/**
 * Checks a PDF's raw bytes and the dictionaries inside its compressed object streams for active
 * content, encryption and appended data. Throws `FileRejectedError`.
 */
export function inspectPdf(bytes: Buffer): void {
  const text = bytes.toString('latin1');
  const main = parse(text);
  const inner: PdfStructure[] = [];
  let budget = MAX_INFLATED_BYTES;
  for (const span of main.streams) {
    if (!span.objectStream) continue;
    const data = inflateObjectStream(bytes, span, budget);
    budget -= data.length;
    inner.push(parse(data.toString('latin1')));
  }
  const verdict = assessPdf(main, inner, tailOf(text));
  if (!verdict.ok) throw refusalError(verdict);
}
