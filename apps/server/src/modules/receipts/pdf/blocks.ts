import type { SignatureView } from '../receipt-views.ts';
import { FONT } from './fonts.ts';
import { ensureSpace, frame, type Sheet } from './layout.ts';

/** Signature blocks side by side: role, "(Ký và ghi rõ họ tên)", room to sign, then the name. */
export function drawSignatures(sheet: Sheet, blocks: readonly SignatureView[], signingSpace = 36): void {
  const { doc, style } = sheet;
  const { left, width } = frame(doc);
  ensureSpace(sheet, signingSpace + (style.body * 2 + style.small) * 1.3);
  const top = doc.y;
  // A lone signer signs on the right half, as on administrative letters.
  const columns = Math.max(2, blocks.length);
  const columnWidth = width / columns;
  let bottom = top;
  blocks.forEach((block, i) => {
    const x = left + (i + columns - blocks.length) * columnWidth;
    doc.font(FONT.bodyBold).fontSize(style.body).text(block.title, x, top, { width: columnWidth, align: 'center' });
    doc.font(FONT.bodyItalic).fontSize(style.small);
    doc.text(block.note ?? '(Ký và ghi rõ họ tên)', x, doc.y, { width: columnWidth, align: 'center' });
    const nameY = doc.y + signingSpace;
    if (block.name) {
      doc.font(FONT.bodyBold).fontSize(style.body);
      doc.text(block.name.normalize('NFC'), x, nameY, { width: columnWidth, align: 'center' });
    }
    bottom = Math.max(bottom, block.name ? doc.y : nameY);
  });
  doc.y = bottom + style.gap;
  doc.x = left;
}

/**
 * The QR with the dossier code printed beside it: the image on the right edge, the code, an
 * optional line in bold (the due date on Mẫu 01) and the hint lines to its left.
 */
export function drawQrBlock(
  sheet: Sheet,
  png: Buffer,
  code: string,
  lines: readonly string[],
  size = 84,
  emphasis?: string,
): void {
  const { doc, style } = sheet;
  const { left, width } = frame(doc);
  ensureSpace(sheet, size + 2);
  const top = doc.y;
  doc.image(png, left + width - size, top, { width: size, height: size });
  const textWidth = width - size - 10;
  doc
    .font(FONT.body)
    .fontSize(style.body)
    .text('Mã hồ sơ:', left, top + 8, { width: textWidth });
  doc.font(FONT.bodyBold).fontSize(style.title).text(code, left, doc.y, { width: textWidth });
  if (emphasis)
    doc
      .font(FONT.bodyBold)
      .fontSize(style.body)
      .text(emphasis.normalize('NFC'), left, doc.y + 2, { width: textWidth });
  doc.font(FONT.bodyItalic).fontSize(style.small);
  for (const line of lines) doc.text(line.normalize('NFC'), left, doc.y + 2, { width: textWidth });
  doc.y = Math.max(doc.y, top + size) + style.gap;
  doc.x = left;
}

/** Counts on the forms are written with two digits ("01 bộ"); none is a dash. */
export function count(n: number): string {
  return n === 0 ? '—' : String(n).padStart(2, '0');
}
