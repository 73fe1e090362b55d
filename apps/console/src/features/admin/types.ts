import type { Role } from '@motcua/workflow';

/*
 * The administration routes' wire types (`/console/admin/…`), mirrored from the shared contracts
 * until the console imports them directly.
 */

export type UnitKind = 'service_centre' | 'department' | 'commune';

export const unitKinds: readonly UnitKind[] = ['service_centre', 'department', 'commune'];

export interface UnitItem {
  id: string;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  /** Mã định danh điện tử of the agency, e.g. 000.20.01.H53. */
  eid: string;
  parentId: string | null;
  adminUnitCode: string | null;
  address: string | null;
}

export interface CreateUnitBody {
  eid: string;
  kind: UnitKind;
  name: string;
  shortName?: string;
  parentId?: string | null;
  adminUnitCode?: string;
  address?: string;
}

/** `null` clears an optional field, or makes the unit a root. */
export interface UpdateUnitBody {
  name?: string;
  shortName?: string | null;
  address?: string | null;
  parentId?: string | null;
}

export interface RoleOnUnit {
  role: Role;
  unitId: string;
}

export interface OfficerAdminItem {
  id: string;
  username: string;
  fullName: string;
  active: boolean;
  roles: RoleOnUnit[];
  /** Two-step sign-in is on. */
  totp: boolean;
}

export interface OfficerList {
  items: OfficerAdminItem[];
  total: number;
}

export interface CreateOfficerBody {
  username: string;
  fullName: string;
  password: string;
  roles: RoleOnUnit[];
}

/** `roles` replaces every grant; `active: false` also ends the officer's sessions. */
export interface UpdateOfficerBody {
  fullName?: string;
  active?: boolean;
  roles?: RoleOnUnit[];
  password?: string;
  totp?: 'enable' | 'disable';
}

/** The officer after a change; `totpUri` (otpauth://, holds the secret) only right after enabling TOTP. */
export interface UpdatedOfficer extends OfficerAdminItem {
  totpUri?: string;
}

/** `holiday`: a day off (lễ, Tết, nghỉ bù); `workday`: a make-up working day on a weekend. */
export type CalendarDayKind = 'holiday' | 'workday';

export interface CalendarDayItem {
  day: string;
  kind: CalendarDayKind;
  name: string;
  /** `estimated`: computed (lunar holidays), to confirm against the year's announcement. */
  source?: 'default' | 'estimated' | 'admin';
}

export interface ProcedureVersionItem {
  version: number;
  publishedAt: string;
  contentHash: string;
}

/** `published: false`: the content equals the current version, so nothing new was published. */
export interface PublishVersionResult {
  version: number;
  published: boolean;
}

export interface ZaloChannelSettings {
  oaId: string | null;
  appId: string | null;
  /** Both secrets are stored; they are never sent back. */
  secretSet: boolean;
  updatedAt?: string | null;
  /** A token pair from the OA admin's consent is stored. */
  connected?: boolean;
  /** When the current access token expires (the server renews it before then). */
  tokenExpiresAt?: string | null;
  connectedAt?: string | null;
}

/** Where to send the browser to connect the OA: Zalo's consent page. */
export interface ZaloConnectStarted {
  authorizeUrl: string;
}

/** Secrets are write-only: left out, the stored ones stay. */
export interface PutZaloChannelBody {
  oaId: string;
  appId: string;
  appSecret?: string;
  oaSecretKey?: string;
}

/** One try of one route for a citizen notice (`/console/admin/notices`). */
export interface NoticeAttempt {
  route: 'zalo_cs' | 'zalo_template' | 'sms' | 'email';
  attempt: number;
  state: string;
  reason: string | null;
  providerId: string | null;
  startedAt: string;
  /** When Zalo reported the message reached the phone (delivery receipt). */
  deliveredAt: string | null;
  seenAt: string | null;
}

export interface NoticeItem {
  deliveryId: string;
  code: string;
  intent: string;
  status: 'pending' | 'delivered' | 'dead' | 'void';
  route: string | null;
  createdAt: string;
  settledAt: string | null;
  attempts: NoticeAttempt[];
}

export interface NoticeList {
  items: NoticeItem[];
  next?: string;
}
