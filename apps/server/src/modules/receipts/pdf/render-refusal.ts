import type { RefusalView } from '../receipt-views.ts';
import { drawSignatures } from './blocks.ts';
import { drawHeader, drawTitle, finishSheet, gap, labelled, openSheet, paragraph } from './layout.ts';

/** Title of Mẫu 03 (TT 01/2018/TT-VPCP; same number in TT 03/2025/TT-VPCP). */
export const REFUSAL_TITLE = 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ';

/**
 * Renders Mẫu 03 on A5: who filed what, and the specific reason the desk refuses to receive the
 * dossier (a reason is mandatory for a refusal).
 */
export async function renderRefusal(view: RefusalView): Promise<Buffer> {
  if (view.reason.trim() === '') throw new RangeError('a refusal states its reason');
  const sheet = await openSheet({
    paper: 'A5',
    title: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
    subject: 'Mẫu 03, Thông tư 01/2018/TT-VPCP',
    createdAt: view.header.issuedAt,
  });
  drawHeader(sheet, view.header);
  drawTitle(sheet, REFUSAL_TITLE, view.code ? [`Mã hồ sơ: ${view.code}`] : []);

  labelled(sheet, 'Bộ phận tiếp nhận và trả kết quả:', view.desk, { bold: false });
  labelled(sheet, 'Tiếp nhận hồ sơ của:', view.applicant.fullName);
  if (view.applicant.address) labelled(sheet, 'Địa chỉ:', view.applicant.address, { bold: false });
  if (view.applicant.phone) labelled(sheet, 'Số điện thoại:', view.applicant.phone, { bold: false });
  if (view.applicant.email) labelled(sheet, 'Email:', view.applicant.email, { bold: false });
  labelled(sheet, 'Đề nghị giải quyết thủ tục hành chính:', view.procedureName);
  gap(sheet, 4);

  paragraph(
    sheet,
    'Sau khi nghiên cứu, đối chiếu với các quy định hiện hành, Bộ phận tiếp nhận và trả kết quả từ chối tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:',
    { align: 'justify' },
  );
  gap(sheet, 2);
  paragraph(sheet, view.reason, { bold: true, align: 'justify', indent: 10 });
  gap(sheet, 4);
  paragraph(sheet, 'Xin thông báo để Ông/Bà được biết và thực hiện./.', { italic: true });
  gap(sheet);
  drawSignatures(sheet, [
    { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', ...(view.receiverName ? { name: view.receiverName } : {}) },
  ]);
  return finishSheet(sheet, view.code ? `Mã hồ sơ ${view.code}` : 'Phiếu từ chối tiếp nhận');
}
