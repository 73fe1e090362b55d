import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { storedZip } from '../test/archives.ts';
import { pdfWithHiddenJavaScript, pdfWithJavaScript, plainPdf } from '../test/pdfs.ts';
import { inspectPdf } from './inspect-pdf.ts';

async function pdfkitDocument(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', info: { Title: 'Tờ khai' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on('end', resolve));
  doc.fontSize(18).text('Tờ khai đăng ký khai sinh');
  doc.addPage().text('Trang 2');
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

describe('inspectPdf', () => {
  it('accepts a plain page and a PDF written by a common library (compressed content)', async () => {
    expect(() => inspectPdf(plainPdf())).not.toThrow();
    const generated = await pdfkitDocument();
    expect(() => inspectPdf(generated)).not.toThrow();
  });

  it('refuses JavaScript, in the open and hidden in a compressed object stream', () => {
    expect(() => inspectPdf(pdfWithJavaScript())).toThrow(expect.objectContaining({ reason: 'pdf_active_content' }));
    expect(() => inspectPdf(pdfWithHiddenJavaScript())).toThrow(
      expect.objectContaining({ reason: 'pdf_active_content' }),
    );
  });

  it('refuses a ZIP riding after %%EOF and an object stream that inflates without end', () => {
    const zip = storedZip('a.exe', Buffer.alloc(2000, 0x41));
    expect(() => inspectPdf(Buffer.concat([plainPdf(), zip]))).toThrow(expect.objectContaining({ reason: 'polyglot' }));
    const broken = plainPdf()
      .toString('latin1')
      .replace(
        'endobj\n2 0 obj',
        'endobj\n9 0 obj << /Type /ObjStm /Filter /FlateDecode /Length 4 >>\nstream\nzzzz\nendstream\nendobj\n2 0 obj',
      );
    expect(() => inspectPdf(Buffer.from(broken, 'latin1'))).toThrow(
      expect.objectContaining({ reason: 'pdf_malformed' }),
    );
  });
});
