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
  /** The e-form stands in for this paper (the tờ khai) when filing online. */
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

/** The e-form: JSON Schema 2020-12 and an rjsf-style UI schema; `schema.examples[0]` is a valid answer. */
export interface ProcedureForm {
  schema: Record<string, unknown>;
  uiSchema: Record<string, unknown>;
}

export interface ProcedureDetail extends ProcedureSummary {
  authority?: string;
  form?: ProcedureForm;
  cases: ProcedureCase[];
  channels?: ChannelRule[];
  conditions?: string[];
  legalBasis?: LegalBasis[];
  version?: number | string;
}

/** A unit that receives the procedure (Bộ phận Một cửa), as the catalogue lists it. */
export interface ReceivingUnit {
  eid: string;
  name: string;
}

/** The receiving units of a procedure, read leniently (older payloads list none). */
export function receivingUnits(procedure: ProcedureSummary): ReceivingUnit[] {
  return procedure.units.flatMap((unit) => {
    if (typeof unit !== 'object' || unit === null) return [];
    const { eid, name } = unit as Record<string, unknown>;
    return typeof eid === 'string' && typeof name === 'string' ? [{ eid, name }] : [];
  });
}

export function fieldName(field: FieldRef): string {
  return typeof field === 'string' ? field : field.name;
}

/** Whether citizens can file this procedure here: it has an e-form and is offered online. */
export function canFileOnline(procedure: ProcedureDetail): boolean {
  return procedure.form !== undefined && procedure.onlineLevel !== 'info';
}

/** The documents to photograph for a case: not those only shown at the desk, nor the declaration the e-form replaces. */
export function documentsToUpload(procedure: ProcedureDetail, caseKey: string | null): DocumentRequirement[] {
  const chosen = procedure.cases.find((c) => c.key === caseKey) ?? procedure.cases[0];
  if (!chosen) return [];
  const hasForm = procedure.form !== undefined;
  return chosen.documents.filter((d) => !d.presentOnly && !(hasForm && d.filledByForm === true));
}
