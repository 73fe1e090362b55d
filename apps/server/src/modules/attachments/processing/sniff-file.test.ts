import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { elfHeader, storedZip } from '../test/archives.ts';
import { documentJpeg } from '../test/images.ts';
import { pdfWithHiddenJavaScript, plainPdf } from '../test/pdfs.ts';
import { canDecodeHeic, sniffFile } from './sniff-file.ts';

function box(type: string, payload: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + payload.length);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, payload]);
}

/** The start of an iPhone HEIC photo: an `ftyp` box with the `heic` brand. */
const heicHeader = Buffer.concat([
  box('ftyp', Buffer.from('heic\0\0\0\0mif1heic', 'latin1')),
  box('meta', Buffer.alloc(64)),
]);

describe('sniffFile', () => {
  it('identifies photos and PDFs by their bytes', async () => {
    const jpeg = await documentJpeg(800, 600);
    expect(await sniffFile(jpeg)).toBe('jpeg');
    expect(await sniffFile(await sharp(jpeg).png().toBuffer())).toBe('png');
    expect(await sniffFile(await sharp(jpeg).webp().toBuffer())).toBe('webp');
    expect(await sniffFile(plainPdf())).toBe('pdf');
    expect(await sniffFile(pdfWithHiddenJavaScript())).toBe('pdf');
  });

  it('refuses a JPEG with a ZIP archive appended (a polyglot)', async () => {
    const polyglot = Buffer.concat([await documentJpeg(800, 600), storedZip('payload.js', Buffer.from('x()'))]);
    await expect(sniffFile(polyglot)).rejects.toMatchObject({ code: 'ATTACHMENT.REJECTED', reason: 'polyglot' });
  });

  it('refuses a renamed executable, unknown bytes and an empty file', async () => {
    await expect(sniffFile(elfHeader())).rejects.toMatchObject({
      code: 'ATTACHMENT.UNSUPPORTED_TYPE',
      reason: 'executable',
    });
    await expect(sniffFile(Buffer.from('just some text'))).rejects.toMatchObject({ reason: 'unknown_type' });
    await expect(sniffFile(Buffer.alloc(0))).rejects.toMatchObject({ code: 'ATTACHMENT.REJECTED', reason: 'empty' });
  });

  it('takes HEIC only when this build can decode it', async () => {
    if (canDecodeHeic()) {
      expect(await sniffFile(heicHeader)).toBe('heif');
    } else {
      await expect(sniffFile(heicHeader)).rejects.toMatchObject({
        code: 'ATTACHMENT.UNSUPPORTED_TYPE',
        reason: 'heic_not_supported',
      });
    }
  });
});
