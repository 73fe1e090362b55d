/**
 * Dossier statuses: the national public-service portal's codes (`TrangThaiHoSo`, 1–10) are the
 * canonical statuses; finer steps are sub-states. "Overdue" is computed from dates, never a status.
 */
export const statuses = {
  submitted: { code: 1, vi: 'Mới đăng ký', en: 'Submitted' },
  accepted: { code: 2, vi: 'Được tiếp nhận', en: 'Accepted' },
  refused: { code: 3, vi: 'Không được tiếp nhận', en: 'Refused' },
  processing: { code: 4, vi: 'Đang xử lý', en: 'In processing' },
  supplement_requested: { code: 5, vi: 'Yêu cầu bổ sung giấy tờ', en: 'Supplement requested' },
  payment_requested: { code: 6, vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Awaiting payment' },
  withdrawal_requested: { code: 7, vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawal requested' },
  stopped: { code: 8, vi: 'Dừng xử lý', en: 'Stopped' },
  result_ready: { code: 9, vi: 'Đã xử lý xong', en: 'Result ready' },
  returned: { code: 10, vi: 'Đã trả kết quả', en: 'Result returned' },
} as const satisfies Record<string, { code: number; vi: string; en: string }>;

export type Status = keyof typeof statuses;
export type StatusCode = (typeof statuses)[Status]['code'];

const byCode = new Map<number, Status>(
  (Object.keys(statuses) as Status[]).map((status) => [statuses[status].code, status]),
);

/** The status with a national code, or undefined for a code outside 1–10. */
export function statusOfCode(code: number): Status | undefined {
  return byCode.get(code);
}

/** The label of a status in the given language (Vietnamese by default). */
export function statusLabel(status: Status, lang: 'vi' | 'en' = 'vi'): string {
  return statuses[status][lang];
}

/** Statuses after which nothing more happens to a dossier. */
export const finalStatuses: ReadonlySet<Status> = new Set<Status>(['refused', 'stopped', 'returned']);
