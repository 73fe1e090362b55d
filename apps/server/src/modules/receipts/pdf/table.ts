import { FONT, type FontName } from './fonts.ts';
import { frame, type Sheet } from './layout.ts';

type Align = 'left' | 'center' | 'right';

/** A run of text inside a cell. */
export interface CellText {
  text: string;
  style?: 'regular' | 'bold' | 'italic';
  align?: Align;
  /** Extra space after the run, in points (room to sign). */
  after?: number;
}

/** Two texts side by side inside a cell, each centred in its half (e.g. "Người giao" | "Người nhận"). */
export interface CellPair {
  pair: readonly [string, string];
  style?: 'regular' | 'bold' | 'italic';
  after?: number;
}

/** A cell: plain text, or a stack of runs and pairs. */
export type TableCell = string | readonly (CellText | CellPair)[];

/** A column: header text, share of the width, alignment of its cells. */
export interface TableColumn {
  header: string;
  /** Share of the table width (the shares of all columns add up to 1). */
  share: number;
  align?: Align;
}

const PADDING = 3;
const LINE_GAP = 1;

function fontOf(style: CellText['style']): FontName {
  if (style === 'bold') return FONT.bodyBold;
  if (style === 'italic') return FONT.bodyItalic;
  return FONT.body;
}

function runsOf(cell: TableCell, align: Align): readonly (CellText | CellPair)[] {
  return typeof cell === 'string' ? [{ text: cell, align }] : cell;
}

function runHeight(doc: PDFKit.PDFDocument, run: CellText | CellPair, width: number, size: number): number {
  doc.font(fontOf(run.style)).fontSize(size);
  const options = { width, lineGap: LINE_GAP };
  if ('pair' in run) {
    const half = { ...options, width: width / 2 };
    return Math.max(doc.heightOfString(run.pair[0], half), doc.heightOfString(run.pair[1], half)) + (run.after ?? 0);
  }
  return doc.heightOfString(run.text, options) + (run.after ?? 0);
}

function cellHeight(doc: PDFKit.PDFDocument, cell: TableCell, width: number, size: number, align: Align): number {
  return runsOf(cell, align).reduce((sum, run) => sum + runHeight(doc, run, width - 2 * PADDING, size), 0);
}

function drawCell(
  doc: PDFKit.PDFDocument,
  cell: TableCell,
  box: { x: number; y: number; width: number; height: number },
  size: number,
  align: Align,
): void {
  doc.rect(box.x, box.y, box.width, box.height).lineWidth(0.5).stroke();
  const inner = box.width - 2 * PADDING;
  let y = box.y + PADDING;
  for (const run of runsOf(cell, align)) {
    const height = runHeight(doc, run, inner, size);
    doc.font(fontOf(run.style)).fontSize(size);
    // A height keeps pdfkit from breaking the page inside a cell; the row was measured to fit.
    const options = { lineGap: LINE_GAP, height: height + 2 };
    if ('pair' in run) {
      const half = inner / 2;
      doc.text(run.pair[0].normalize('NFC'), box.x + PADDING, y, { ...options, width: half, align: 'center' });
      doc.text(run.pair[1].normalize('NFC'), box.x + PADDING + half, y, { ...options, width: half, align: 'center' });
    } else {
      doc.text(run.text.normalize('NFC'), box.x + PADDING, y, { ...options, width: inner, align: run.align ?? align });
    }
    y += height;
  }
}

/**
 * Draws a ruled table across the text area. Rows never split: a row that does not fit moves to the
 * next page, and the header row is repeated there.
 */
export function drawTable(
  sheet: Sheet,
  columns: readonly TableColumn[],
  rows: readonly (readonly TableCell[])[],
  options: { small?: boolean } = {},
): void {
  const { doc, style } = sheet;
  const { left, width } = frame(doc);
  const size = options.small ? style.small : style.body;
  const widths = columns.map((c) => c.share * width);
  const headerCells: TableCell[] = columns.map((c) => [{ text: c.header, style: 'bold', align: 'center' }]);

  function measure(cells: readonly TableCell[]): number {
    const heights = cells.map((cell, i) => cellHeight(doc, cell, widths[i] ?? 0, size, columns[i]?.align ?? 'left'));
    return Math.max(0, ...heights) + 2 * PADDING;
  }

  function drawRow(cells: readonly TableCell[], height: number): void {
    const y = doc.y;
    let x = left;
    cells.forEach((cell, i) => {
      const w = widths[i] ?? 0;
      drawCell(doc, cell, { x, y, width: w, height }, size, columns[i]?.align ?? 'left');
      x += w;
    });
    doc.y = y + height;
  }

  const headerHeight = measure(headerCells);
  const firstRowHeight = rows[0] ? measure(rows[0]) : 0;
  if (doc.y + headerHeight + firstRowHeight > doc.page.maxY()) doc.addPage();
  drawRow(headerCells, headerHeight);
  for (const cells of rows) {
    const height = measure(cells);
    if (doc.y + height > doc.page.maxY()) {
      doc.addPage();
      drawRow(headerCells, headerHeight);
    }
    drawRow(cells, height);
  }
  doc.x = left;
  doc.y += style.gap;
}
