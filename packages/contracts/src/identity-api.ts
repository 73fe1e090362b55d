import { Type, type Static } from '@sinclair/typebox';

/** Officer roles: cán bộ tiếp nhận / xử lý / lãnh đạo / quản trị. */
export const OfficerRole = Type.Union([
  Type.Literal('intake'),
  Type.Literal('processor'),
  Type.Literal('leader'),
  Type.Literal('admin'),
]);
export type OfficerRole = Static<typeof OfficerRole>;

export const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 128, description: 'Tên đăng nhập, e.g. intake@tay-ninh' }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
    totp: Type.Optional(
      Type.String({ pattern: '^[0-9]{6}$', description: 'Mã 6 chữ số của ứng dụng xác thực, khi tài khoản bật 2FA' }),
    ),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const OfficerRoleGrant = Type.Object({
  unitId: Type.String({ format: 'uuid' }),
  unitEid: Type.String({ description: 'Mã định danh điện tử của đơn vị' }),
  unitName: Type.String(),
  role: OfficerRole,
});
export type OfficerRoleGrant = Static<typeof OfficerRoleGrant>;

export const OfficerProfile = Type.Object({
  id: Type.String({ format: 'uuid' }),
  username: Type.String(),
  fullName: Type.String(),
  roles: Type.Array(OfficerRoleGrant),
});
export type OfficerProfile = Static<typeof OfficerProfile>;

/**
 * Answer of sign-in and of `GET /auth/me`. The session itself travels in the httpOnly cookie;
 * `csrfToken` goes in the `x-csrf-token` header of every POST/PUT/PATCH/DELETE.
 */
export const OfficerSession = Type.Object({
  officer: OfficerProfile,
  csrfToken: Type.String(),
});
export type OfficerSession = Static<typeof OfficerSession>;
