/**
 * Steps inside status 4 (Đang xử lý). The national portal only knows the status code; these are
 * the finer steps the tracking sheet (Mẫu 05, TT 01/2018/TT-VPCP) records.
 */
export const subStatuses = {
  in_review: { vi: 'Đang thẩm định', en: 'In review' },
  assigned: { vi: 'Đã phân công', en: 'Assigned' },
  transferred: { vi: 'Đã chuyển xử lý', en: 'Transferred' },
  awaiting_approval: { vi: 'Chờ ký duyệt', en: 'Awaiting approval' },
  approved: { vi: 'Đã ký duyệt', en: 'Approved' },
} as const satisfies Record<string, { vi: string; en: string }>;

/** A step inside status 4. */
export type SubStatus = keyof typeof subStatuses;

/** Every sub-status, in workflow order. */
export const subStatusList = Object.keys(subStatuses) as SubStatus[];

/** The label of a sub-status in the given language (Vietnamese by default). */
export function subStatusLabel(subStatus: SubStatus, lang: 'vi' | 'en' = 'vi'): string {
  return subStatuses[subStatus][lang];
}
