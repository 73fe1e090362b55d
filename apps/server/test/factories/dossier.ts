import type { Action, Actor } from '@motcua/workflow';
import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import { performAction, submitApplication } from '../../src/modules/applications/index.ts';
import { listUnits, type Tenant } from '../../src/modules/tenants/index.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import { withTx } from '../../src/platform/db/database.ts';
import { newId } from '../../src/platform/ids.ts';
import type { TestDatabase } from '../harness.ts';
import { uploadRow } from './upload.ts';

/** A dossier as its receipt names it. */
export interface FiledDossier {
  code: string;
  key: string;
}

/** Statuses a test can take a khai sinh dossier to, and the actions that lead there from filing. */
const paths = {
  submitted: [],
  accepted: ['accept'],
  refused: ['refuse'],
  processing: ['accept', 'start_processing'],
  supplement_requested: ['accept', 'start_processing', 'request_supplement'],
  payment_requested: ['accept', 'start_processing', 'request_payment'],
  stopped: ['accept', 'start_processing', 'stop'],
  result_ready: ['accept', 'start_processing', 'submit_for_approval', 'approve', 'complete'],
  returned: ['accept', 'start_processing', 'submit_for_approval', 'approve', 'complete', 'return_result'],
} as const satisfies Record<string, readonly Action[]>;

export type DossierStatus = keyof typeof paths;

const extras: Partial<Record<Action, { reason?: string; payload?: Record<string, unknown> }>> = {
  refuse: { reason: 'Không thuộc thẩm quyền' },
  stop: { reason: 'Công dân đề nghị dừng' },
  request_supplement: { reason: 'Ảnh mờ', payload: { items: ['Giấy chứng sinh (ảnh rõ nét)'] } },
  request_payment: { payload: { amount: 8000 } },
  return_result: { payload: { originalsChecked: true, feeCollected: 0 } },
};

/**
 * Files a khai sinh dossier online at a unit and walks it through the workflow to `status`, as an
 * officer holding every processing role there, at the instant `at`.
 */
export async function dossierIn(
  db: TestDatabase,
  tenant: Tenant,
  status: DossierStatus,
  options: { at: Date; unitEid?: string; applicantName?: string; applicantEmail?: string },
): Promise<FiledDossier> {
  const deps = { database: db.database, clock: fixedClock(options.at) };
  const unitEid = options.unitEid ?? '000.20.01.H53';
  const units = await withTx(db.database, tenant.id, (tx) => listUnits(tx, tenant.id));
  const unitId = units.find((u) => u.eid === unitEid)?.id ?? '';
  const filed = await submitApplication(deps, {
    tenant,
    body: {
      procedureCode: khaiSinh.code,
      caseKey: 'thong-thuong',
      unitEid,
      applicant: {
        fullName: options.applicantName ?? 'Trần Văn Bình',
        phone: '0912345678',
        ...(options.applicantEmail ? { email: options.applicantEmail } : {}),
      },
      form: (khaiSinh.form?.schema['examples'] as Record<string, unknown>[])[0] ?? {},
      attachments: [{ documentKey: 'giay-chung-sinh', uploadId: await uploadRow(db, tenant.id) }],
    },
    idempotencyKey: undefined,
    requestId: 'test',
    trackingUrl: () => 'https://motcua.test',
  });
  const actor: Actor = {
    kind: 'officer',
    officerId: newId(),
    roles: (['intake', 'processor', 'leader'] as const).map((role) => ({ unitId, role })),
  };
  for (const action of paths[status]) {
    await performAction(deps, { tenant, code: filed.body.code, action, actor, requestId: 'test', ...extras[action] });
  }
  return { code: filed.body.code, key: filed.body.lookupKey };
}
