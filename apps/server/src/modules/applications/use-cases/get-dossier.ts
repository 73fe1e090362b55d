import { allowedActions, statusLabel, type Action, type Status } from '@motcua/workflow';
import type { Clock } from '../../../platform/clock.ts';
import { appendAudit } from '../../../platform/audit.ts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { findUploads } from '../../attachments/index.ts';
import { findVersionById } from '../../catalog/index.ts';
import type { Officer } from '../../identity/index.ts';
import { listUnits, type Tenant } from '../../tenants/index.ts';
import { ApplicationNotFoundError, TransitionRejectedError } from '../applications.errors.ts';
import {
  findByCode,
  listDocuments,
  listEvents,
  listHandoffs,
  listIntents,
  officerNames,
  type ApplicationRow,
} from '../applications.repo.ts';
import { applicationState, dossierStateOf } from './application-state.ts';
import { dossierForms, type DossierFormRef } from './dossier-forms.ts';

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

export interface DossierDetail {
  code: string;
  procedure: { code: string; name: string; version: number };
  caseKey: string;
  caseName: string;
  channel: string;
  status: number;
  statusKey: Status;
  statusLabel: string;
  subStatus: string | null;
  unit: { id: string; name: string };
  currentUnit: { id: string; name: string };
  assignee: { id: string; name: string } | null;
  applicant: { fullName: string; phone: string; email?: string; idNumber?: string; address?: string };
  filer: unknown;
  form: unknown;
  formSchema: { schema: unknown; uiSchema: unknown } | null;
  documents: {
    uploadId: string;
    documentKey: string;
    documentName: string;
    contentType: string;
    size: number;
    supplement: boolean;
    addedAt: string;
    quality: { ok: boolean; issues: { code: string; message: string }[] };
  }[];
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
  timeline: {
    at: string;
    action: string;
    actorType: string;
    actorName: string | null;
    role: string | null;
    fromStatus: string | null;
    toStatus: string;
    statusLabel: string;
    fromUnit: string | null;
    toUnit: string | null;
    reason: string | null;
  }[];
  handoffs: {
    fromUnit: string;
    toUnit: string;
    handedBy: string | null;
    receivedBy: string | null;
    handedAt: string;
    receivedAt: string | null;
    stepDueAt: string | null;
    result: 'early' | 'on_time' | 'late' | null;
  }[];
  forms: DossierFormRef[];
  /** Every citizen notice produced, with its delivery state (channels deliver them). */
  notices: { deliveryId: string; intent: string; status: string; createdAt: string }[];
}

/** Whether an officer may open a dossier: a non-admin role on the receiving or the holding unit. */
export function inOfficerScope(officer: Officer, app: Pick<ApplicationRow, 'unitId' | 'currentUnitId'>): boolean {
  return officer.roles.some((r) => r.role !== 'admin' && (r.unitId === app.currentUnitId || r.unitId === app.unitId));
}

/**
 * The dossier as the officer's console shows it: applicant in full, form, documents with their
 * quality flags, timeline, hand-off log, the actions this officer may take and the printable forms.
 * Opening it shows personal data, so every read is written to the audit log.
 */
export async function getDossier(
  deps: { database: Database; clock: Clock },
  input: { tenant: Tenant; code: string; officer: Officer; requestId: string },
): Promise<DossierDetail> {
  const now = deps.clock.now();
  return withTx(deps.database, input.tenant.id, async (tx) => {
    const app = await findByCode(tx, input.tenant.id, input.code);
    if (!app) throw new ApplicationNotFoundError();
    if (!inOfficerScope(input.officer, app)) throw new TransitionRejectedError('OUT_OF_SCOPE', 'read_dossier');
    const [version, units, documents, events, handoffRows, intents] = [
      await findVersionById(tx, input.tenant.id, app.procedureVersionId),
      await listUnits(tx, input.tenant.id),
      await listDocuments(tx, input.tenant.id, app.id),
      await listEvents(tx, input.tenant.id, app.id),
      await listHandoffs(tx, input.tenant.id, app.id),
      await listIntents(tx, input.tenant.id, app.id),
    ];
    const uploads = await findUploads(
      tx,
      input.tenant.id,
      documents.map((d) => d.uploadId),
    );
    const officerIds = [
      ...events.flatMap((e) => (e.actorType === 'officer' && e.actorId ? [e.actorId] : [])),
      ...handoffRows.flatMap((h) => [h.fromOfficerId, h.toOfficerId].filter((id): id is string => id !== null)),
      ...(app.assigneeId ? [app.assigneeId] : []),
    ];
    const names = await officerNames(tx, input.tenant.id, [...new Set(officerIds)]);
    await appendAudit(
      tx,
      input.tenant.id,
      {
        actorType: 'officer',
        actorId: input.officer.id,
        action: 'application.read',
        subjectType: 'application',
        subjectId: app.id,
        requestId: input.requestId,
      },
      now,
    );
    const unitName = (id: string | null): string | null =>
      id === null ? null : (units.find((u) => u.id === id)?.name ?? null);
    const def = version?.definition;
    const chosen = def?.cases.find((c) => c.key === app.caseKey) ?? def?.cases[0];
    const uploadById = new Map(uploads.found.map((u) => [u.id, u]));
    const state = applicationState(app, now);
    const supplement = app.supplementRequest as { items?: string[]; note?: string } | null;
    return {
      code: app.code,
      procedure: { code: app.procedureCode, name: def?.name ?? app.procedureCode, version: version?.version ?? 0 },
      caseKey: app.caseKey,
      caseName: chosen?.name ?? app.caseKey,
      channel: app.channel,
      status: state.status,
      statusKey: state.statusKey,
      statusLabel: state.statusLabel,
      subStatus: state.subStatus,
      unit: { id: app.unitId, name: unitName(app.unitId) ?? '' },
      currentUnit: { id: app.currentUnitId, name: unitName(app.currentUnitId) ?? '' },
      assignee: app.assigneeId ? { id: app.assigneeId, name: names.get(app.assigneeId) ?? '' } : null,
      applicant: {
        fullName: app.applicantName,
        phone: `0${app.applicantPhone.slice(2)}`,
        ...(app.applicantEmail ? { email: app.applicantEmail } : {}),
        ...(app.applicantIdNumber ? { idNumber: app.applicantIdNumber } : {}),
        ...(app.applicantAddress ? { address: app.applicantAddress } : {}),
      },
      filer: app.filer ?? null,
      form: app.form,
      formSchema: def?.form ? { schema: def.form.schema, uiSchema: def.form.uiSchema } : null,
      documents: documents.map((d) => {
        const upload = uploadById.get(d.uploadId);
        return {
          uploadId: d.uploadId,
          documentKey: d.documentKey,
          documentName: chosen?.documents.find((doc) => doc.key === d.documentKey)?.name ?? d.documentKey,
          contentType: upload?.contentType ?? 'application/octet-stream',
          size: upload?.size ?? 0,
          supplement: d.supplement,
          addedAt: d.addedAt.toISOString(),
          quality: upload?.quality ?? { ok: true, issues: [] },
        };
      }),
      submittedAt: app.submittedAt.toISOString(),
      receivedAt: state.receivedAt,
      dueAt: state.dueAt,
      rescheduledDueAt: state.rescheduledDueAt,
      rescheduleReason: app.rescheduleReason,
      resultReadyAt: state.resultReadyAt,
      returnedAt: state.returnedAt,
      overdue: state.overdue,
      early: state.early,
      supplementCount: app.supplementCount,
      supplementRequest: supplement?.items
        ? { items: supplement.items, ...(supplement.note ? { note: supplement.note } : {}) }
        : null,
      fee: app.feeAmount !== null ? { amount: app.feeAmount, paid: app.feePaidAt !== null } : null,
      revision: app.revision,
      allowedActions: allowedActions(
        dossierStateOf(app),
        { kind: 'officer', officerId: input.officer.id, roles: input.officer.roles },
        now,
      ),
      timeline: events.map((e) => ({
        at: e.at.toISOString(),
        action: e.action,
        actorType: e.actorType,
        actorName: e.actorType === 'officer' && e.actorId ? (names.get(e.actorId) ?? null) : null,
        role: e.role,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        statusLabel: statusLabel(e.toStatus as Status),
        fromUnit: unitName(e.fromUnitId),
        toUnit: unitName(e.toUnitId),
        reason: e.reason,
      })),
      handoffs: handoffRows.map((h) => ({
        fromUnit: unitName(h.fromUnitId) ?? '',
        toUnit: unitName(h.toUnitId) ?? '',
        handedBy: h.fromOfficerId ? (names.get(h.fromOfficerId) ?? null) : null,
        receivedBy: h.toOfficerId ? (names.get(h.toOfficerId) ?? null) : null,
        handedAt: h.handedAt.toISOString(),
        receivedAt: iso(h.receivedAt),
        stepDueAt: iso(h.stepDeadline),
        result: h.stepResult as 'early' | 'on_time' | 'late' | null,
      })),
      forms: dossierForms(input.tenant.slug, app),
      notices: intents.map((n) => ({
        deliveryId: n.deliveryId,
        intent: n.intent,
        status: n.status,
        createdAt: n.createdAt.toISOString(),
      })),
    };
  });
}
