/** The four officer roles (cán bộ tiếp nhận / xử lý / lãnh đạo / quản trị). */
export const ROLES = ['intake', 'processor', 'leader', 'admin'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** A role granted on one unit. */
export interface RoleGrant {
  unitId: string;
  role: Role;
}

/** The officer behind an authenticated request. */
export interface Officer {
  id: string;
  tenantId: string;
  username: string;
  fullName: string;
  roles: readonly RoleGrant[];
}

/**
 * Whether the officer holds one of `roles` on `unitId`. A role counts only on the unit it was granted
 * on: a leader of the provincial centre is not, by that grant, a leader of a commune centre below it.
 * Scoping to a unit's subtree can be added here later without changing callers.
 */
export function hasRole(officer: Pick<Officer, 'roles'>, unitId: string, roles: Role | readonly Role[]): boolean {
  const wanted: readonly Role[] = typeof roles === 'string' ? [roles] : roles;
  return officer.roles.some((grant) => grant.unitId === unitId && wanted.includes(grant.role));
}

/**
 * Whether the officer administers the province: the admin role, on whichever unit it was granted
 * (administration — units, officers, catalogue, calendar, channels — is province-wide).
 */
export function isProvinceAdmin(officer: Pick<Officer, 'roles'>): boolean {
  return officer.roles.some((grant) => grant.role === 'admin');
}

/** Usernames are compared in one canonical form: NFC, trimmed, lower case. */
export function normalizeUsername(username: string): string {
  return username.normalize('NFC').trim().toLowerCase();
}

const USERNAME = /^[a-z0-9][a-z0-9._@-]{2,63}$/;

export function isValidUsername(username: string): boolean {
  return USERNAME.test(username);
}
