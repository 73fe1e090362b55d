import { AppError } from '../../../platform/errors.ts';
import type { ApplicationRow } from '../applications.repo.ts';

/** The printable forms of a dossier (TT 01/2018/TT-VPCP Mẫu 01–04 and the tracking sheet). */
export const DOSSIER_FORMS = ['receipt', 'supplement-request', 'refusal', 'apology', 'tracking-sheet'] as const;
export type DossierForm = (typeof DOSSIER_FORMS)[number];

export const DOSSIER_FORM_TITLES: Record<DossierForm, string> = {
  receipt: 'Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  'supplement-request': 'Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
  refusal: 'Mẫu 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ',
  apology: 'Mẫu 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả',
  'tracking-sheet': 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
};

export interface DossierFormRef {
  form: DossierForm;
  title: string;
  url: string;
}

/** Whether a form exists for the dossier as it stands (e.g. Mẫu 04 only after a reschedule). */
export function formApplies(form: DossierForm, app: ApplicationRow): boolean {
  switch (form) {
    case 'receipt':
    case 'tracking-sheet':
      return app.receivedAt !== null && app.dueAt !== null;
    case 'supplement-request':
      return app.supplementRequest !== null;
    case 'refusal':
      return app.status === 'refused';
    case 'apology':
      return app.rescheduledDueAt !== null && app.dueAt !== null && app.receivedAt !== null;
  }
}

export function dossierForms(tenantSlug: string, app: ApplicationRow): DossierFormRef[] {
  return DOSSIER_FORMS.filter((form) => formApplies(form, app)).map((form) => ({
    form,
    title: DOSSIER_FORM_TITLES[form],
    url: `/api/v1/${tenantSlug}/console/applications/${encodeURIComponent(app.code)}/forms/${form}.pdf`,
  }));
}

/** Thrown when a form is asked for that the dossier does not have (yet). */
export class FormNotAvailableError extends AppError {
  constructor() {
    super('APPLICATION.FORM_NOT_AVAILABLE', 'This form does not exist for the dossier yet');
  }
}
