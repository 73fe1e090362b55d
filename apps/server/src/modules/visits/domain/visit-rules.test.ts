import { describe, expect, it } from 'vitest';
import { statuses } from '@motcua/workflow';
import { canBookVisit, originalsChecklist, visitFee, visitUnitId, type CaseDocument } from './visit-rules.ts';

describe('when a visit can be booked', () => {
  it.each(Object.keys(statuses))('%s', (status) => {
    expect(canBookVisit(status)).toBe(status === 'result_ready' || status === 'payment_requested');
  });

  it('is at the desk holding a ready result, and at the receiving desk to pay a fee', () => {
    const dossier = { unitId: 'desk', currentUnitId: 'department' };
    expect(visitUnitId({ ...dossier, status: 'payment_requested' })).toBe('desk');
    expect(visitUnitId({ ...dossier, status: 'result_ready', currentUnitId: 'other-desk' })).toBe('other-desk');
  });
});

describe('what to bring', () => {
  const documents: CaseDocument[] = [
    { key: 'to-khai', name: 'Tờ khai', originals: 1, copies: 0, required: true, filledByForm: true },
    { key: 'chung-sinh', name: 'Giấy chứng sinh', originals: 1, copies: 0, required: true },
    { key: 'uy-quyen', name: 'Văn bản ủy quyền', originals: 1, copies: 0, required: false },
    { key: 'can-cuoc', name: 'Thẻ căn cước', originals: 0, copies: 0, required: true, presentOnly: true },
    { key: 'ban-sao', name: 'Bản sao sổ hộ khẩu', originals: 0, copies: 2, required: true },
  ];

  it('lists the originals the dossier needs: required ones and optional ones it was filed with', () => {
    expect(originalsChecklist(documents, new Set(['chung-sinh']), true)).toEqual([
      { name: 'Giấy chứng sinh', originals: 1, copies: 0 },
      { name: 'Thẻ căn cước', originals: 1, copies: 0 },
    ]);
    expect(originalsChecklist(documents, new Set(['uy-quyen']), false).map((d) => d.name)).toEqual([
      'Tờ khai',
      'Giấy chứng sinh',
      'Văn bản ủy quyền',
      'Thẻ căn cước',
    ]);
  });
});

describe('the fee to pay at the desk', () => {
  const published = { amount: 0, text: 'Miễn lệ phí' };
  it('is the amount asked for, else the published one, and none when free', () => {
    expect(visitFee(published, { feeAmount: null, feePaidAt: null })).toBeNull();
    expect(visitFee(published, { feeAmount: 8000, feePaidAt: null })).toEqual({
      amount: 8000,
      text: 'Miễn lệ phí',
      paid: false,
    });
    expect(visitFee({ amount: 20000, text: '20.000 đồng' }, { feeAmount: null, feePaidAt: new Date() })).toEqual({
      amount: 20000,
      text: '20.000 đồng',
      paid: true,
    });
  });
});
