import { describe, expect, it } from 'vitest';
import { remapFormUnitCodes } from './admin-unit-fields.ts';

const picker = { 'ui:widget': 'admin-unit' };
const ui = {
  residence: { provinceCode: picker, communeCode: picker, street: {} },
  members: { items: { communeCode: picker, note: {} } },
  note: {},
};
const mapping = new Map([
  ['25459', '25480'],
  ['80', '97'],
]);

describe('unit codes in an e-form', () => {
  it('replaces codes only in admin-unit fields, in nested objects and arrays', () => {
    const form = {
      residence: { provinceCode: '80', communeCode: '25459', street: '25459 Trần Hưng Đạo' },
      members: [{ communeCode: '25459', note: '80' }, { communeCode: '25654' }],
      note: '25459',
    };
    const result = remapFormUnitCodes(form, ui, mapping);
    expect(result.form).toEqual({
      residence: { provinceCode: '97', communeCode: '25480', street: '25459 Trần Hưng Đạo' },
      members: [{ communeCode: '25480', note: '80' }, { communeCode: '25654' }],
      note: '25459',
    });
    expect(result.replaced.sort()).toEqual(['25459', '25459', '80']);
    expect(result.codes.sort()).toEqual(['25480', '25480', '25654', '97']);
  });

  it('leaves a form without a UI schema, or without mapped codes, as it is', () => {
    const form = { residence: { communeCode: '25459' } };
    expect(remapFormUnitCodes(form, null, mapping)).toEqual({ form, replaced: [], codes: [] });
    expect(remapFormUnitCodes({ residence: { communeCode: '11111' } }, ui, mapping).replaced).toEqual([]);
  });
});
