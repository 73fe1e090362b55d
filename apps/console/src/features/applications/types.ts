import type { Action, Role, Status, SubStatus } from '@motcua/workflow';

/*
 * Wire types of the officers' dossier routes (`/console/applications…`), as the server documents
 * them. Optional fields are those older servers may not send yet.
 */

/** How a dossier came in. */
export type FilingChannel = 'counter' | 'online' | 'postal' | 'zalo';

export const filingChannels: readonly FilingChannel[] = ['counter', 'online', 'zalo', 'postal'];

export type DueFilter = 'soon' | 'overdue';

export interface InboxItem {
  code: string;
  procedureCode: string;
  procedureName?: string;
  status: number;
  statusKey: Status;
  statusLabel: string;
  /** Masked: the full name is shown (and logged) only in the dossier view. */
  applicantName: string;
  channel: string;
  currentUnitId: string;
  unitName?: string;
  submittedAt: string;
  dueAt: string | null;
  overdue: boolean;
}

export interface InboxPage {
  items: InboxItem[];
  total: number;
  /** Counting stops early on very large inboxes: `total` is then a floor, not the exact count. */
  totalIsLowerBound?: boolean;
  /** Dossiers per status key in the officer's units, whatever the other filters. */
  counts: Partial<Record<Status, number>>;
}

export interface UnitRef {
  id: string;
  name: string;
}

export interface Person {
  fullName: string;
  phone: string;
  email?: string;
  idNumber?: string;
  address?: string;
  relation?: string;
}

export interface QualityIssue {
  code: string;
  message: string;
}

export interface DossierDocument {
  uploadId: string;
  documentKey: string;
  documentName: string;
  contentType: string;
  size: number;
  /** Brought by a supplement rather than with the filing. */
  supplement: boolean;
  addedAt: string;
  quality: { ok: boolean; issues: QualityIssue[] };
}

export interface TimelineEvent {
  at: string;
  action: string;
  actorName: string | null;
  role: string | null;
  fromStatus: Status | null;
  toStatus: Status;
  statusLabel: string;
  fromUnit?: string | null;
  toUnit?: string | null;
  reason?: string | null;
}

/** A row of the phiếu kiểm soát (Mẫu 05): who handed the dossier to whom, and how the step went. */
export interface Handoff {
  fromUnit: string;
  toUnit: string;
  handedBy: string | null;
  receivedBy: string | null;
  handedAt: string;
  receivedAt: string | null;
  stepDueAt: string | null;
  result: 'early' | 'on_time' | 'late' | null;
}

export type FormKind = 'receipt' | 'supplement-request' | 'refusal' | 'apology' | 'tracking-sheet';

export interface PrintableForm {
  form: FormKind;
  title: string;
  url: string;
}

export type JsonObject = Record<string, unknown>;

export interface DossierDetail {
  code: string;
  procedure: { code: string; name: string; version: number };
  caseKey: string | null;
  caseName: string | null;
  channel: string;
  status: number;
  statusKey: Status;
  statusLabel: string;
  subStatus: SubStatus | null;
  unit: UnitRef;
  currentUnit: UnitRef;
  assignee: UnitRef | null;
  applicant: Person;
  filer: Person | null;
  form: JsonObject;
  formSchema: { schema: JsonObject; uiSchema: JsonObject } | null;
  documents: DossierDocument[];
  submittedAt: string;
  receivedAt: string | null;
  dueAt: string | null;
  rescheduledDueAt: string | null;
  rescheduleReason: string | null;
  resultReadyAt: string | null;
  returnedAt: string | null;
  overdue: boolean;
  early: boolean;
  supplementCount: number;
  supplementRequest: { items: string[]; note?: string } | null;
  fee: { amount: number; paid: boolean } | null;
  revision: number;
  allowedActions: Action[];
  timeline: TimelineEvent[];
  handoffs: Handoff[];
  forms: PrintableForm[];
}

/** A dossier's state after an action (the console reloads the detail afterwards). */
export interface ActionResult {
  code: string;
  status: number;
  statusKey: Status;
  statusLabel: string;
  revision: number;
}

/** What an action sends: `POST …/actions/{action}`. */
export interface ActionBody {
  reason?: string;
  payload?: JsonObject;
  revision?: number;
}

/** An officer of a unit as the colleagues' list shows them (`GET /console/officers`): name and roles there. */
export interface UnitOfficer {
  id: string;
  fullName: string;
  roles: Role[];
}

/** The units officers can send dossiers to (liên thông) and filter by. */
export interface Unit {
  id: string;
  name: string;
  kind: string;
  eid: string;
  parentId: string | null;
}
