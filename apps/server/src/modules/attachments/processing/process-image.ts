import sharp, { type Metadata, type SharpOptions } from 'sharp';
import { FileRejectedError, refusalError } from '../attachments.errors.ts';
import type { AcceptedType } from '../domain/file-types.ts';
import {
  checkDimensions,
  MAX_INPUT_PIXELS,
  STORED_JPEG_QUALITY,
  STORED_LONG_SIDE,
  THUMBNAIL_JPEG_QUALITY,
  THUMBNAIL_LONG_SIDE,
} from '../domain/image-limits.ts';
import { measureGrey } from '../domain/pixel-metrics.ts';
import { assessQuality, QUALITY_THRESHOLDS, type QualityReport } from '../domain/quality.ts';

/** The accepted photo formats. */
export type ImageType = Exclude<AcceptedType, 'pdf'>;

/** The photo as stored: re-encoded JPEG without metadata, its thumbnail and the quality check. */
export interface ProcessedImage {
  file: Buffer;
  thumbnail: Buffer;
  width: number;
  height: number;
  quality: QualityReport;
}

const sharpFormat: Record<ImageType, string> = { jpeg: 'jpeg', png: 'png', webp: 'webp', heif: 'heif' };

/**
 * Every decode gets the pixel limit, so even a path that skipped the header check cannot inflate a
 * bomb. `failOn: 'error'` refuses truncated and corrupt data but tolerates the harmless warnings
 * some phone cameras' JPEGs raise.
 */
const decodeOptions: SharpOptions = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' };
const PROCESSING_TIMEOUT_SECONDS = 30;

/** Reads only the header: format and dimensions, refused before any pixel is decoded. */
async function readHeader(bytes: Buffer, type: ImageType): Promise<{ width: number; height: number }> {
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, decodeOptions).metadata();
  } catch (error) {
    // The library applies the same pixel limit to the header and says so.
    const overLimit = error instanceof Error && /pixel limit/i.test(error.message);
    throw new FileRejectedError(overLimit ? 'too_many_pixels' : 'undecodable', 'header');
  }
  if (metadata.format !== sharpFormat[type]) throw new FileRejectedError('undecodable', 'format mismatch');
  const dimensions = checkDimensions({ width: metadata.width, height: metadata.pageHeight ?? metadata.height });
  if (!dimensions.ok) throw refusalError(dimensions);
  return dimensions;
}

/** The photo's pixels, decoded once: upright, on white, long side at most 2,000 px, sRGB. */
interface Pixels {
  data: Buffer;
  raw: { width: number; height: number; channels: 1 | 2 | 3 | 4 };
}

/**
 * Decodes the photo once (EXIF orientation applied, transparent areas on white, long side at most
 * 2,000 px); the stored JPEG, the thumbnail and the quality check are all made from these pixels,
 * so the upload pays for one decode of the original and none of the re-encoded file.
 */
async function decode(bytes: Buffer): Promise<Pixels> {
  try {
    const { data, info } = await sharp(bytes, decodeOptions)
      .rotate()
      .flatten({ background: '#ffffff' })
      .resize({ width: STORED_LONG_SIDE, height: STORED_LONG_SIDE, fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb')
      .raw()
      .timeout({ seconds: PROCESSING_TIMEOUT_SECONDS })
      .toBuffer({ resolveWithObject: true });
    return { data, raw: { width: info.width, height: info.height, channels: info.channels } };
  } catch {
    throw new FileRejectedError('undecodable', 'pixels');
  }
}

const fromPixels = (pixels: Pixels) => sharp(pixels.data, { raw: pixels.raw });

/**
 * The stored file: JPEG, nothing copied from the input's metadata (EXIF with its GPS position,
 * device and time, XMP and ICC profiles are all gone with the decode).
 */
async function storedJpeg(pixels: Pixels): Promise<Buffer> {
  return fromPixels(pixels).jpeg({ quality: STORED_JPEG_QUALITY, mozjpeg: true }).toBuffer();
}

async function thumbnailOf(pixels: Pixels): Promise<Buffer> {
  return fromPixels(pixels)
    .resize({ width: THUMBNAIL_LONG_SIDE, height: THUMBNAIL_LONG_SIDE, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: THUMBNAIL_JPEG_QUALITY, mozjpeg: true })
    .toBuffer();
}

/** Measures the photo on a greyscale copy of fixed size, so results do not depend on resolution. */
async function qualityOf(pixels: Pixels, original: { width: number; height: number }): Promise<QualityReport> {
  const side = QUALITY_THRESHOLDS.analysisLongSide;
  const { data, info } = await fromPixels(pixels)
    .greyscale()
    .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const metrics = measureGrey({ data, width: info.width, height: info.height, channels: info.channels });
  return assessQuality({ width: original.width, height: original.height, metrics });
}

/**
 * Checks the header, decodes once, then re-encodes, makes the thumbnail and checks photo quality
 * side by side. Throws `FileRejectedError` for a bomb or undecodable data.
 */
export async function processImage(bytes: Buffer, type: ImageType): Promise<ProcessedImage> {
  const original = await readHeader(bytes, type);
  const pixels = await decode(bytes);
  const [file, thumbnail, quality] = await Promise.all([
    storedJpeg(pixels),
    thumbnailOf(pixels),
    qualityOf(pixels, original),
  ]);
  return { file, thumbnail, width: pixels.raw.width, height: pixels.raw.height, quality };
}
