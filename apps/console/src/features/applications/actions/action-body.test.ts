import { describe, expect, it } from 'vitest';
import { actionBody, supplementItems } from './action-body.ts';

describe('action bodies', () => {
  it.each([
    ['accept', {}, { revision: 7 }],
    ['refuse', { reason: '  Không thuộc thẩm quyền  ' }, { reason: 'Không thuộc thẩm quyền', revision: 7 }],
    [
      'request_supplement',
      { reason: 'Bổ sung', supplementDocuments: ['Giấy chứng sinh'], supplementOther: ['Bản sao sổ hộ khẩu', ' '] },
      { reason: 'Bổ sung', payload: { items: ['Giấy chứng sinh', 'Bản sao sổ hộ khẩu'] }, revision: 7 },
    ],
    ['start_processing', { reason: '   ' }, { revision: 7 }],
    ['assign', { officerId: 'o-1' }, { payload: { officerId: 'o-1' }, revision: 7 }],
    [
      'transfer',
      { toUnitId: 'u-2', reason: 'Liên thông' },
      { reason: 'Liên thông', payload: { toUnitId: 'u-2' }, revision: 7 },
    ],
    ['submit_for_approval', {}, { revision: 7 }],
    ['approve', {}, { revision: 7 }],
    ['request_payment', { amount: 15000.4 }, { payload: { amount: 15000 }, revision: 7 }],
    ['confirm_payment', {}, { revision: 7 }],
    [
      'reschedule',
      { reason: 'Chờ xác minh', newDueDay: '2026-02-10' },
      { reason: 'Chờ xác minh', payload: { newDueAt: '2026-02-10T17:00:00+07:00' }, revision: 7 },
    ],
    ['complete', { returnToUnitId: 'u-1' }, { payload: { returnToUnitId: 'u-1' }, revision: 7 }],
    ['complete', {}, { revision: 7 }],
    [
      'return_result',
      { originalsChecked: true, feeCollected: 8000 },
      { payload: { originalsChecked: true, feeCollected: 8000 }, revision: 7 },
    ],
    ['stop', { reason: 'Công dân rút hồ sơ' }, { reason: 'Công dân rút hồ sơ', revision: 7 }],
    ['receive_supplement', {}, { revision: 7 }],
  ] as const)('%s', (action, values, expected) => {
    expect(actionBody(action, values, 7)).toEqual(expected);
  });

  it('lists each missing item once, ticked documents first', () => {
    expect(supplementItems({ supplementDocuments: ['A', 'B'], supplementOther: ['B', ' C ', ''] })).toEqual([
      'A',
      'B',
      'C',
    ]);
  });
});
