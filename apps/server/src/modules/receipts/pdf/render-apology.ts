import type { ApologyTitle, ApologyView } from '../receipt-views.ts';
import { formatVietnamDate, formatVietnamDateTime } from '../vietnam-time.ts';
import { FONT } from './fonts.ts';
import { drawQrBlock } from './blocks.ts';
import {
  drawHeader,
  drawTitle,
  ensureSpace,
  finishSheet,
  frame,
  gap,
  labelled,
  openSheet,
  paragraph,
  type Sheet,
} from './layout.ts';
import { qrPng } from './qr-image.ts';

/**
 * Titles of Mẫu 04: TT 01/2018/TT-VPCP "Phiếu xin lỗi và hẹn lại ngày trả kết quả"; TT 03/2025/TT-VPCP
 * renames it "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết".
 */
export const APOLOGY_TITLES: Readonly<Record<ApologyTitle, string>> = {
  'tt01-2018': 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
  'tt03-2025': 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
};

/** The closing sentence up to the new date, which is printed in bold after it. */
function closing(title: ApologyTitle): string {
  const apology = 'Sự chậm trễ này đã gây phiền hà cho Ông/Bà. Chúng tôi thành thật xin lỗi Ông/Bà và';
  return title === 'tt03-2025'
    ? `${apology} đề nghị Ông/Bà đồng ý gia hạn thời gian giải quyết hồ sơ đến`
    : `${apology} hẹn lại thời gian trả kết quả giải quyết hồ sơ vào`;
}

/** "Nơi nhận" at the bottom left and the signer at the right, as on administrative letters. */
function drawRecipientsAndSigner(sheet: Sheet, view: ApologyView): void {
  const { doc, style } = sheet;
  const { left, width } = frame(doc);
  ensureSpace(sheet, 110);
  const top = doc.y;
  const half = width / 2;
  const recipients = view.recipients ?? ['Như trên;', 'Bộ phận tiếp nhận và trả kết quả;', 'Lưu: VT.'];
  doc
    .font(FONT.bodyBoldItalic)
    .fontSize(style.small)
    .text('Nơi nhận:', left, top, { width: half - 6 });
  doc.font(FONT.body).fontSize(style.small - 0.5);
  for (const line of recipients) doc.text(`- ${line.normalize('NFC')}`, left, doc.y, { width: half - 6 });
  const leftBottom = doc.y;

  doc.font(FONT.bodyBold).fontSize(style.body);
  doc.text(view.signer.title, left + half, top, { width: half, align: 'center' });
  doc.font(FONT.bodyItalic).fontSize(style.small);
  doc.text(view.signer.note ?? '(Ký, ghi rõ họ tên và đóng dấu)', left + half, doc.y, { width: half, align: 'center' });
  let rightBottom = doc.y + 48;
  if (view.signer.name) {
    doc.font(FONT.bodyBold).fontSize(style.body);
    doc.text(view.signer.name.normalize('NFC'), left + half, rightBottom, { width: half, align: 'center' });
    rightBottom = doc.y;
  }
  doc.y = Math.max(leftBottom, rightBottom) + style.gap;
  doc.x = left;
}

/**
 * Renders Mẫu 04 on A5: the apology for a late dossier, its reason, the original due date and the one
 * new date (a dossier may be re-appointed once).
 */
export async function renderApology(view: ApologyView): Promise<Buffer> {
  const title = view.title ?? 'tt01-2018';
  const [sheet, png] = await Promise.all([
    openSheet({
      paper: 'A5',
      title:
        title === 'tt03-2025'
          ? 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết'
          : 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
      subject: title === 'tt03-2025' ? 'Mẫu 04, Thông tư 03/2025/TT-VPCP' : 'Mẫu 04, Thông tư 01/2018/TT-VPCP',
      createdAt: view.header.issuedAt,
    }),
    view.qr ? qrPng(view.qr.url) : undefined,
  ]);
  drawHeader(sheet, view.header);
  drawTitle(sheet, APOLOGY_TITLES[title]);
  paragraph(sheet, `Kính gửi: Ông/Bà ${view.applicant.fullName}`, { bold: true, align: 'center' });
  gap(sheet);

  paragraph(
    sheet,
    `Ngày ${formatVietnamDate(view.receivedAt).slice('ngày '.length)}, ${view.desk} tiếp nhận hồ sơ của Ông/Bà đề nghị giải quyết thủ tục hành chính: ${view.procedureName}.`,
    { align: 'justify' },
  );
  labelled(sheet, 'Mã hồ sơ:', view.code);
  labelled(sheet, 'Thời gian hẹn trả kết quả giải quyết hồ sơ:', formatVietnamDateTime(view.originalDueAt));
  gap(sheet, 3);
  paragraph(sheet, 'Tuy nhiên đến nay, hồ sơ của Ông/Bà chưa được giải quyết xong đúng hạn như đã hẹn.', {
    align: 'justify',
  });
  labelled(sheet, 'Lý do:', view.reason, { bold: false });
  gap(sheet, 3);
  labelled(sheet, closing(title), `${formatVietnamDateTime(view.newDueAt)}.`);
  paragraph(sheet, 'Xin trân trọng cảm ơn sự hợp tác của Ông/Bà./.', { italic: true });
  gap(sheet);
  if (png) {
    drawQrBlock(sheet, png, view.code, [view.qr?.caption ?? 'Quét mã QR để theo dõi hồ sơ'], 72);
  }
  drawRecipientsAndSigner(sheet, view);
  return finishSheet(sheet, `Mã hồ sơ ${view.code}`);
}
