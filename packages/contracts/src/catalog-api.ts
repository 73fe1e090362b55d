import { Type, type Static } from '@sinclair/typebox';
import {
  ChannelRule,
  Fee,
  LegalBasis,
  Level,
  OnlineLevel,
  ProcedureCase,
  ProcedureForm,
  ProcedureResult,
  ProcessingTime,
} from './catalog.ts';

export const TenantParams = Type.Object({
  tenant: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64, description: 'Province slug' }),
});

export const ProcedureParams = Type.Object({
  tenant: TenantParams.properties.tenant,
  code: Type.String({ pattern: '^[0-9]\\.[0-9]{6}', maxLength: 64, description: 'Mã thủ tục' }),
});

export const ProcedureListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Words as citizens type them' })),
  field: Type.Optional(Type.String({ maxLength: 200, description: 'Lĩnh vực (name or code)' })),
  level: Type.Optional(Level),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  offset: Type.Integer({ minimum: 0, maximum: 100_000, default: 0 }),
});
export type ProcedureListQuery = Static<typeof ProcedureListQuery>;

export const UnitRef = Type.Object({
  id: Type.String(),
  eid: Type.String(),
  name: Type.String(),
  kind: Type.String(),
});
export type UnitRef = Static<typeof UnitRef>;

export const ProcedureSummary = Type.Object({
  code: Type.String(),
  name: Type.String(),
  field: Type.String(),
  level: Level,
  onlineLevel: OnlineLevel,
  processingTime: ProcessingTime,
  fee: Fee,
  units: Type.Array(UnitRef),
});
export type ProcedureSummary = Static<typeof ProcedureSummary>;

export const ProcedureList = Type.Object({
  items: Type.Array(ProcedureSummary),
  total: Type.Integer({ minimum: 0 }),
});
export type ProcedureList = Static<typeof ProcedureList>;

export const ProcedureDetail = Type.Object({
  code: Type.String(),
  name: Type.String(),
  version: Type.Integer({ minimum: 1 }),
  publishedAt: Type.String({ format: 'date-time' }),
  field: Type.Object({ code: Type.Optional(Type.String()), name: Type.String() }),
  level: Level,
  onlineLevel: OnlineLevel,
  decisionNo: Type.Optional(Type.String()),
  authority: Type.String(),
  units: Type.Array(UnitRef),
  subjects: Type.Array(Type.String()),
  steps: Type.Array(Type.String()),
  processingTime: ProcessingTime,
  fee: Fee,
  channels: Type.Array(ChannelRule),
  cases: Type.Array(ProcedureCase),
  conditions: Type.Array(Type.String()),
  legalBasis: Type.Array(LegalBasis),
  results: Type.Array(ProcedureResult),
  form: Type.Optional(ProcedureForm),
  uncertainties: Type.Array(Type.String()),
});
export type ProcedureDetail = Static<typeof ProcedureDetail>;
