/*
 * Photos are shrunk on the phone before upload: a 12-megapixel photo of a paper becomes a few
 * hundred kilobytes, which uploads on a weak connection, and re-encoding drops the camera's EXIF
 * (location included). The server checks and re-encodes again; this is for speed and privacy.
 */

export const MAX_LONG_SIDE = 2000;
export const JPEG_QUALITY = 0.85;
const THUMBNAIL_SIDE = 160;

export interface PreparedFile {
  blob: Blob;
  fileName: string;
  /** A small JPEG data URL for the screen, when the file is a photo that could be drawn. */
  thumbnail?: string;
}

/** Width and height scaled so the long side is at most `max`. */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  const long = Math.max(width, height);
  if (long <= max) return { width, height };
  const scale = max / long;
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

async function decode(blob: Blob): Promise<ImageBitmap | HTMLImageElement> {
  if (typeof createImageBitmap === 'function') {
    // Applies the EXIF orientation, so a portrait photo stays upright once the EXIF is gone.
    return createImageBitmap(blob, { imageOrientation: 'from-image' });
  }
  const url = URL.createObjectURL(blob);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

function draw(source: ImageBitmap | HTMLImageElement, max: number): HTMLCanvasElement | null {
  const size = fitWithin(source.width, source.height, max);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.drawImage(source, 0, 0, size.width, size.height);
  return canvas;
}

function toJpeg(canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}

function jpegName(name: string): string {
  const base = name.replace(/\.[^.]*$/, '') || 'anh';
  return `${base}.jpg`;
}

/**
 * A photo becomes a JPEG with its long side at most 2,000 px (quality 0.85). A PDF, or a photo the
 * browser cannot draw (HEIC outside Safari), is sent as it is and left to the server's checks.
 */
export async function prepareFile(blob: Blob, fileName: string): Promise<PreparedFile> {
  if (!blob.type.startsWith('image/')) return { blob, fileName };
  try {
    const source = await decode(blob);
    const canvas = draw(source, MAX_LONG_SIDE);
    const small = draw(source, THUMBNAIL_SIDE);
    if ('close' in source) source.close();
    const jpeg = canvas ? await toJpeg(canvas, JPEG_QUALITY) : null;
    if (!jpeg) return { blob, fileName };
    const thumbnail = small?.toDataURL('image/jpeg', 0.7);
    return { blob: jpeg, fileName: jpegName(fileName), ...(thumbnail ? { thumbnail } : {}) };
  } catch {
    return { blob, fileName };
  }
}
