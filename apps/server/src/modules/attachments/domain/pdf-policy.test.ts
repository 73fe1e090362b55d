import { describe, expect, it } from 'vitest';
import {
  encryptedPdf,
  pdfMentioningJavaScriptInText,
  pdfOpeningAtPage,
  pdfWithEmbeddedFile,
  pdfWithJavaScript,
  plainPdf,
} from '../test/pdfs.ts';
import { assessPdf } from './pdf-policy.ts';
import { readPdfStructure } from './pdf-structure.ts';
import { PdfSyntaxError } from './pdf-lexer.ts';

const intact = { hasEof: true, trailingBytes: 0 };

function assess(pdf: Buffer | string) {
  const text = typeof pdf === 'string' ? pdf : pdf.toString('latin1');
  return assessPdf(readPdfStructure(text), [], intact);
}

describe('readPdfStructure', () => {
  it('collects names outside strings and stream data, decoding #xx escapes', () => {
    const s = readPdfStructure('1 0 obj << /Type /Catalog /J#61vaScript (not /Launch) >> endobj');
    expect(s.names).toEqual(new Set(['Type', 'Catalog', 'JavaScript']));
  });

  it('skips stream data by its length, even when it contains PDF-like bytes', () => {
    const data = 'endstreamX /JS (x) >>';
    const s = readPdfStructure(
      `1 0 obj << /Length ${data.length} >>\nstream\n${data}\nendstream endobj 2 0 obj << /Ok 1 >> endobj`,
    );
    expect(s.names.has('JS')).toBe(false);
    expect(s.names.has('Ok')).toBe(true);
    expect(s.streams).toHaveLength(1);
  });

  it('finds the end of a stream whose length is in another object', () => {
    const s = readPdfStructure(
      '1 0 obj << /Length 9 0 R >>\nstream\n/JS /AA\nendstream\nendobj 2 0 obj << /After 1 >> endobj',
    );
    expect(s.names.has('JS')).toBe(false);
    expect(s.names.has('After')).toBe(true);
  });

  it('does not let a string hide a key from the scan', () => {
    // A naive search would take `>>stream` … `endstream` for stream data and skip the /AA between.
    const s = readPdfStructure('1 0 obj << /T (x >>stream\n) /AA 5 0 R /U (endstream) >> endobj');
    expect(s.names.has('AA')).toBe(true);
  });

  it('summarises objects and open actions', () => {
    const s = readPdfStructure('1 0 obj << /OpenAction 2 0 R >> endobj 2 0 obj << /S /GoTo /D [3 0 R /Fit] >> endobj');
    expect(s.openActions).toEqual([{ kind: 'ref', ref: '2 0' }]);
    expect(s.objects.get('2 0')).toEqual({ kind: 'dict', action: 'GoTo' });
  });

  it('throws on an unterminated string or stream', () => {
    expect(() => readPdfStructure('1 0 obj << /T (open >> endobj')).toThrow(PdfSyntaxError);
    expect(() => readPdfStructure('1 0 obj << /Length 5 >>\nstream\nabc')).toThrow(PdfSyntaxError);
  });

  it('survives a file of stray closing brackets without deep recursion', () => {
    expect(readPdfStructure(')'.repeat(1_000_000)).names.size).toBe(0);
  });
});

describe('assessPdf', () => {
  it('accepts a plain page, a destination open action, and /JS mentioned only in text', () => {
    expect(assess(plainPdf())).toEqual({ ok: true });
    expect(assess(pdfOpeningAtPage())).toEqual({ ok: true });
    expect(assess(pdfMentioningJavaScriptInText())).toEqual({ ok: true });
    expect(assess('1 0 obj << /OpenAction << /S /GoTo /D [2 0 R /Fit] >> >> endobj')).toEqual({ ok: true });
  });

  it.each([
    ['JavaScript', pdfWithJavaScript()],
    ['an embedded file', pdfWithEmbeddedFile()],
    ['a launch action', '1 0 obj << /OpenAction << /S /Launch /F (cmd.exe) >> >> endobj'],
    ['additional actions', '1 0 obj << /Type /Page /AA << /O 4 0 R >> >> endobj'],
    ['rich media', '1 0 obj << /Subtype /RichMedia >> endobj'],
    ['an XFA form', '1 0 obj << /AcroForm << /XFA 5 0 R >> >> endobj'],
    ['an open action', '1 0 obj << /OpenAction 7 0 R >> endobj'],
    ['an open action', '1 0 obj << /OpenAction << /S /Named /N /Print >> >> endobj'],
  ])('refuses %s', (detail, pdf) => {
    expect(assess(pdf)).toEqual({ ok: false, kind: 'rejected', reason: 'pdf_active_content', detail });
  });

  it('refuses encrypted files, files without an end and data after the end', () => {
    expect(assess(encryptedPdf())).toMatchObject({ ok: false, reason: 'pdf_encrypted' });
    const s = readPdfStructure(plainPdf().toString('latin1'));
    expect(assessPdf(s, [], { hasEof: false, trailingBytes: 0 })).toMatchObject({ reason: 'pdf_malformed' });
    expect(assessPdf(s, [], { hasEof: true, trailingBytes: 5000 })).toMatchObject({ reason: 'polyglot' });
    expect(assessPdf(s, [], { hasEof: true, trailingBytes: 20 })).toEqual({ ok: true });
  });

  it('checks the dictionaries found inside object streams too', () => {
    const inner = readPdfStructure('6 0 << /S /JavaScript /JS (x) >>');
    expect(assessPdf(readPdfStructure(plainPdf().toString('latin1')), [inner], intact)).toMatchObject({
      reason: 'pdf_active_content',
    });
  });
});
