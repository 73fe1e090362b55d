/**
 * Vocabulary for synthetic procedure names: the shape of a field (lĩnh vực) with the licences and
 * activities typical of it, and the verbs and endings combined with them.
 */
import type { Level } from '@motcua/contracts';

/** One field of the synthetic catalogue. */
export interface SyntheticField {
  readonly code: string;
  readonly name: string;
  readonly level: Level;
  readonly authority: { readonly province: string; readonly commune: string };
  /** Papers that are issued, re-issued, changed, extended or withdrawn. */
  readonly licences: readonly string[];
  /** Whole actions, already worded as a procedure name. */
  readonly activities: readonly string[];
  readonly legalBasis: { readonly code: string; readonly name: string };
}

/** Verbs applied to licences. */
export const LICENCE_ACTIONS: readonly string[] = ['Cấp', 'Cấp lại', 'Cấp đổi', 'Điều chỉnh', 'Gia hạn', 'Thu hồi'];

/** Endings that set a procedure apart from its siblings; '(cấp tỉnh)' and '(cấp xã)' also set the level. */
export const QUALIFIERS: readonly string[] = [
  '',
  ' (cấp tỉnh)',
  ' (cấp xã)',
  ' đối với tổ chức',
  ' đối với cá nhân',
  ' cho doanh nghiệp có vốn đầu tư nước ngoài',
  ' trong trường hợp bị mất, hư hỏng',
  ' do thay đổi thông tin',
  ' thực hiện bằng dịch vụ công trực tuyến toàn trình',
  ' đối với hộ gia đình',
];

/** Authorities of a field: the provincial department, and the commune body (UBND cấp xã by default). */
export function authorities(province: string, commune = 'Ủy ban nhân dân cấp xã'): SyntheticField['authority'] {
  return { province, commune };
}
