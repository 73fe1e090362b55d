import { Type, type Static } from '@sinclair/typebox';
import { ProcedureDefinition } from './catalog.ts';
import { OfficerRole } from './identity-api.ts';
import { LocalDate } from './reports-api.ts';

const Uuid = Type.String({ format: 'uuid' });
const Slug = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64, description: 'Province slug' });

export const IdParams = Type.Object({ tenant: Slug, id: Uuid });
export type IdParams = Static<typeof IdParams>;

// ── Units ────────────────────────────────────────────────────────────────────────────────────────

export const UnitKind = Type.Union([
  Type.Literal('service_centre'),
  Type.Literal('department'),
  Type.Literal('commune'),
]);
export type UnitKind = Static<typeof UnitKind>;

export const UnitItem = Type.Object({
  id: Uuid,
  name: Type.String(),
  shortName: Type.Union([Type.String(), Type.Null()]),
  kind: UnitKind,
  eid: Type.String({ description: 'Mã định danh điện tử của cơ quan' }),
  parentId: Type.Union([Uuid, Type.Null()]),
  adminUnitCode: Type.Union([Type.String(), Type.Null()]),
  address: Type.Union([Type.String(), Type.Null()]),
});
export type UnitItem = Static<typeof UnitItem>;

export const UnitList = Type.Object({ items: Type.Array(UnitItem) });
export type UnitList = Static<typeof UnitList>;

const UnitName = Type.String({ minLength: 2, maxLength: 300 });
const ShortName = Type.String({ minLength: 1, maxLength: 100 });
const Address = Type.String({ minLength: 1, maxLength: 500 });

/** A new unit. The e-ID follows the agency code format `V1V2V3.Z1Z2.Y1Y2.MX1X2` (e.g. 000.20.01.H53). */
export const CreateUnitBody = Type.Object(
  {
    eid: Type.String({ minLength: 1, maxLength: 40 }),
    kind: UnitKind,
    name: UnitName,
    shortName: Type.Optional(ShortName),
    parentId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    adminUnitCode: Type.Optional(
      Type.String({ pattern: '^([0-9]{2}|[0-9]{5})$', description: 'Mã ĐVHC (QĐ 19/2025/QĐ-TTg)' }),
    ),
    address: Type.Optional(Address),
  },
  { additionalProperties: false },
);
export type CreateUnitBody = Static<typeof CreateUnitBody>;

/** Changes to a unit; `null` clears an optional field, or makes the unit a root (`parentId`). */
export const UpdateUnitBody = Type.Object(
  {
    name: Type.Optional(UnitName),
    shortName: Type.Optional(Type.Union([ShortName, Type.Null()])),
    address: Type.Optional(Type.Union([Address, Type.Null()])),
    parentId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateUnitBody = Static<typeof UpdateUnitBody>;

// ── Officers ─────────────────────────────────────────────────────────────────────────────────────

export const RoleOnUnit = Type.Object({ role: OfficerRole, unitId: Uuid }, { additionalProperties: false });
export type RoleOnUnit = Static<typeof RoleOnUnit>;

export const OfficerAdminItem = Type.Object({
  id: Uuid,
  username: Type.String(),
  fullName: Type.String(),
  active: Type.Boolean(),
  roles: Type.Array(RoleOnUnit),
  totp: Type.Boolean({ description: 'Two-step sign-in is on' }),
});
export type OfficerAdminItem = Static<typeof OfficerAdminItem>;

export const OfficerList = Type.Object({ items: Type.Array(OfficerAdminItem), total: Type.Integer({ minimum: 0 }) });
export type OfficerList = Static<typeof OfficerList>;

export const OfficerListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the username or full name' })),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, default: 0 }),
});
export type OfficerListQuery = Static<typeof OfficerListQuery>;

const Roles = Type.Array(RoleOnUnit, { minItems: 1, maxItems: 50 });
const FullName = Type.String({ minLength: 1, maxLength: 200 });
const NewPassword = Type.String({ minLength: 1, maxLength: 1024, description: '≥ 10 characters, not a common one' });

export const CreateOfficerBody = Type.Object(
  {
    username: Type.String({ minLength: 3, maxLength: 64 }),
    fullName: FullName,
    password: NewPassword,
    roles: Roles,
  },
  { additionalProperties: false },
);
export type CreateOfficerBody = Static<typeof CreateOfficerBody>;

/** Changes to an officer. `roles` replaces every grant; `active: false` also ends their sessions. */
export const UpdateOfficerBody = Type.Object(
  {
    fullName: Type.Optional(FullName),
    active: Type.Optional(Type.Boolean()),
    roles: Type.Optional(Roles),
    password: Type.Optional(NewPassword),
    totp: Type.Optional(Type.Union([Type.Literal('enable'), Type.Literal('disable')])),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateOfficerBody = Static<typeof UpdateOfficerBody>;

/** The officer after a change; `totpUri` (otpauth://, holds the secret) only when TOTP was just enabled. */
export const UpdatedOfficer = Type.Object({
  ...OfficerAdminItem.properties,
  totpUri: Type.Optional(Type.String()),
});
export type UpdatedOfficer = Static<typeof UpdatedOfficer>;

// ── Working calendar ─────────────────────────────────────────────────────────────────────────────

/** `holiday`: a day off (nghỉ lễ, Tết, nghỉ bù); `workday`: a make-up working day (ngày làm bù). */
export const CalendarDayKind = Type.Union([Type.Literal('holiday'), Type.Literal('workday')]);
export type CalendarDayKind = Static<typeof CalendarDayKind>;

export const CalendarQuery = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) });
export type CalendarQuery = Static<typeof CalendarQuery>;

export const CalendarDayItem = Type.Object({
  day: LocalDate,
  kind: CalendarDayKind,
  name: Type.String(),
  source: Type.Union([Type.Literal('default'), Type.Literal('estimated'), Type.Literal('admin')], {
    description: 'estimated: computed, to be confirmed against the yearly announcement',
  }),
});
export type CalendarDayItem = Static<typeof CalendarDayItem>;

export const CalendarDays = Type.Object({ days: Type.Array(CalendarDayItem) });
export type CalendarDays = Static<typeof CalendarDays>;

export const CalendarDayParams = Type.Object({ tenant: Slug, day: LocalDate });
export type CalendarDayParams = Static<typeof CalendarDayParams>;

export const PutCalendarDayBody = Type.Object(
  { kind: CalendarDayKind, name: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
export type PutCalendarDayBody = Static<typeof PutCalendarDayBody>;

// ── Catalogue editor ─────────────────────────────────────────────────────────────────────────────

export const ProcedureVersionItem = Type.Object({
  version: Type.Integer({ minimum: 1 }),
  publishedAt: Type.String({ format: 'date-time' }),
  contentHash: Type.String(),
});
export type ProcedureVersionItem = Static<typeof ProcedureVersionItem>;

export const ProcedureVersionList = Type.Object({ items: Type.Array(ProcedureVersionItem) });
export type ProcedureVersionList = Static<typeof ProcedureVersionList>;

/**
 * The current version of a procedure as the editor needs it: the full definition, keywords and
 * receiving units' e-IDs included, ready to be changed and published again.
 */
export const ProcedureSource = Type.Object({
  version: Type.Integer({ minimum: 1 }),
  publishedAt: Type.String({ format: 'date-time' }),
  definition: ProcedureDefinition,
});
export type ProcedureSource = Static<typeof ProcedureSource>;

/** `published: false`: the content equals the current version, so nothing new was published. */
export const PublishVersionResult = Type.Object({ version: Type.Integer({ minimum: 1 }), published: Type.Boolean() });
export type PublishVersionResult = Static<typeof PublishVersionResult>;

// ── Channel credentials ──────────────────────────────────────────────────────────────────────────

const ZaloId = Type.String({ pattern: '^[0-9]{1,32}$' });
const Secret = Type.String({ minLength: 8, maxLength: 512 });

/** The province's Zalo OA settings as the console shows them: secrets are never returned. */
/** The province's approved ZNS template ids by our template name (`dossier_update`: dossier status changes). */
const ZnsTemplates = Type.Record(
  Type.String({ pattern: '^[a-z_]{1,40}$' }),
  Type.String({ pattern: '^[0-9]{1,20}$' }),
  {
    description: 'e.g. {"dossier_update": "301234"}',
  },
);

export const ZaloChannelSettings = Type.Object({
  oaId: Type.Union([Type.String(), Type.Null()]),
  appId: Type.Union([Type.String(), Type.Null()]),
  secretSet: Type.Boolean({ description: 'Both the App Secret and the OA Secret Key are stored' }),
  znsTemplates: ZnsTemplates,
  updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  connected: Type.Boolean({ description: 'The OA is connected: a token pair from its consent is stored' }),
  tokenExpiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
    description: 'When the current access token expires; it is renewed automatically before then',
  }),
  connectedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
    description: 'When an admin last connected the OA from the console',
  }),
});
export type ZaloChannelSettings = Static<typeof ZaloChannelSettings>;

/** Where to send the admin's browser: Zalo's OA permission page (OAuth v4 with PKCE). */
export const ZaloConnectStarted = Type.Object({ authorizeUrl: Type.String({ format: 'uri' }) });
export type ZaloConnectStarted = Static<typeof ZaloConnectStarted>;

/** Secrets are write-only: leave one out to keep the stored value. */
export const PutZaloChannelBody = Type.Object(
  {
    oaId: ZaloId,
    appId: ZaloId,
    appSecret: Type.Optional(Secret),
    oaSecretKey: Type.Optional(Secret),
    znsTemplates: Type.Optional(ZnsTemplates),
  },
  { additionalProperties: false },
);
export type PutZaloChannelBody = Static<typeof PutZaloChannelBody>;
