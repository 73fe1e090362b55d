import type { ReceiptView, SignatureView } from '../receipt-views.ts';
import { formatVietnamDateTime } from '../vietnam-time.ts';
import { count, drawQrBlock, drawSignatures } from './blocks.ts';
import {
  drawHeader,
  drawTitle,
  finishSheet,
  gap,
  labelled,
  openSheet,
  pageCount,
  paragraph,
  type Sheet,
  type SheetStyle,
} from './layout.ts';
import { qrPng } from './qr-image.ts';
import { drawTable } from './table.ts';

/** Title of Mẫu 01 (TT 01/2018/TT-VPCP; kept by TT 03/2025/TT-VPCP). */
export const RECEIPT_TITLE = 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ';

const COPY_LABELS = {
  1: 'Liên 1: Lưu kèm Phiếu kiểm soát quá trình giải quyết hồ sơ',
  2: 'Liên 2: Giao người nộp hồ sơ',
} as const;

// The notes of Mẫu 01: the receipt is made in two copies, and results can come by public post.
const NOTES = [
  'Giấy tiếp nhận hồ sơ và hẹn trả kết quả được lập thành 02 liên: Liên 1 lưu kèm Phiếu kiểm soát quá trình giải quyết hồ sơ; Liên 2 giao cho người nộp hồ sơ.',
  'Người nộp hồ sơ nhận kết quả tại Bộ phận tiếp nhận và trả kết quả, hoặc đăng ký nhận qua dịch vụ bưu chính công ích. Vui lòng mang theo giấy này khi đến nhận kết quả.',
];

function signatures(view: ReceiptView): SignatureView[] {
  const receiver = { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', ...(view.receiverName ? { name: view.receiverName } : {}) };
  if (view.electronic) return [{ ...receiver, note: '(Chữ ký số của tổ chức)' }];
  return [{ title: 'NGƯỜI NỘP HỒ SƠ', name: view.applicant.fullName }, receiver];
}

/**
 * How tightly Mẫu 01 is set. The form is one A5 sheet; long fee texts, unit names or document lists
 * are set tighter, step by step, until it fits (the last step prints notes at 6.5 pt, still legible
 * on paper). A list too long for any step flows onto further pages at the normal size.
 */
interface ReceiptFit {
  style: Partial<SheetStyle>;
  /** Room to sign above the names. */
  signingSpace: number;
  qrSize: number;
  /** Texts longer than this (characters) are set in the small size. */
  longText: number;
}

const FITS: readonly ReceiptFit[] = [
  { style: {}, signingSpace: 36, qrSize: 84, longText: Infinity },
  { style: { body: 9, small: 7.5, gap: 4 }, signingSpace: 30, qrSize: 80, longText: 160 },
  { style: { header: 8, title: 11, body: 8.5, small: 7, gap: 3 }, signingSpace: 26, qrSize: 72, longText: 120 },
  { style: { header: 7.5, title: 10.5, body: 8, small: 6.5, gap: 2 }, signingSpace: 22, qrSize: 64, longText: 80 },
];

/** A line of the form whose value may be long: in the small size once it is longer than the fit allows. */
function item(sheet: Sheet, fit: ReceiptFit, label: string, value: string, bold = true): void {
  labelled(sheet, label, value, { bold, small: value.length > fit.longText });
}

function drawApplicant(sheet: Sheet, view: ReceiptView, fit: ReceiptFit): void {
  item(sheet, fit, 'Bộ phận tiếp nhận và trả kết quả:', view.desk, false);
  labelled(sheet, 'Tiếp nhận hồ sơ của:', view.applicant.fullName);
  if (view.applicant.address) item(sheet, fit, 'Địa chỉ:', view.applicant.address, false);
  if (view.applicant.phone) labelled(sheet, 'Số điện thoại:', view.applicant.phone, { bold: false });
  if (view.applicant.email) labelled(sheet, 'Email:', view.applicant.email, { bold: false });
  item(sheet, fit, 'Nội dung yêu cầu giải quyết:', view.procedureName);
}

function drawItems(sheet: Sheet, view: ReceiptView, fit: ReceiptFit): void {
  paragraph(sheet, '1. Thành phần hồ sơ nộp gồm:');
  gap(sheet, 2);
  drawTable(
    sheet,
    [
      { header: 'STT', share: 0.09, align: 'center' },
      { header: 'Tên giấy tờ', share: 0.61 },
      { header: 'Bản chính', share: 0.15, align: 'center' },
      { header: 'Bản sao', share: 0.15, align: 'center' },
    ],
    view.documents.map((d, i) => [String(i + 1), d.name, count(d.originals), count(d.copies)]),
    { small: true },
  );
  labelled(sheet, '2. Số lượng hồ sơ:', `${count(view.sets)} (bộ)`);
  labelled(sheet, '3. Thời gian giải quyết hồ sơ theo quy định:', view.legalTimeLimit);
  labelled(sheet, '4. Thời gian nhận hồ sơ:', formatVietnamDateTime(view.receivedAt));
  labelled(sheet, '5. Thời gian trả kết quả giải quyết hồ sơ:', formatVietnamDateTime(view.dueAt));
  item(sheet, fit, '6. Đăng ký nhận kết quả tại:', view.collectAt);
  if (view.fee) item(sheet, fit, '7. Phí, lệ phí:', view.fee);
}

async function layOut(view: ReceiptView, png: Buffer, fit: ReceiptFit): Promise<Sheet> {
  const sheet = await openSheet({
    paper: 'A5',
    title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
    subject: 'Mẫu 01, Thông tư 01/2018/TT-VPCP',
    createdAt: view.header.issuedAt,
    style: fit.style,
  });
  drawHeader(sheet, view.header);
  drawTitle(sheet, RECEIPT_TITLE);
  const qrLines = [
    ...(view.copy ? [COPY_LABELS[view.copy]] : []),
    view.qr.caption ?? 'Quét mã QR để tra cứu tình trạng hồ sơ',
  ];
  // The due date also stands beside the code, so that it is on the first page whatever follows.
  const due = `Hẹn trả kết quả: ${formatVietnamDateTime(view.dueAt)}`;
  drawQrBlock(sheet, png, view.code, qrLines, fit.qrSize, due);
  drawApplicant(sheet, view, fit);
  gap(sheet, sheet.style.gap / 2);
  drawItems(sheet, view, fit);
  gap(sheet, sheet.style.gap / 2);
  paragraph(sheet, `Vào Sổ theo dõi hồ sơ, Quyển số: ${view.register.book}    Số thứ tự: ${view.register.entry}`, {
    italic: true,
  });
  gap(sheet);
  drawSignatures(sheet, signatures(view), fit.signingSpace);
  paragraph(sheet, 'Ghi chú:', { bold: true, small: true });
  for (const note of NOTES) paragraph(sheet, `- ${note}`, { italic: true, small: true, align: 'justify' });
  return sheet;
}

/**
 * Renders Mẫu 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả (TT 01/2018/TT-VPCP), on one A5 sheet: header,
 * title, the QR with the dossier code and due date beside it, the numbered items (1)–(6) of the form
 * plus the fee line, the register entry, both signatures and the notes. The tightest fit that keeps it
 * on one page is used; a document list too long for one page continues on further pages.
 */
export async function renderReceipt(view: ReceiptView): Promise<Buffer> {
  const png = await qrPng(view.qr.url);
  const footer = `Mã hồ sơ ${view.code}`;
  const [normal, ...tighter] = FITS.map((fit) => () => layOut(view, png, fit));
  const tightest = tighter.pop();
  if (!normal || !tightest) throw new Error('Mẫu 01 has no fit');
  // Sheets that are not kept are dropped unfinished: only the one kept is written out.
  const plain = await normal();
  // Two pages or more of A5 are a long document list, which no tighter setting brings onto one.
  if (pageCount(plain) === 1 || pageCount(plain) > 2) return finishSheet(plain, footer);
  const tight = await tightest();
  if (pageCount(tight) > 1) return finishSheet(plain, footer);
  for (const next of tighter) {
    const sheet = await next();
    if (pageCount(sheet) === 1) return finishSheet(sheet, footer);
  }
  return finishSheet(tight, footer);
}
