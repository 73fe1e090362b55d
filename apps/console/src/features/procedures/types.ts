import type { TimeLimit } from '../../lib/format.ts';

/*
 * Wire types of the public catalogue API, mirrored from the shared contracts until the apps import
 * them directly.
 */

export type Level = 'province' | 'commune';
export type OnlineLevel = 'full' | 'partial' | 'info';
export type Channel = 'counter' | 'online' | 'postal';

export interface ProcessingTime extends TimeLimit {
  /** HH:mm; a dossier received after it counts from the next working day. */
  cutoffTime?: string;
  /** The limit as the law words it, when it is not a plain number. */
  text?: string;
}

export interface Fee {
  /** VND; the usual amount, 0 when free. */
  amount: number;
  /** Full fee text as published, exemptions included. */
  text: string;
}

/** The sector (lĩnh vực); older payloads send just its name. */
export type FieldRef = string | { code?: string; name: string };

export interface ProcedureSummary {
  code: string;
  name: string;
  field: FieldRef;
  level: Level;
  onlineLevel: OnlineLevel;
  processingTime: ProcessingTime;
  fee: Fee;
  units: unknown[];
}

export interface ProcedureList {
  items: ProcedureSummary[];
  total: number;
}

export interface DocumentRequirement {
  key: string;
  name: string;
  originals: number;
  copies: number;
  required: boolean;
  presentOnly?: boolean;
  /** The e-form stands in for this paper. */
  filledByForm?: boolean;
  templateUrl?: string;
  note?: string;
}

export interface ProcedureCase {
  key: string;
  name: string;
  documents: DocumentRequirement[];
}

export interface ChannelRule {
  channel: Channel;
  processingTime: ProcessingTime;
  fee: Fee;
  note?: string;
}

export interface LegalBasis {
  code: string;
  name: string;
}

export interface ProcedureDetail extends ProcedureSummary {
  authority?: string;
  cases: ProcedureCase[];
  channels?: ChannelRule[];
  conditions?: string[];
  legalBasis?: LegalBasis[];
  version?: number | string;
  /** The e-form: JSON Schema 2020-12 and its UI schema. */
  form?: { schema: Record<string, unknown>; uiSchema: Record<string, unknown> };
}

/** The e-ID codes of the units receiving a procedure, from the catalogue's unit references. */
export function receivingUnitEids(procedure: ProcedureSummary): string[] {
  return procedure.units.flatMap((unit) =>
    typeof unit === 'object' && unit !== null && 'eid' in unit && typeof unit.eid === 'string' ? [unit.eid] : [],
  );
}

export function fieldName(field: FieldRef): string {
  return typeof field === 'string' ? field : field.name;
}
