import type { SupplementRequestView } from '../receipt-views.ts';
import { formatVietnamDateTime } from '../vietnam-time.ts';
import { drawQrBlock, drawSignatures } from './blocks.ts';
import { drawHeader, drawTitle, finishSheet, gap, labelled, openSheet, paragraph } from './layout.ts';
import { qrPng } from './qr-image.ts';
import { drawTable } from './table.ts';

/** Title of Mẫu 02 (TT 01/2018/TT-VPCP; same number in TT 03/2025/TT-VPCP). */
export const SUPPLEMENT_REQUEST_TITLE = 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ';

/**
 * Renders Mẫu 02 on A5. Every missing or incorrect item is listed, each with its reason, so the
 * applicant is told everything at once, as NĐ 61/2018/NĐ-CP requires for a supplement request
 * ("hướng dẫn đầy đủ, cụ thể một lần").
 */
export async function renderSupplementRequest(view: SupplementRequestView): Promise<Buffer> {
  if (view.items.length === 0) throw new RangeError('a supplement request lists at least one item');
  const [sheet, png] = await Promise.all([
    openSheet({
      paper: 'A5',
      title: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
      subject: 'Mẫu 02, Thông tư 01/2018/TT-VPCP',
      createdAt: view.header.issuedAt,
    }),
    view.qr ? qrPng(view.qr.url) : undefined,
  ]);
  drawHeader(sheet, view.header);
  drawTitle(sheet, SUPPLEMENT_REQUEST_TITLE);
  if (png) {
    const caption = view.qr?.caption ?? 'Quét mã QR để xem yêu cầu và nộp bổ sung trực tuyến';
    drawQrBlock(sheet, png, view.code, [caption], 72);
  } else {
    labelled(sheet, 'Mã hồ sơ:', view.code);
  }

  labelled(sheet, 'Bộ phận tiếp nhận và trả kết quả:', view.desk, { bold: false });
  labelled(sheet, 'Tiếp nhận hồ sơ của:', view.applicant.fullName);
  labelled(sheet, 'Nội dung yêu cầu giải quyết:', view.procedureName);
  if (view.receivedAt) labelled(sheet, 'Thời gian nộp hồ sơ:', formatVietnamDateTime(view.receivedAt), { bold: false });
  gap(sheet, 3);

  paragraph(
    sheet,
    `Sau khi xem xét, kiểm tra thành phần hồ sơ, đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm ${view.items.length} nội dung sau (đây là toàn bộ các nội dung cần bổ sung, hoàn thiện):`,
    { align: 'justify' },
  );
  gap(sheet, 2);
  drawTable(
    sheet,
    [
      { header: 'STT', share: 0.09, align: 'center' },
      { header: 'Nội dung cần bổ sung, hoàn thiện', share: 0.46 },
      { header: 'Lý do', share: 0.45 },
    ],
    view.items.map((item, i) => [String(i + 1), item.item, item.reason]),
    { small: true },
  );
  if (view.deadlineNote) paragraph(sheet, view.deadlineNote, { small: true, align: 'justify' });
  const contact = view.contact ? ` theo ${view.contact}` : '';
  paragraph(
    sheet,
    `Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ Bộ phận tiếp nhận và trả kết quả${contact} để được hướng dẫn.`,
    { small: true, align: 'justify' },
  );
  gap(sheet);
  drawSignatures(sheet, [{ title: 'NGƯỜI HƯỚNG DẪN', ...(view.guideName ? { name: view.guideName } : {}) }]);
  return finishSheet(sheet, `Mã hồ sơ ${view.code}`);
}
