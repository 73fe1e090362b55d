import { describe, expect, it } from 'vitest';
import { dossier } from '../../test/dossier-fixtures.ts';
import { adminUnitLists, describeFormData, formatAnswer, type FormSection } from './form-data.ts';

const words = { yes: 'Có', no: 'Không' };

function find(section: FormSection, title: string): FormSection | undefined {
  if (section.title === title) return section;
  for (const child of section.sections) {
    const found = find(child, title);
    if (found) return found;
  }
  return undefined;
}

describe('e-form answers', () => {
  it('labels the birth registration answers with the form’s own titles and words', () => {
    const root = describeFormData(
      dossier.formSchema?.schema ?? null,
      dossier.formSchema?.uiSchema ?? null,
      dossier.form,
      words,
    );
    expect(root.title).toBe('Tờ khai đăng ký khai sinh');
    const child = find(root, 'Người được khai sinh');
    expect(child?.rows).toContainEqual({
      key: 'child.fullName',
      label: 'Họ, chữ đệm và tên',
      value: 'Nguyễn Trần Bảo An',
    });
    expect(child?.rows).toContainEqual({ key: 'child.sex', label: 'Giới tính', value: 'Nữ' });
    expect(child?.rows).toContainEqual({
      key: 'child.dateOfBirth',
      label: 'Ngày, tháng, năm sinh',
      value: '10/07/2026',
    });
    expect(root.rows.find((row) => row.key === 'relationship')?.value).toBe('Mẹ');
    expect(find(root, 'Thông tin người mẹ')).toBeTruthy();
  });

  it('shows answers without a schema under their keys, and objects in arrays as numbered groups', () => {
    const root = describeFormData(
      null,
      null,
      { note: 'xin cấp gấp', members: [{ name: 'An' }, { name: 'Bình' }], urgent: true },
      words,
    );
    expect(root.rows).toEqual([
      { key: 'note', label: 'note', value: 'xin cấp gấp' },
      { key: 'urgent', label: 'urgent', value: 'Có' },
    ]);
    expect(root.sections.map((section) => section.title)).toEqual(['members 1', 'members 2']);
  });

  it('names provinces and communes, and shows the code of a unit it cannot name', () => {
    const schema = dossier.formSchema?.schema ?? null;
    const uiSchema = dossier.formSchema?.uiSchema ?? null;
    expect(adminUnitLists(schema, uiSchema, dossier.form)).toEqual([null, '80']);
    const names = new Map([['80', 'Tây Ninh']]);
    const root = describeFormData(schema, uiSchema, dossier.form, { ...words, unitName: (code) => names.get(code) });
    const residence = find(find(root, 'Thông tin người mẹ') ?? root, 'Nơi cư trú');
    expect(residence?.rows.slice(0, 2)).toEqual([
      { key: 'mother.residence.provinceCode', label: 'Tỉnh/thành phố', value: 'Tây Ninh' },
      { key: 'mother.residence.communeCode', label: 'Xã/phường/đặc khu', value: '25459' },
    ]);
  });

  it('formats single answers', () => {
    expect(formatAnswer({ type: 'boolean', oneOf: [{ const: false, title: 'Chưa' }] }, false, words)).toBe('Chưa');
    expect(formatAnswer({ type: 'array' }, ['a', 'b'], words)).toBe('a, b');
    expect(formatAnswer({ type: 'integer' }, 2, words)).toBe('2');
  });
});
