import sharp from 'sharp';

/** Long side the recogniser gets: an ID card's fine print stays legible, and reading stays fast. */
const OCR_LONG_SIDE = 1600;

/**
 * The stored photo as the recogniser reads it best: greyscale, contrast stretched, at most
 * 1,600 px on the long side, lossless.
 */
export async function prepareForOcr(photo: Buffer): Promise<Buffer> {
  return sharp(photo, { limitInputPixels: 50_000_000 })
    .greyscale()
    .resize({ width: OCR_LONG_SIDE, height: OCR_LONG_SIDE, fit: 'inside', withoutEnlargement: true })
    .normalise()
    .png({ compressionLevel: 1 })
    .toBuffer();
}
