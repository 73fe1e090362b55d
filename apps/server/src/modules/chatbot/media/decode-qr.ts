import jsQRModule from 'jsqr';
import sharp, { type Sharp } from 'sharp';

type JsQr = typeof jsQRModule.default;
// jsqr is CommonJS whose typings declare an ES default export: under Node's ESM interop the module
// object itself is the function, under a bundler `default` is. Take whichever is there.
const jsQR: JsQr = typeof jsQRModule === 'function' ? jsQRModule : jsQRModule.default;

/**
 * The widths a photo is decoded at, in turn, until a QR is found. A receipt's QR carries a long
 * signed token (about 70 modules a side), so on a photo of the whole A5 receipt each module is only
 * two or three pixels wide, and whether jsQR reads it depends on how the modules fall on the pixel
 * grid: one width misses a QR that the next one reads. Three passes read a receipt from a phone
 * screenshot (about 1,000 px wide) as well as from a camera photo (3,000 px and more).
 */
const DECODE_WIDTHS: readonly number[] = [1_200, 1_600, 800];
/** Refuse decompression bombs before sharp allocates their pixels. */
const MAX_INPUT_PIXELS = 40_000_000;
/** Bounded work per pass: a width that would make a very tall image larger than this is skipped. */
const MAX_DECODE_PIXELS = 8_000_000;

async function decodeAt(image: Sharp, width: number): Promise<string | undefined> {
  const { data, info } = await image
    .clone()
    .resize({ width })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const pixels = new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength);
  return jsQR(pixels, info.width, info.height, { inversionAttempts: 'attemptBoth' })?.data;
}

/**
 * The text of the QR code in a photo, or undefined when there is none (or the bytes are not an
 * image). Decoded on the server: the chat only gives us the photo.
 */
export async function decodeQr(bytes: Buffer): Promise<string | undefined> {
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).rotate();
    const { width, height, orientation = 1 } = await image.metadata();
    // EXIF orientations 5–8 turn the photo a quarter: its width is the stored height.
    const tallness = orientation >= 5 ? width / height : height / width;
    for (const decodeWidth of DECODE_WIDTHS) {
      if (decodeWidth * decodeWidth * tallness > MAX_DECODE_PIXELS) continue;
      const text = await decodeAt(image, decodeWidth);
      if (text !== undefined) return text;
    }
    return undefined;
  } catch {
    return undefined;
  }
}

/** The signed token of a receipt QR (`<public url>/q/<token>`), or undefined for any other text. */
export function receiptToken(qrText: string): string | undefined {
  const match = /\/q\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)\/?$/.exec(qrText.trim());
  return match?.[1];
}
