import { Type, type Static } from '@sinclair/typebox';
import { Channel } from './catalog.ts';

const Phone = Type.String({
  pattern: '^(\\+?84|0)(3|5|7|8|9)[0-9]{8}$',
  description: 'Vietnamese mobile number: 0912345678 or +84912345678',
});

export const Applicant = Type.Object({
  fullName: Type.String({ minLength: 2, maxLength: 120 }),
  phone: Phone,
  email: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
  idNumber: Type.Optional(Type.String({ pattern: '^[0-9]{12}$', description: 'Số định danh cá nhân (12 digits)' })),
  address: Type.Optional(Type.String({ maxLength: 300 })),
});
export type Applicant = Static<typeof Applicant>;

/** Someone filing for the applicant: a relative or a commune officer. The applicant still gets the notices. */
export const Filer = Type.Object({
  fullName: Type.String({ minLength: 2, maxLength: 120 }),
  phone: Phone,
  relation: Type.String({ minLength: 1, maxLength: 60 }),
});

export const AttachmentRef = Type.Object({
  documentKey: Type.String({ minLength: 1, maxLength: 64 }),
  uploadId: Type.String({ format: 'uuid' }),
});
export type AttachmentRef = Static<typeof AttachmentRef>;

export const SubmitApplicationBody = Type.Object({
  procedureCode: Type.String({ pattern: '^[0-9]\\.[0-9]{6}', maxLength: 64 }),
  caseKey: Type.Optional(Type.String({ maxLength: 64 })),
  /** The receiving unit (agency e-ID); by default the first unit that receives the procedure. */
  unitEid: Type.Optional(Type.String({ maxLength: 40 })),
  applicant: Applicant,
  filer: Type.Optional(Filer),
  form: Type.Record(Type.String(), Type.Unknown()),
  attachments: Type.Array(AttachmentRef, { maxItems: 40 }),
  channel: Type.Optional(Type.Union([Type.Literal('online'), Type.Literal('zalo')])),
});
export type SubmitApplicationBody = Static<typeof SubmitApplicationBody>;

export const SubmitApplicationResponse = Type.Object({
  code: Type.String(),
  lookupKey: Type.String(),
  status: Type.Integer(),
  statusLabel: Type.String(),
  trackingUrl: Type.String(),
  submittedAt: Type.String({ format: 'date-time' }),
});
export type SubmitApplicationResponse = Static<typeof SubmitApplicationResponse>;

export const ApplicationParams = Type.Object({
  tenant: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64 }),
  code: Type.String({ minLength: 10, maxLength: 80, pattern: '^[0-9A-Za-z.]+-[0-9]{6}-[0-9]{4,6}$' }),
});

export const LookupQuery = Type.Object({
  key: Type.String({ minLength: 6, maxLength: 64 }),
});

export const TimelineEntry = Type.Object({
  at: Type.String({ format: 'date-time' }),
  status: Type.Integer(),
  statusLabel: Type.String(),
  unit: Type.String(),
  note: Type.Optional(Type.String()),
});

/** What anyone holding the receipt (code + lookup key) sees: no personal data but a masked name. */
export const ApplicationLookup = Type.Object({
  code: Type.String(),
  procedure: Type.Object({ code: Type.String(), name: Type.String() }),
  status: Type.Integer(),
  statusLabel: Type.String(),
  applicantName: Type.String({ description: 'Masked' }),
  channel: Channel,
  currentUnit: Type.String(),
  submittedAt: Type.String({ format: 'date-time' }),
  receivedAt: Type.Optional(Type.String({ format: 'date-time' })),
  dueAt: Type.Optional(Type.String({ format: 'date-time' })),
  rescheduledDueAt: Type.Optional(Type.String({ format: 'date-time' })),
  resultReadyAt: Type.Optional(Type.String({ format: 'date-time' })),
  returnedAt: Type.Optional(Type.String({ format: 'date-time' })),
  overdue: Type.Boolean(),
  timeline: Type.Array(TimelineEntry),
  supplementRequest: Type.Optional(
    Type.Object({ items: Type.Array(Type.String()), note: Type.Optional(Type.String()) }),
  ),
  fee: Type.Optional(Type.Object({ amount: Type.Integer(), paid: Type.Boolean() })),
  qrUrl: Type.Optional(Type.String()),
});
export type ApplicationLookup = Static<typeof ApplicationLookup>;

export const SupplementBody = Type.Object({
  attachments: Type.Array(AttachmentRef, { minItems: 1, maxItems: 40 }),
  note: Type.Optional(Type.String({ maxLength: 1000 })),
});
export type SupplementBody = Static<typeof SupplementBody>;

/** A dossier's state after an action, as the apps show it. */
export const ApplicationStateView = Type.Object({
  code: Type.String(),
  status: Type.Integer(),
  statusKey: Type.String(),
  statusLabel: Type.String(),
  subStatus: Type.Union([Type.String(), Type.Null()]),
  currentUnitId: Type.String(),
  assigneeId: Type.Union([Type.String(), Type.Null()]),
  receivedAt: Type.Union([Type.String(), Type.Null()]),
  dueAt: Type.Union([Type.String(), Type.Null()]),
  rescheduledDueAt: Type.Union([Type.String(), Type.Null()]),
  resultReadyAt: Type.Union([Type.String(), Type.Null()]),
  returnedAt: Type.Union([Type.String(), Type.Null()]),
  early: Type.Boolean(),
  overdue: Type.Boolean(),
  supplementCount: Type.Integer(),
  revision: Type.Integer(),
});
