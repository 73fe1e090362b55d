/**
 * Officer roles. A role is always held on one unit (a service centre, a department, a commune);
 * the glossary's cán bộ tiếp nhận / xử lý / lãnh đạo / quản trị.
 */
export const roles = {
  intake: { vi: 'Cán bộ tiếp nhận', en: 'Intake officer' },
  processor: { vi: 'Cán bộ xử lý', en: 'Processing officer' },
  leader: { vi: 'Lãnh đạo', en: 'Leader' },
  admin: { vi: 'Quản trị', en: 'Administrator' },
} as const satisfies Record<string, { vi: string; en: string }>;

/** An officer role: `admin` administers the system and has no power over dossiers. */
export type Role = keyof typeof roles;

/** The roles that can act on dossiers: every role but `admin`. */
export type ProcessingRole = Exclude<Role, 'admin'>;

/** Every role, in display order. */
export const roleList: readonly Role[] = ['intake', 'processor', 'leader', 'admin'];

/** The label of a role in the given language (Vietnamese by default). */
export function roleLabel(role: Role, lang: 'vi' | 'en' = 'vi'): string {
  return roles[role][lang];
}
