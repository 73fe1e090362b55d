import type { ReceiptView, SignatureView } from '../receipt-views.ts';
import { formatVietnamDateTime } from '../vietnam-time.ts';
import { count, drawQrBlock, drawSignatures } from './blocks.ts';
import { drawHeader, drawTitle, finishSheet, gap, labelled, openSheet, paragraph, type Sheet } from './layout.ts';
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

function drawApplicant(sheet: Sheet, view: ReceiptView): void {
  labelled(sheet, 'Bộ phận tiếp nhận và trả kết quả:', view.desk, { bold: false });
  labelled(sheet, 'Tiếp nhận hồ sơ của:', view.applicant.fullName);
  if (view.applicant.address) labelled(sheet, 'Địa chỉ:', view.applicant.address, { bold: false });
  if (view.applicant.phone) labelled(sheet, 'Số điện thoại:', view.applicant.phone, { bold: false });
  if (view.applicant.email) labelled(sheet, 'Email:', view.applicant.email, { bold: false });
  labelled(sheet, 'Nội dung yêu cầu giải quyết:', view.procedureName);
}

/**
 * Renders Mẫu 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả (TT 01/2018/TT-VPCP), on A5: header, title,
 * the QR with the dossier code beside it, the numbered items (1)–(6) of the form plus the fee line, the
 * register entry, both signatures and the notes. Long document lists continue on further pages.
 */
export async function renderReceipt(view: ReceiptView): Promise<Buffer> {
  const [sheet, png] = await Promise.all([
    openSheet({
      paper: 'A5',
      title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
      subject: 'Mẫu 01, Thông tư 01/2018/TT-VPCP',
      createdAt: view.header.issuedAt,
    }),
    qrPng(view.qr.url),
  ]);
  drawHeader(sheet, view.header);
  drawTitle(sheet, RECEIPT_TITLE);
  const qrLines = [
    ...(view.copy ? [COPY_LABELS[view.copy]] : []),
    view.qr.caption ?? 'Quét mã QR để tra cứu tình trạng hồ sơ',
  ];
  drawQrBlock(sheet, png, view.code, qrLines);
  drawApplicant(sheet, view);
  gap(sheet, 3);

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
  labelled(sheet, '6. Đăng ký nhận kết quả tại:', view.collectAt);
  if (view.fee) labelled(sheet, '7. Phí, lệ phí:', view.fee);
  gap(sheet, 3);
  paragraph(sheet, `Vào Sổ theo dõi hồ sơ, Quyển số: ${view.register.book}    Số thứ tự: ${view.register.entry}`, {
    italic: true,
  });
  gap(sheet);

  drawSignatures(sheet, signatures(view));
  paragraph(sheet, 'Ghi chú:', { bold: true, small: true });
  for (const note of NOTES) paragraph(sheet, `- ${note}`, { italic: true, small: true, align: 'justify' });
  return finishSheet(sheet, `Mã hồ sơ ${view.code}`);
}
