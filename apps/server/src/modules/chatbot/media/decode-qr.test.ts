import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { qrPng } from '../../receipts/index.ts';
import { decodeQr, receiptToken } from './decode-qr.ts';

/** As long as a real receipt's: a tracking URL with an EdDSA-signed token (about 70 modules a side). */
const RECEIPT_URL =
  'http://127.0.0.1:41234/q/eyJhbGciOiJFZERTQSIsImtpZCI6InRheS1uaW5oLTIwMjYxMTI0LWVlNDQzMiJ9.' +
  'eyJ0IjoidGF5LW5pbmgiLCJjIjoiMDAwLjIwLjAxLkg1My0yNjExMjQtMDAwMSIsImsiOiIyQkJSVVpCNTZEIiwiaWF0IjoxNzk1NTM2ODAzfQ.' +
  '_vvJ3WIAdxj3B9RjYaZS3CjkBv9iyjZxo4DXJx0C6XyewsOxBJcLMSqjKnlLYbCRo7eS9BpVs5kAxnncOq1-AQ';

/**
 * An A5 receipt (148 × 210 mm) as a phone shows it `width` pixels wide: the QR drawn straight at
 * that resolution in the top right corner, a sixth of the width, as a PDF viewer or a camera does.
 */
async function receiptPhoto(width: number): Promise<Buffer> {
  const side = Math.round(width / 6);
  const qr = await sharp(await qrPng(RECEIPT_URL))
    .resize({ width: side })
    .toBuffer();
  const page = { width, height: Math.round((width * 210) / 148), channels: 3, background: '#ffffff' } as const;
  return sharp({ create: page })
    .composite([{ input: qr, top: Math.round(width * 0.15), left: width - side - Math.round(width * 0.08) }])
    .png()
    .toBuffer();
}

describe('reading the QR of a receipt from a photo', () => {
  // From a small screenshot to a camera photo: each module lands on a different number of pixels.
  it.each([760, 875, 1_000, 1_080, 1_166, 1_440, 2_000, 3_000])('reads it on a %i px wide photo', async (width) => {
    const text = await decodeQr(await receiptPhoto(width));
    expect(text).toBe(RECEIPT_URL);
    expect(receiptToken(text ?? '')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it('finds nothing in a photo without a QR, and nothing in bytes that are not an image', async () => {
    const blank = await sharp({ create: { width: 900, height: 1_200, channels: 3, background: '#ffffff' } })
      .jpeg()
      .toBuffer();
    expect(await decodeQr(blank)).toBeUndefined();
    expect(await decodeQr(Buffer.from('not an image'))).toBeUndefined();
  });

  it('takes only a receipt URL’s token', () => {
    expect(receiptToken(`${RECEIPT_URL}/`)).toBe(receiptToken(RECEIPT_URL));
    expect(receiptToken('https://example.test/not-a-receipt')).toBeUndefined();
  });
});
