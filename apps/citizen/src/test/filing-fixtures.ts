import { demoProcedures } from '@motcua/demo';
import type { Draft } from '../features/filing/draft.ts';
import type { ProcedureDetail } from '../features/procedures/types.ts';

function demo(code: string) {
  const found = demoProcedures.find((p) => p.code === code);
  if (!found) throw new Error(`demo procedure ${code} missing`);
  return found;
}

/** A demo procedure as `GET /procedures/{code}` answers it. */
export function procedureDetail(code: string): ProcedureDetail {
  const def = demo(code);
  return { ...def, units: receivingUnits, version: 1 };
}

/** Two commune desks that receive the demo procedures. */
export const receivingUnits = [
  { id: 'u1', eid: '000.20.01.H53', name: 'Trung tâm Phục vụ hành chính công phường Tân Ninh', kind: 'commune' },
  { id: 'u2', eid: '000.20.02.H53', name: 'Trung tâm Phục vụ hành chính công phường Long An', kind: 'commune' },
];

export const BIRTH = '1.001193';

/** The e-form's own complete example (`schema.examples[0]`). */
export function formExample(code: string): Record<string, unknown> {
  const examples = demo(code).form?.schema.examples;
  if (!Array.isArray(examples)) throw new Error('no example');
  return structuredClone(examples[0] as Record<string, unknown>);
}

export function draftFixture(overrides: Partial<Draft> = {}): Draft {
  return {
    id: 'draft-1',
    procedureCode: BIRTH,
    procedureName: 'Thủ tục đăng ký khai sinh',
    caseKey: 'thong-thuong',
    form: formExample(BIRTH),
    attachments: [],
    contact: {},
    step: 'documents',
    idempotencyKey: 'idem-key-draft-1',
    createdAt: '2026-07-12T02:00:00.000Z',
    updatedAt: '2026-07-12T02:00:00.000Z',
    ...overrides,
  };
}

export function uploadAnswer(id: string, issues: { code: string; message: string }[] = []) {
  return {
    status: 201,
    body: {
      id,
      contentType: 'image/jpeg',
      size: 180_000,
      sha256: 'a'.repeat(64),
      quality: { ok: issues.length === 0, issues },
    },
  };
}

export function lookupAnswer(code: string, overrides: Record<string, unknown> = {}) {
  return {
    body: {
      code,
      procedure: { code: BIRTH, name: 'Thủ tục đăng ký khai sinh' },
      status: 1,
      statusLabel: 'Mới đăng ký',
      applicantName: 'Trần T** M* L***',
      channel: 'online',
      currentUnit: 'Trung tâm Phục vụ hành chính công phường Tân Ninh',
      submittedAt: '2026-07-12T02:10:00.000Z',
      overdue: false,
      timeline: [
        {
          at: '2026-07-12T02:10:00.000Z',
          status: 1,
          statusLabel: 'Mới đăng ký',
          unit: 'Trung tâm Phục vụ hành chính công phường Tân Ninh',
        },
      ],
      ...overrides,
    },
  };
}
