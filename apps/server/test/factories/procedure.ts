import type { ProcedureDefinition } from '@motcua/contracts';

let counter = 0;

/** A valid procedure definition; override what the test is about. */
export function procedureDefinition(overrides: Partial<ProcedureDefinition> = {}): ProcedureDefinition {
  counter += 1;
  const code = `2.${String(900000 + counter).padStart(6, '0')}`;
  return {
    code,
    name: `Thủ tục thử nghiệm số ${counter}`,
    field: { name: 'Hộ tịch' },
    level: 'commune',
    authority: 'Ủy ban nhân dân cấp xã',
    unitEids: [],
    subjects: ['Công dân Việt Nam'],
    steps: ['Nộp hồ sơ', 'Nhận kết quả'],
    processingTime: { value: 3, unit: 'working_days' },
    fee: { amount: 0, text: 'Miễn phí' },
    channels: [
      { channel: 'counter', processingTime: { value: 3, unit: 'working_days' }, fee: { amount: 0, text: 'Miễn phí' } },
    ],
    onlineLevel: 'partial',
    cases: [
      {
        key: 'chung',
        name: 'Trường hợp chung',
        documents: [{ key: 'to-khai', name: 'Tờ khai', originals: 1, copies: 0, required: true }],
      },
    ],
    conditions: [],
    legalBasis: [{ code: '60/2014/QH13', name: 'Luật Hộ tịch' }],
    results: [{ name: 'Giấy xác nhận' }],
    keywords: [],
    uncertainties: [],
    ...overrides,
  };
}
