import { Type, type Static } from '@sinclair/typebox';

/** Unit of a legal time limit (thời hạn giải quyết). */
export const TimeUnit = Type.Union(
  [Type.Literal('working_days'), Type.Literal('working_hours'), Type.Literal('days')],
  { description: 'working_days = ngày làm việc, working_hours = giờ làm việc, days = ngày (calendar days)' },
);
export type TimeUnit = Static<typeof TimeUnit>;

/**
 * A legal time limit. `value: 0` with unit `working_days` means "within the day of receipt";
 * `cutoffTime` (HH:mm, usually 15:00 for hộ tịch and chứng thực) moves a dossier received after it
 * to the next working day (Luật Hộ tịch Điều 5(3); NĐ 23/2015 Điều 7).
 */
export const ProcessingTime = Type.Object({
  value: Type.Number({ minimum: 0 }),
  unit: TimeUnit,
  cutoffTime: Type.Optional(Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' })),
  text: Type.Optional(Type.String({ description: 'The limit as the law words it, when it is not a plain number' })),
});
export type ProcessingTime = Static<typeof ProcessingTime>;

/** A charge: the amount in VND (0 when free) and its full legal text with exemptions. */
export const Fee = Type.Object({
  amount: Type.Integer({ minimum: 0, description: 'VND; the usual amount, 0 when free' }),
  text: Type.String({ description: 'Full fee text as published, exemptions included' }),
});
export type Fee = Static<typeof Fee>;

export const Channel = Type.Union([Type.Literal('counter'), Type.Literal('online'), Type.Literal('postal')]);
export type Channel = Static<typeof Channel>;

/** One row of "Cách thức thực hiện": the time limit and fee can differ per channel. */
export const ChannelRule = Type.Object({
  channel: Channel,
  processingTime: ProcessingTime,
  fee: Fee,
  note: Type.Optional(Type.String()),
});
export type ChannelRule = Static<typeof ChannelRule>;

const Key = Type.String({ pattern: '^[a-z0-9][a-z0-9_-]{0,63}$' });

/** A document the dossier must contain (thành phần hồ sơ), with original/copy counts. */
export const DocumentRequirement = Type.Object({
  key: Key,
  name: Type.String({ minLength: 1 }),
  originals: Type.Integer({ minimum: 0 }),
  copies: Type.Integer({ minimum: 0 }),
  required: Type.Boolean(),
  /** Only to be shown (xuất trình) at the desk, not filed. */
  presentOnly: Type.Optional(Type.Boolean()),
  /** The e-form stands in for this paper (the tờ khai) when filing online. */
  filledByForm: Type.Optional(Type.Boolean()),
  templateUrl: Type.Optional(Type.String()),
  note: Type.Optional(Type.String()),
});
export type DocumentRequirement = Static<typeof DocumentRequirement>;

/** A variant of a procedure (trường hợp) with its own document list. */
export const ProcedureCase = Type.Object({
  key: Key,
  name: Type.String({ minLength: 1 }),
  documents: Type.Array(DocumentRequirement),
});
export type ProcedureCase = Static<typeof ProcedureCase>;

export const LegalBasis = Type.Object({
  code: Type.String({ description: 'Số hiệu, e.g. 60/2014/QH13' }),
  name: Type.String(),
});
export type LegalBasis = Static<typeof LegalBasis>;

export const ProcedureResult = Type.Object({
  code: Type.Optional(Type.String()),
  name: Type.String(),
});

export const Level = Type.Union([Type.Literal('province'), Type.Literal('commune')]);
export type Level = Static<typeof Level>;

/** NĐ 42/2022: toàn trình (full), một phần (partial), information only. */
export const OnlineLevel = Type.Union([Type.Literal('full'), Type.Literal('partial'), Type.Literal('info')]);
export type OnlineLevel = Static<typeof OnlineLevel>;

export const ProcedureForm = Type.Object({
  schema: Type.Record(Type.String(), Type.Unknown(), {
    description: 'JSON Schema 2020-12; examples[0] is a complete valid submission',
  }),
  uiSchema: Type.Record(Type.String(), Type.Unknown()),
});
export type ProcedureForm = Static<typeof ProcedureForm>;

/**
 * Everything a published procedure version holds: the fields of the national procedure database
 * (NĐ 63/2010 Điều 8(2)) plus our e-form. Imported from files, seeded for the demo, and published by
 * admins; a published version never changes.
 */
export const ProcedureDefinition = Type.Object({
  code: Type.String({ pattern: '^[0-9]\\.[0-9]{6}(\\.[0-9A-Za-z.]+)?$', description: 'Mã thủ tục, e.g. 1.001193' }),
  name: Type.String({ minLength: 3 }),
  field: Type.Object({ code: Type.Optional(Type.String()), name: Type.String() }),
  level: Level,
  decisionNo: Type.Optional(Type.String({ description: 'Quyết định công bố' })),
  authority: Type.String({ description: 'Cơ quan thực hiện / có thẩm quyền, as published' }),
  /** e-ID codes of the tenant's units that receive this procedure; empty = every unit of the level. */
  unitEids: Type.Array(Type.String()),
  subjects: Type.Array(Type.String(), { description: 'Đối tượng thực hiện' }),
  steps: Type.Array(Type.String(), { description: 'Trình tự thực hiện' }),
  processingTime: ProcessingTime,
  fee: Fee,
  channels: Type.Array(ChannelRule, { minItems: 1 }),
  onlineLevel: OnlineLevel,
  cases: Type.Array(ProcedureCase, { minItems: 1 }),
  conditions: Type.Array(Type.String()),
  legalBasis: Type.Array(LegalBasis),
  results: Type.Array(ProcedureResult),
  keywords: Type.Array(Type.String(), { description: 'Extra search words (colloquial names)' }),
  form: Type.Optional(ProcedureForm),
  /** Facts that could not be confirmed: shown to admins so they can correct the data. */
  uncertainties: Type.Array(Type.String()),
  source: Type.Optional(Type.String()),
});
export type ProcedureDefinition = Static<typeof ProcedureDefinition>;
