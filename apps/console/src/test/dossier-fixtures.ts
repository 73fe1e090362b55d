import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import type { DossierDetail, InboxItem, InboxPage, JsonObject } from '../features/applications/types.ts';
import { JUSTICE_DEPARTMENT, PROVINCE_CENTRE } from './officers.ts';

export const DOSSIER_CODE = '000.00.00.H53-260105-0001';

function khaiSinhForm(): { schema: JsonObject; uiSchema: JsonObject; example: JsonObject } {
  const form = khaiSinh.form;
  if (!form) throw new Error('the demo birth registration has an e-form');
  const examples = form.schema['examples'] as JsonObject[];
  const example = examples[0];
  if (!example) throw new Error('the demo e-form has an example');
  return { schema: form.schema, uiSchema: form.uiSchema, example };
}

export const inboxItem: InboxItem = {
  code: DOSSIER_CODE,
  procedureCode: khaiSinh.code,
  procedureName: 'Đăng ký khai sinh',
  status: 1,
  statusKey: 'submitted',
  statusLabel: 'Mới đăng ký',
  applicantName: 'T** T** M** Linh',
  channel: 'online',
  currentUnitId: PROVINCE_CENTRE.id,
  unitName: PROVINCE_CENTRE.name,
  submittedAt: '2026-01-05T08:10:00+07:00',
  dueAt: null,
  overdue: false,
};

export const overdueItem: InboxItem = {
  ...inboxItem,
  code: '000.00.00.H53-251220-0007',
  status: 4,
  statusKey: 'processing',
  statusLabel: 'Đang xử lý',
  applicantName: 'N** V** An',
  channel: 'counter',
  dueAt: '2025-12-30T17:00:00+07:00',
  overdue: true,
};

export const inboxPage: InboxPage = {
  items: [inboxItem, overdueItem],
  total: 57,
  counts: { submitted: 12, processing: 40, result_ready: 5 },
};

const { schema, uiSchema, example } = khaiSinhForm();

/** A dossier waiting at the desk, filed online, with two photos (one blurry) and one hand-off. */
export const dossier: DossierDetail = {
  code: DOSSIER_CODE,
  procedure: { code: khaiSinh.code, name: khaiSinh.name, version: 3 },
  caseKey: 'thong-thuong',
  caseName: 'Khai sinh cho trẻ em (trường hợp thông thường)',
  channel: 'online',
  status: 1,
  statusKey: 'submitted',
  statusLabel: 'Mới đăng ký',
  subStatus: null,
  unit: { id: PROVINCE_CENTRE.id, name: PROVINCE_CENTRE.name },
  currentUnit: { id: PROVINCE_CENTRE.id, name: PROVINCE_CENTRE.name },
  assignee: null,
  applicant: { fullName: 'Trần Thị Mỹ Linh', phone: '0918123456', idNumber: '072195001234' },
  filer: null,
  form: example,
  formSchema: { schema, uiSchema },
  documents: [
    {
      uploadId: '11111111-1111-4111-8111-111111111111',
      documentKey: 'giay-chung-sinh',
      documentName: 'Giấy chứng sinh',
      contentType: 'image/jpeg',
      size: 245_000,
      supplement: false,
      addedAt: '2026-01-05T08:09:00+07:00',
      quality: { ok: true, issues: [] },
    },
    {
      uploadId: '22222222-2222-4222-8222-222222222222',
      documentKey: 'giay-to-tuy-than',
      documentName: 'Thẻ căn cước của người đi đăng ký',
      contentType: 'image/jpeg',
      size: 198_000,
      supplement: false,
      addedAt: '2026-01-05T08:09:30+07:00',
      quality: { ok: false, issues: [{ code: 'blurry', message: 'Ảnh bị mờ, vui lòng chụp lại' }] },
    },
  ],
  submittedAt: '2026-01-05T08:10:00+07:00',
  receivedAt: null,
  dueAt: null,
  rescheduledDueAt: null,
  rescheduleReason: null,
  resultReadyAt: null,
  returnedAt: null,
  overdue: false,
  early: false,
  supplementCount: 0,
  supplementRequest: null,
  fee: null,
  revision: 4,
  allowedActions: ['accept', 'refuse', 'request_supplement'],
  timeline: [
    {
      at: '2026-01-05T08:10:00+07:00',
      action: 'submit',
      actorName: null,
      role: null,
      fromStatus: null,
      toStatus: 'submitted',
      statusLabel: 'Mới đăng ký',
    },
    {
      at: '2026-01-05T09:00:00+07:00',
      action: 'transfer',
      actorName: 'Trần Văn Bình',
      role: 'processor',
      fromStatus: 'accepted',
      toStatus: 'processing',
      statusLabel: 'Đang xử lý',
      fromUnit: PROVINCE_CENTRE.name,
      toUnit: JUSTICE_DEPARTMENT.name,
      reason: 'Chuyển Sở Tư pháp thẩm định',
    },
  ],
  handoffs: [
    {
      fromUnit: PROVINCE_CENTRE.name,
      toUnit: JUSTICE_DEPARTMENT.name,
      handedBy: 'Trần Văn Bình',
      receivedBy: 'Lê Minh Châu',
      handedAt: '2026-01-05T09:00:00+07:00',
      receivedAt: '2026-01-05T09:30:00+07:00',
      stepDueAt: '2026-01-07T17:00:00+07:00',
      result: 'early',
    },
  ],
  forms: [
    {
      form: 'tracking-sheet',
      title: 'Phiếu kiểm soát',
      url: `/api/v1/tay-ninh/console/applications/${DOSSIER_CODE}/forms/tracking-sheet.pdf`,
    },
  ],
};

/** The same dossier in processing at the desk unit, due in a week, with every processing action open. */
export function processingDossier(overrides: Partial<DossierDetail> = {}): DossierDetail {
  return {
    ...dossier,
    status: 4,
    statusKey: 'processing',
    statusLabel: 'Đang xử lý',
    subStatus: 'in_review',
    receivedAt: '2026-01-05T09:00:00+07:00',
    dueAt: '2099-01-12T17:00:00+07:00',
    fee: { amount: 8000, paid: false },
    ...overrides,
  };
}
