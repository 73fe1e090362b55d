import QRCode from 'qrcode';

/**
 * How receipt QR codes are drawn: error correction M (15 % of the code may be smudged or folded), a
 * two-module margin inside the image (the page around it completes the quiet zone), four pixels per
 * module, pure black on white. TT 01/2018/TT-VPCP Điều 19(2) allows a barcode or QR next to the code.
 */
export const QR_IMAGE_OPTIONS = {
  type: 'png',
  errorCorrectionLevel: 'M',
  margin: 2,
  scale: 4,
  color: { dark: '#000000ff', light: '#ffffffff' },
} as const satisfies QRCode.QRCodeToBufferOptions;

/** The PNG placed on the forms for a tracking URL. */
export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, QR_IMAGE_OPTIONS);
}
