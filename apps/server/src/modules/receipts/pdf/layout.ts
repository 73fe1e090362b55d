import PDFDocument from 'pdfkit';
import type { DocumentHeaderView } from '../receipt-views.ts';
import { formatPlaceAndDate } from '../vietnam-time.ts';
import { FONT, loadFonts, registerFonts, type FontName } from './fonts.ts';

/** Font sizes (pt) per paper: A5 forms are set small, the A4 tracking sheet a little larger. */
export interface SheetStyle {
  header: number;
  title: number;
  body: number;
  small: number;
  /** Vertical space between blocks. */
  gap: number;
}

/** A document being laid out, with the sizes of its paper. */
export interface Sheet {
  doc: PDFKit.PDFDocument;
  style: SheetStyle;
  /** Resolves with the file once `finishSheet` ended the document. */
  bytes: Promise<Buffer>;
}

/** Paper, orientation and metadata of a new document. */
export interface SheetOptions {
  paper: 'A5' | 'A4';
  orientation?: 'portrait' | 'landscape';
  /** Metadata title: the form's name only, never personal data. */
  title: string;
  /** Metadata subject: the form number and circular. */
  subject: string;
  /** The document date, used as the PDF creation date so equal views give equal bytes. */
  createdAt: Date;
  /** Smaller sizes than the paper's own, for a form that must keep to one sheet. */
  style?: Partial<SheetStyle>;
}

const STYLES: Record<SheetOptions['paper'], SheetStyle> = {
  A5: { header: 8.5, title: 11.5, body: 9.5, small: 8, gap: 6 },
  A4: { header: 10, title: 13, body: 10.5, small: 9, gap: 8 },
};

/**
 * Margins follow the proportions of NĐ 30/2020/NĐ-CP (wider binding edge on the left), scaled down
 * for A5, the paper of Mẫu 01–04 (TT 01/2018/TT-VPCP).
 */
const MARGINS: Record<SheetOptions['paper'], PDFKit.Mixins.ExpandedSides<number>> = {
  A5: { top: 28, bottom: 34, left: 40, right: 28 },
  A4: { top: 42, bottom: 42, left: 62, right: 40 },
};

/** Author and creator recorded in every file. */
export const PDF_AUTHOR = 'Một Cửa';

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** Opens a document with the Vietnamese fonts registered and the metadata set. */
export async function openSheet(options: SheetOptions): Promise<Sheet> {
  const fonts = await loadFonts();
  const doc = new PDFDocument({
    size: options.paper,
    layout: options.orientation ?? 'portrait',
    margins: MARGINS[options.paper],
    bufferPages: true,
    pdfVersion: '1.7',
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: options.title,
      Subject: options.subject,
      Author: PDF_AUTHOR,
      Creator: PDF_AUTHOR,
      Producer: PDF_AUTHOR,
      CreationDate: options.createdAt,
      ModDate: options.createdAt,
    },
  });
  const bytes = collect(doc);
  registerFonts(doc, fonts);
  doc.font(FONT.body);
  return { doc, style: { ...STYLES[options.paper], ...options.style }, bytes };
}

/** Left edge and width of the text area of the current page. */
export function frame(doc: PDFKit.PDFDocument): { left: number; width: number } {
  const { left, right } = doc.page.margins;
  return { left, width: doc.page.width - left - right };
}

/** How many pages the document has so far. */
export function pageCount(sheet: Sheet): number {
  return sheet.doc.bufferedPageRange().count;
}

/** Starts a new page when fewer than `height` points are left on this one. */
export function ensureSpace(sheet: Sheet, height: number): void {
  if (sheet.doc.y + height > sheet.doc.page.maxY()) sheet.doc.addPage();
}

/** Moves down by the sheet's block gap (or `points`). */
export function gap(sheet: Sheet, points = sheet.style.gap): void {
  sheet.doc.y += points;
  sheet.doc.x = frame(sheet.doc).left;
}

function rule(doc: PDFKit.PDFDocument, centre: number, width: number, y: number): void {
  doc
    .moveTo(centre - width / 2, y)
    .lineTo(centre + width / 2, y)
    .lineWidth(0.6)
    .stroke();
}

/** Shrinks the font size until `text` fits on one line of `width`. */
function fitSize(doc: PDFKit.PDFDocument, font: FontName, text: string, width: number, size: number): number {
  let fitted = size;
  doc.font(font);
  while (fitted > 6 && doc.fontSize(fitted).widthOfString(text) > width) fitted -= 0.25;
  doc.fontSize(fitted);
  return fitted;
}

const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO_LINE = 'Độc lập - Tự do - Hạnh phúc';

/**
 * The header of every form (layout of NĐ 30/2020/NĐ-CP, used by the TT 01/2018 forms): issuer and "Số:"
 * on the left, the national motto and the place-and-date line on the right, each with a short rule.
 */
export function drawHeader(sheet: Sheet, header: DocumentHeaderView): void {
  const { doc, style } = sheet;
  const { left, width } = frame(doc);
  const top = doc.y;
  const leftWidth = width * 0.42;
  const rightX = left + leftWidth + 4;
  const rightWidth = width - leftWidth - 4;

  doc.font(FONT.heading).fontSize(style.header);
  doc.text(header.issuer.parent.toUpperCase(), left, top, { width: leftWidth, align: 'center' });
  // The unit's name stays on one line when a slightly smaller size allows it.
  const unit = header.issuer.name.toUpperCase();
  const unitSize = fitSize(doc, FONT.headingBold, unit, leftWidth, style.header);
  doc.fontSize(unitSize >= style.header - 1 ? unitSize : style.header);
  doc.text(unit, left, doc.y, { width: leftWidth, align: 'center' });
  rule(doc, left + leftWidth / 2, leftWidth / 3, doc.y + 2);
  const leftBottom = doc.y + 4;

  const mottoSize = fitSize(doc, FONT.headingBold, MOTTO, rightWidth, style.header);
  doc.text(MOTTO, rightX, top, { width: rightWidth, align: 'center' });
  doc.font(FONT.headingBold).fontSize(mottoSize + 0.5);
  const mottoWidth = doc.widthOfString(MOTTO_LINE);
  doc.text(MOTTO_LINE, rightX, doc.y, { width: rightWidth, align: 'center' });
  rule(doc, rightX + rightWidth / 2, mottoWidth, doc.y + 2);
  const rightBottom = doc.y + 4;

  const lineY = Math.max(leftBottom, rightBottom) + 2;
  doc.font(FONT.heading).fontSize(style.header);
  doc.text(`Số: ${header.number ?? '……………'}`, left, lineY, { width: leftWidth, align: 'center' });
  const numberBottom = doc.y;
  doc.font(FONT.headingItalic).fontSize(style.header);
  doc.text(formatPlaceAndDate(header.place, header.issuedAt), rightX, lineY, { width: rightWidth, align: 'center' });
  doc.y = Math.max(numberBottom, doc.y) + style.gap * 1.5;
  doc.x = left;
}

/** The form's title in bold capitals, centred, with optional lines under it. */
export function drawTitle(sheet: Sheet, title: string, lines: readonly string[] = []): void {
  const { doc, style } = sheet;
  const { left, width } = frame(doc);
  // A title stays on one line when a size at most 1.5 pt smaller allows it; else it wraps.
  const size = fitSize(doc, FONT.headingBold, title, width, style.title);
  doc.fontSize(size >= style.title - 1.5 ? size : style.title);
  doc.text(title, left, doc.y, { width, align: 'center' });
  doc.font(FONT.headingItalic).fontSize(style.body);
  for (const line of lines) doc.text(line, left, doc.y, { width, align: 'center' });
  gap(sheet);
}

/** Style of a paragraph of body text. */
export interface TextOptions {
  bold?: boolean;
  italic?: boolean;
  small?: boolean;
  align?: 'left' | 'center' | 'right' | 'justify';
  indent?: number;
}

function bodyFont(options: TextOptions): FontName {
  if (options.bold && options.italic) return FONT.bodyBoldItalic;
  if (options.bold) return FONT.bodyBold;
  if (options.italic) return FONT.bodyItalic;
  return FONT.body;
}

/** A paragraph across the text area; long text wraps and flows onto the next page. */
export function paragraph(sheet: Sheet, text: string, options: TextOptions = {}): void {
  const { doc, style } = sheet;
  const { left, width } = frame(doc);
  const indent = options.indent ?? 0;
  doc.font(bodyFont(options)).fontSize(options.small ? style.small : style.body);
  doc.text(text.normalize('NFC'), left + indent, doc.y, {
    width: width - indent,
    align: options.align ?? 'left',
    lineGap: 1.5,
  });
  doc.x = left;
}

/** "Label: value" with the value in bold, wrapping as one paragraph. */
export function labelled(sheet: Sheet, label: string, value: string, options: TextOptions = {}): void {
  const { doc, style } = sheet;
  const { left, width } = frame(doc);
  const indent = options.indent ?? 0;
  const size = options.small ? style.small : style.body;
  const layout = { width: width - indent, lineGap: 1.5, align: options.align ?? 'left' } as const;
  doc
    .font(FONT.body)
    .fontSize(size)
    .text(`${label} `, left + indent, doc.y, { ...layout, continued: true });
  doc.font(options.bold === false ? FONT.body : FONT.bodyBold).text(value.normalize('NFC'), layout);
  doc.x = left;
}

/**
 * Prints "<label> · Trang i/n" at the foot of each page when the document has more than one, ends the
 * document and returns its bytes.
 */
export async function finishSheet(sheet: Sheet, footerLabel: string): Promise<Buffer> {
  const { doc, style } = sheet;
  const range = doc.bufferedPageRange();
  if (range.count > 1) {
    for (let i = range.start; i < range.start + range.count; i += 1) {
      doc.switchToPage(i);
      const { left, width } = frame(doc);
      const bottom = doc.page.margins.bottom;
      // Writing inside the bottom margin would otherwise start a new page.
      doc.page.margins.bottom = 0;
      doc
        .font(FONT.body)
        .fontSize(style.small - 1)
        .fillColor('#444444');
      const label = `${footerLabel} · Trang ${i - range.start + 1}/${range.count}`;
      doc.text(label, left, doc.page.height - bottom / 2 - 4, { width, align: 'center', lineBreak: false });
      doc.fillColor('#000000');
      doc.page.margins.bottom = bottom;
    }
  }
  doc.end();
  return sheet.bytes;
}
