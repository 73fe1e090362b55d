import { Type, type Static } from '@sinclair/typebox';
import { TenantParams } from './catalog-api.ts';

/** The civic look-ups a province may offer: bảng giá đất, phạt nguội, giấy phép lái xe. */
export const LOOKUP_KINDS = ['land-price', 'traffic-fines', 'driving-licence'] as const;
export type LookupKind = (typeof LOOKUP_KINDS)[number];

export function isLookupKind(value: string): value is LookupKind {
  return (LOOKUP_KINDS as readonly string[]).includes(value);
}

/** What every answer drawn from a sample dataset says, in the chat, the app and the API. */
export const LOOKUP_SAMPLE_NOTICE = 'Dữ liệu mẫu — không dùng cho giao dịch thật';

export const LookupKindSchema = Type.Union([
  Type.Literal('land-price'),
  Type.Literal('traffic-fines'),
  Type.Literal('driving-licence'),
]);

export const LookupKindInfo = Type.Object({
  kind: LookupKindSchema,
  title: Type.String({ description: 'Vietnamese name, e.g. "Bảng giá đất"' }),
  titleEn: Type.String(),
  /** What to type, in Vietnamese (e.g. "Tên đường"), and an example query. */
  queryLabel: Type.String(),
  example: Type.String(),
  /** Whether the province imported data for this kind. */
  available: Type.Boolean(),
  sample: Type.Boolean({ description: 'The data is sample data, not for real transactions' }),
  updatedAt: Type.Optional(Type.String({ format: 'date-time' })),
});
export type LookupKindInfo = Static<typeof LookupKindInfo>;

export const LookupKindList = Type.Object({ items: Type.Array(LookupKindInfo) });
export type LookupKindList = Static<typeof LookupKindList>;

export const LookupParams = Type.Object({
  tenant: TenantParams.properties.tenant,
  kind: Type.String({
    pattern: '^[a-z]+(-[a-z]+)*$',
    maxLength: 40,
    description: 'land-price, traffic-fines, driving-licence',
  }),
});
export type LookupParams = Static<typeof LookupParams>;

export const CivicLookupQuery = Type.Object({
  q: Type.String({ maxLength: 200, description: 'A street name, a licence plate, a 12-digit licence number' }),
});
export type CivicLookupQuery = Static<typeof CivicLookupQuery>;

/** One line of an answer: a stable key (apps translate the label by it), a Vietnamese label, the value as shown. */
export const LookupField = Type.Object({ key: Type.String(), label: Type.String(), value: Type.String() });
export type LookupField = Static<typeof LookupField>;

export const LookupItem = Type.Object({ heading: Type.String(), fields: Type.Array(LookupField) });
export type LookupItem = Static<typeof LookupItem>;

export const LookupResult = Type.Object({
  kind: LookupKindSchema,
  title: Type.String(),
  /** The query as understood (a plate as `51F-123.45`, a street as typed). */
  query: Type.String(),
  found: Type.Boolean(),
  /** Matching rows; `items` holds the first 20. */
  total: Type.Integer(),
  items: Type.Array(LookupItem),
  /** One Vietnamese sentence: what was found, or what to do when nothing was. */
  message: Type.String(),
  sample: Type.Boolean(),
  /** `Dữ liệu mẫu — không dùng cho giao dịch thật` when `sample`. */
  notice: Type.Optional(Type.String()),
  dataset: Type.Object({
    source: Type.String(),
    importedAt: Type.String({ format: 'date-time' }),
    rowCount: Type.Integer(),
  }),
});
export type LookupResult = Static<typeof LookupResult>;

/** A province's dataset of one kind, as the console shows it. */
export const LookupDataset = Type.Object({
  kind: LookupKindSchema,
  source: Type.String(),
  sample: Type.Boolean(),
  rowCount: Type.Integer(),
  importedAt: Type.String({ format: 'date-time' }),
  importedBy: Type.String(),
});
export type LookupDataset = Static<typeof LookupDataset>;

export const LookupDatasetList = Type.Object({
  items: Type.Array(
    Type.Object({
      kind: LookupKindSchema,
      title: Type.String(),
      /** The CSV header the import expects: required columns first, then optional ones. */
      columns: Type.Object({ required: Type.Array(Type.String()), optional: Type.Array(Type.String()) }),
      dataset: Type.Optional(LookupDataset),
    }),
  ),
});
export type LookupDatasetList = Static<typeof LookupDatasetList>;

/** A CSV file (UTF-8 text) replacing the province's dataset of one kind. */
export const LookupImportBody = Type.Object(
  {
    csv: Type.String({ minLength: 1, maxLength: 20_000_000 }),
    source: Type.String({ minLength: 1, maxLength: 200, description: 'What the data is (file name, decision number)' }),
    sample: Type.Optional(Type.Boolean({ default: false })),
  },
  { additionalProperties: false },
);
export type LookupImportBody = Static<typeof LookupImportBody>;
