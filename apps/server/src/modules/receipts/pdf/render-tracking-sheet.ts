import type { HandoffView, StepResult, TrackingSheetView } from '../receipt-views.ts';
import { formatVietnamDate, formatVietnamDateTime, formatVietnamTime } from '../vietnam-time.ts';
import { drawHeader, drawTitle, finishSheet, gap, labelled, openSheet } from './layout.ts';
import { drawTable, type TableCell } from './table.ts';

/** Title of Mẫu 05 (TT 01/2018/TT-VPCP), Mẫu 06 under TT 03/2025/TT-VPCP. */
export const TRACKING_SHEET_TITLE = 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ';

/** The result column's words: before, on or after the step's deadline. */
export const STEP_RESULT_LABELS: Readonly<Record<StepResult, string>> = {
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  late: 'Quá hạn',
};

const BLANK_TIME = '…… giờ …… phút,\nngày …… tháng …… năm ……';
const SIGN_NOTE = '(Ký, ghi rõ họ tên)';

/** The time on one line and the date on the next, so neither breaks inside the narrow column. */
function when(at: Date | undefined): string {
  return at ? `${formatVietnamTime(at)},\n${formatVietnamDate(at)}` : BLANK_TIME;
}

/** One hand-off as a table row; lines are numbered across rows as on the form (1. Giao, 2. Nhận, 3. Giao…). */
function handoffRow(handoff: HandoffView, index: number): TableCell[] {
  const n = index * 2 + 1;
  const units: TableCell = [
    { text: `${n}. Giao: ${handoff.fromUnit || '……………………'}` },
    { text: `${n + 1}. Nhận: ${handoff.toUnit || '……………………'}` },
  ];
  const times: TableCell = [
    { text: `Giao: ${when(handoff.handedAt)}` },
    { text: `Nhận: ${when(handoff.receivedAt)}`, after: 3 },
    { pair: ['Người giao', 'Người nhận'], style: 'bold' },
    { pair: [SIGN_NOTE, SIGN_NOTE], style: 'italic', after: 26 },
    { pair: [handoff.fromOfficer ?? '', handoff.toOfficer ?? ''] },
  ];
  const result: TableCell = [
    { text: handoff.result ? STEP_RESULT_LABELS[handoff.result] : '', style: 'bold', align: 'center' },
  ];
  return [units, times, result, handoff.note ?? ''];
}

/**
 * Renders the tracking sheet on A4 (portrait by default): dossier summary, then one row per hand-off
 * with the times, both signatures and the step result, plus blank rows to fill in by hand.
 */
export async function renderTrackingSheet(view: TrackingSheetView): Promise<Buffer> {
  const sheet = await openSheet({
    paper: 'A4',
    orientation: view.orientation ?? 'portrait',
    title: 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
    subject: 'Mẫu 05, Thông tư 01/2018/TT-VPCP (Mẫu 06, Thông tư 03/2025/TT-VPCP)',
    createdAt: view.header.issuedAt,
  });
  drawHeader(sheet, view.header);
  drawTitle(sheet, TRACKING_SHEET_TITLE, [
    `Mã hồ sơ: ${view.code}`,
    `(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả số: ${view.receiptNumber ?? '……………'})`,
  ]);

  labelled(sheet, 'Người nộp hồ sơ:', view.applicant.fullName);
  if (view.applicant.phone) labelled(sheet, 'Số điện thoại:', view.applicant.phone, { bold: false });
  labelled(sheet, 'Nội dung yêu cầu giải quyết:', view.procedureName);
  labelled(sheet, 'Thời gian nhận hồ sơ:', formatVietnamDateTime(view.receivedAt), { bold: false });
  labelled(sheet, 'Thời gian hẹn trả kết quả:', formatVietnamDateTime(view.dueAt));
  labelled(sheet, 'Cơ quan (bộ phận) giải quyết hồ sơ:', view.resolvingUnit, { bold: false });
  const coordinating = view.coordinatingUnits?.join('; ') ?? '';
  labelled(sheet, 'Cơ quan phối hợp giải quyết hồ sơ:', coordinating || '……………………', { bold: false });
  gap(sheet);

  const blank: HandoffView = { fromUnit: '', toUnit: '' };
  const handoffs = [...view.handoffs, ...Array.from({ length: view.blankRows ?? 0 }, () => blank)];
  drawTable(
    sheet,
    [
      { header: 'TÊN CƠ QUAN', share: 0.26 },
      { header: 'THỜI GIAN GIAO, NHẬN HỒ SƠ', share: 0.38 },
      { header: 'KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/Đúng hạn/Quá hạn)', share: 0.2, align: 'center' },
      { header: 'GHI CHÚ', share: 0.16 },
    ],
    handoffs.map(handoffRow),
    { small: true },
  );
  return finishSheet(sheet, `Phiếu kiểm soát · Mã hồ sơ ${view.code}`);
}
