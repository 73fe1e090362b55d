import type { Clock } from '../../../platform/clock.ts';
import { appendAudit } from '../../../platform/audit.ts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { findVersionById } from '../../catalog/index.ts';
import type { Officer } from '../../identity/index.ts';
import {
  renderApology,
  renderRefusal,
  renderSupplementRequest,
  renderTrackingSheet,
  type ApplicantView,
  type DocumentHeaderView,
} from '../../receipts/index.ts';
import { listUnits, type Tenant } from '../../tenants/index.ts';
import { ApplicationNotFoundError, TransitionRejectedError } from '../applications.errors.ts';
import { findByCode, listHandoffs, officerNames, type ApplicationRow } from '../applications.repo.ts';
import { formApplies, FormNotAvailableError, type DossierForm } from './dossier-forms.ts';
import { inOfficerScope } from './get-dossier.ts';
import { renderReceiptPdf } from './render-receipt-pdf.ts';

export interface RenderDossierFormDeps {
  database: Database;
  clock: Clock;
}

export interface RenderDossierFormInput {
  tenant: Tenant;
  code: string;
  form: DossierForm;
  officer: Officer;
  requestId: string;
  qrUrl: (code: string, key: string, issuedAt: Date) => Promise<string>;
}

function applicantOf(app: ApplicationRow): ApplicantView {
  return {
    fullName: app.applicantName,
    ...(app.applicantAddress ? { address: app.applicantAddress } : {}),
    phone: `0${app.applicantPhone.slice(2)}`,
    ...(app.applicantEmail ? { email: app.applicantEmail } : {}),
  };
}

/**
 * An officer prints one of a dossier's forms. The forms carry the applicant's name and contacts, so
 * the print is audit-logged; a form that does not apply yet (Mẫu 04 before any reschedule) is a 409.
 */
export async function renderDossierForm(deps: RenderDossierFormDeps, input: RenderDossierFormInput): Promise<Buffer> {
  const data = await withTx(deps.database, input.tenant.id, async (tx) => {
    const app = await findByCode(tx, input.tenant.id, input.code);
    if (!app) throw new ApplicationNotFoundError();
    if (!inOfficerScope(input.officer, app)) throw new TransitionRejectedError('OUT_OF_SCOPE', 'print_form');
    if (!formApplies(input.form, app)) throw new FormNotAvailableError();
    const handoffRows = input.form === 'tracking-sheet' ? await listHandoffs(tx, input.tenant.id, app.id) : [];
    const ids = handoffRows.flatMap((h) => [h.fromOfficerId, h.toOfficerId]).filter((id): id is string => !!id);
    await appendAudit(
      tx,
      input.tenant.id,
      {
        actorType: 'officer',
        actorId: input.officer.id,
        action: 'application.print',
        subjectType: 'application',
        subjectId: app.id,
        requestId: input.requestId,
        detail: { form: input.form },
      },
      deps.clock.now(),
    );
    return {
      app,
      version: await findVersionById(tx, input.tenant.id, app.procedureVersionId),
      units: await listUnits(tx, input.tenant.id),
      handoffRows,
      names: await officerNames(tx, input.tenant.id, [...new Set(ids)]),
    };
  });
  const { app, version, units, handoffRows, names } = data;
  if (input.form === 'receipt') {
    return renderReceiptPdf(deps, { tenant: input.tenant, code: app.code, key: app.lookupKey, qrUrl: input.qrUrl });
  }
  const unitName = (id: string): string => units.find((u) => u.id === id)?.name ?? '';
  const desk = unitName(app.unitId) || input.tenant.name;
  const header = (issuedAt: Date, issuer = desk): DocumentHeaderView => ({
    issuer: { parent: `UBND ${input.tenant.name}`.toUpperCase(), name: issuer },
    place: input.tenant.name.replace(/^(Tỉnh|Thành phố)\s+/u, ''),
    issuedAt,
  });
  const procedureName = version?.definition.name ?? app.procedureCode;
  const now = deps.clock.now();
  switch (input.form) {
    case 'supplement-request': {
      const request = app.supplementRequest as { items?: string[]; note?: string } | null;
      return renderSupplementRequest({
        header: header(now),
        code: app.code,
        desk,
        applicant: applicantOf(app),
        procedureName,
        ...(app.receivedAt ? { receivedAt: app.receivedAt } : {}),
        items: (request?.items ?? []).map((item) => ({ item, reason: request?.note ?? 'Thành phần hồ sơ còn thiếu' })),
        qr: { url: await input.qrUrl(app.code, app.lookupKey, app.receivedAt ?? app.submittedAt) },
      });
    }
    case 'refusal':
      return renderRefusal({
        header: header(app.endedAt ?? now),
        code: app.code,
        desk,
        applicant: applicantOf(app),
        procedureName,
        reason: app.decisionReason ?? '',
      });
    case 'apology': {
      if (!app.receivedAt || !app.dueAt || !app.rescheduledDueAt) throw new FormNotAvailableError();
      return renderApology({
        header: header(now, unitName(app.currentUnitId) || desk),
        code: app.code,
        applicant: applicantOf(app),
        procedureName,
        desk,
        receivedAt: app.receivedAt,
        originalDueAt: app.dueAt,
        newDueAt: app.rescheduledDueAt,
        reason: app.rescheduleReason ?? '',
        signer: { title: 'THỦ TRƯỞNG CƠ QUAN' },
        qr: { url: await input.qrUrl(app.code, app.lookupKey, app.receivedAt) },
      });
    }
    case 'tracking-sheet': {
      if (!app.receivedAt || !app.dueAt) throw new FormNotAvailableError();
      const name = (id: string | null): string | undefined => (id ? names.get(id) : undefined);
      return renderTrackingSheet({
        header: header(app.receivedAt),
        code: app.code,
        applicant: applicantOf(app),
        procedureName,
        receivedAt: app.receivedAt,
        dueAt: app.rescheduledDueAt ?? app.dueAt,
        resolvingUnit: unitName(app.currentUnitId),
        handoffs: handoffRows.map((h) => {
          const from = name(h.fromOfficerId);
          const to = name(h.toOfficerId);
          return {
            fromUnit: unitName(h.fromUnitId),
            toUnit: unitName(h.toUnitId),
            handedAt: h.handedAt,
            ...(h.receivedAt ? { receivedAt: h.receivedAt } : {}),
            ...(from ? { fromOfficer: from } : {}),
            ...(to ? { toOfficer: to } : {}),
            ...(h.stepResult ? { result: h.stepResult as 'early' | 'on_time' | 'late' } : {}),
            ...(h.note ? { note: h.note } : {}),
          };
        }),
      });
    }
  }
}
