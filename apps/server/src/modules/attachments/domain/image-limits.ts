import { rejected, type Refusal } from './refusal.ts';

/**
 * Pixel budget for one photo. The largest phone sensors give 200 MP, but they save 12–50 MP
 * pictures by default; 50 MP decoded is 150 MB of RGB, which is as much as one request may take on a
 * small server. A 30,000 × 30,000 PNG of a few kilobytes (a decompression bomb) would need 2.7 GB.
 */
export const MAX_INPUT_PIXELS = 50_000_000;

/** Long side of the stored photo: enough to read an ID card's fine print when zoomed, ~0.5 MB as JPEG. */
export const STORED_LONG_SIDE = 2000;
/** Long side of the thumbnail shown in lists. */
export const THUMBNAIL_LONG_SIDE = 320;
/** JPEG quality of the stored photo: text edges stay clean; 90+ doubles the size for no visible gain. */
export const STORED_JPEG_QUALITY = 82;
/** Thumbnails only need to be recognisable in a list. */
export const THUMBNAIL_JPEG_QUALITY = 70;

/** Dimensions as the image header states them (undefined when it does not). */
export interface ImageHeader {
  width: number | undefined;
  height: number | undefined;
}

/** Checks the header's dimensions before anything is decoded. */
export function checkDimensions(header: ImageHeader): { ok: true; width: number; height: number } | Refusal {
  const { width, height } = header;
  if (width === undefined || height === undefined || width < 1 || height < 1) {
    return rejected('undecodable', 'no dimensions in the header');
  }
  if (width * height > MAX_INPUT_PIXELS) return rejected('too_many_pixels', `${width}x${height}`);
  return { ok: true, width, height };
}
