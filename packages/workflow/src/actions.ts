/**
 * Workflow actions: everything that can happen to a dossier after it is filed. Forms are those of
 * TT 01/2018/TT-VPCP (Mẫu 01–05); the steps follow NĐ 61/2018/NĐ-CP as amended by NĐ 107/2021/NĐ-CP,
 * whose one-stop skeleton NĐ 118/2025/NĐ-CP keeps.
 */
export const actions = {
  accept: { vi: 'Tiếp nhận hồ sơ', en: 'Accept' },
  refuse: { vi: 'Từ chối tiếp nhận', en: 'Refuse' },
  request_supplement: { vi: 'Yêu cầu bổ sung, hoàn thiện hồ sơ', en: 'Request a supplement' },
  receive_supplement: { vi: 'Nhận hồ sơ bổ sung', en: 'Receive the supplement' },
  start_processing: { vi: 'Bắt đầu xử lý', en: 'Start processing' },
  assign: { vi: 'Phân công xử lý', en: 'Assign' },
  transfer: { vi: 'Chuyển xử lý', en: 'Transfer' },
  submit_for_approval: { vi: 'Trình ký', en: 'Submit for approval' },
  approve: { vi: 'Phê duyệt', en: 'Approve' },
  request_payment: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Request payment' },
  confirm_payment: { vi: 'Xác nhận đã nộp phí, lệ phí', en: 'Confirm payment' },
  reschedule: { vi: 'Xin lỗi và hẹn lại ngày trả kết quả', en: 'Apologise and reschedule' },
  complete: { vi: 'Hoàn thành xử lý', en: 'Complete' },
  return_result: { vi: 'Trả kết quả', en: 'Return the result' },
  stop: { vi: 'Dừng xử lý', en: 'Stop processing' },
  withdraw: { vi: 'Rút hồ sơ', en: 'Withdraw' },
} as const satisfies Record<string, { vi: string; en: string }>;

/** A workflow action (the glossary's names: `accept`, `refuse`, `transfer`…). */
export type Action = keyof typeof actions;

/** Every action, in the order a dossier usually meets them. */
export const actionList = Object.keys(actions) as Action[];

/** The label of an action in the given language (Vietnamese by default). */
export function actionLabel(action: Action, lang: 'vi' | 'en' = 'vi'): string {
  return actions[action][lang];
}
