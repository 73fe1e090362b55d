import jsQRModule from 'jsqr';
import sharp from 'sharp';

type JsQr = typeof jsQRModule.default;
// jsqr is CommonJS whose typings declare an ES default export: under Node's ESM interop the module
// object itself is the function, under a bundler `default` is. Take whichever is there.
const jsQR: JsQr = typeof jsQRModule === 'function' ? jsQRModule : jsQRModule.default;

/** Photos are scaled down to this width before decoding: enough for a receipt's QR, and bounded work. */
const DECODE_WIDTH = 1_200;
/** Refuse decompression bombs before sharp allocates their pixels. */
const MAX_INPUT_PIXELS = 40_000_000;

/**
 * The text of the QR code in a photo, or undefined when there is none (or the bytes are not an
 * image). Decoded on the server: the chat only gives us the photo.
 */
export async function decodeQr(bytes: Buffer): Promise<string | undefined> {
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize({ width: DECODE_WIDTH, withoutEnlargement: true })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const pixels = new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength);
    const found = jsQR(pixels, info.width, info.height, { inversionAttempts: 'attemptBoth' });
    return found?.data;
  } catch {
    return undefined;
  }
}

/** The signed token of a receipt QR (`<public url>/q/<token>`), or undefined for any other text. */
export function receiptToken(qrText: string): string | undefined {
  const match = /\/q\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)\/?$/.exec(qrText.trim());
  return match?.[1];
}
