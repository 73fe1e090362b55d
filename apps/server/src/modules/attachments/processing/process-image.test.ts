import sharp, { type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { FileRejectedError } from '../attachments.errors.ts';
import { blackPng, documentJpeg, documentSvg, hasGpsDirectory, plainPicture, withGpsExif } from '../test/images.ts';
import { processImage } from './process-image.ts';

async function qualityCodes(bytes: Buffer): Promise<string[]> {
  const { quality } = await processImage(bytes, 'jpeg');
  return quality.issues.map((i) => i.code);
}

async function variant(page: Buffer, edit: (image: Sharp) => Sharp): Promise<Buffer> {
  return edit(sharp(page)).jpeg({ quality: 90 }).toBuffer();
}

describe('processImage', () => {
  it('re-encodes a phone photo: upright, long side 2,000, no EXIF or GPS, with a thumbnail', async () => {
    const original = await withGpsExif(await documentJpeg(3000, 2250));
    const before = await sharp(original).metadata();
    expect(before.orientation).toBe(6);
    expect(hasGpsDirectory(before.exif)).toBe(true);

    const result = await processImage(original, 'jpeg');
    const after = await sharp(result.file).metadata();
    expect(after.format).toBe('jpeg');
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(result.file.includes(Buffer.from('GPS-X1'))).toBe(false);
    // Orientation 6 means "turn 90°": the landscape page becomes portrait.
    expect([after.width, after.height]).toEqual([1500, 2000]);
    expect([result.width, result.height]).toEqual([1500, 2000]);
    const thumb = await sharp(result.thumbnail).metadata();
    expect(Math.max(thumb.width, thumb.height)).toBe(320);
    expect(thumb.exif).toBeUndefined();
    expect(result.quality).toEqual({ ok: true, issues: [] });
  });

  it('does not enlarge a small photo', async () => {
    const result = await processImage(await documentJpeg(900, 700), 'jpeg');
    expect([result.width, result.height]).toEqual([900, 700]);
  });

  it('puts transparent PNG areas on white', async () => {
    const transparent = await sharp({ create: { width: 800, height: 800, channels: 4, background: '#0000' } })
      .png()
      .toBuffer();
    const { file } = await processImage(transparent, 'png');
    const { dominant } = await sharp(file).stats();
    expect(dominant.r).toBeGreaterThan(240);
  });

  it('refuses a 30,000 × 30,000 PNG from its header, quickly', async () => {
    const bomb = await blackPng(30_000, 30_000);
    expect(bomb.length).toBeLessThan(200_000);
    const started = performance.now();
    const error: unknown = await processImage(bomb, 'png').catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error).toBeInstanceOf(FileRejectedError);
    expect((error as FileRejectedError).reason).toBe('too_many_pixels');
  });

  it('refuses bytes the decoder cannot read, and a format other than the one sniffed', async () => {
    const jpeg = await documentJpeg(800, 800);
    const truncated = jpeg.subarray(0, Math.floor(jpeg.length / 2));
    await expect(processImage(truncated, 'jpeg')).rejects.toMatchObject({ reason: 'undecodable' });
    await expect(processImage(jpeg, 'png')).rejects.toMatchObject({ reason: 'undecodable' });
  });
});

describe('photo quality on generated pictures', () => {
  it('passes a sharp page of text', async () => {
    expect(await qualityCodes(await documentJpeg())).toEqual([]);
  });

  it('passes a page on grey paper in room light, and softly focused ones (blur sigma 2 and 4)', async () => {
    const page = await documentJpeg();
    expect(await qualityCodes(await variant(page, (i) => i.linear(0.7, 20)))).toEqual([]);
    expect(await qualityCodes(await variant(page, (i) => i.blur(2)))).toEqual([]);
    expect(await qualityCodes(await variant(page, (i) => i.blur(4)))).toEqual([]);
  });

  it('reports blur once text is unreadable (sigma 8 and 16)', async () => {
    const page = await documentJpeg();
    expect(await qualityCodes(await variant(page, (i) => i.blur(8)))).toEqual(['blurry']);
    expect(await qualityCodes(await variant(page, (i) => i.blur(16)))).toEqual(['blurry']);
    // Dim and blurred: brightness is normalised, the blur still shows.
    expect(await qualityCodes(await variant(page, (i) => i.blur(8).linear(0.3, 0)))).toEqual(['blurry']);
  });

  it('reports a dark page, without calling it blurry', async () => {
    const page = await documentJpeg();
    expect(await qualityCodes(await variant(page, (i) => i.linear(0.15, 0)))).toEqual(['too_dark']);
  });

  it('reports a washed-out page', async () => {
    const page = await documentJpeg();
    expect(await qualityCodes(await variant(page, (i) => i.linear(0.15, 215)))).toEqual(['too_bright']);
  });

  it('reports a blank frame (white sheet, grey wall with sensor noise)', async () => {
    expect(await qualityCodes(await plainPicture(2000, 1500, '#fafafa'))).toEqual(['blank']);
    expect(await qualityCodes(await plainPicture(2000, 1500, '#808080', 3))).toEqual(['blank']);
  });

  it('reports a photo too small to read', async () => {
    const small = await sharp(documentSvg(600, 450)).jpeg().toBuffer();
    expect(await qualityCodes(small)).toEqual(['too_small']);
  });
});
