import { demoProcedures } from '@motcua/demo';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { adminUnitsRoute } from '../../test/admin-units.ts';
import {
  choose,
  control,
  errorOf,
  fieldElement,
  leaves,
  renderForm,
  submitForm,
  type,
  type Leaf,
} from '../../test/eform-kit.tsx';
import { mockFetch } from '../../test/mock-fetch.ts';
import { clearAdminUnitCache } from './admin-units.ts';
import { asObject, asStringArray, isObject, type JsonObject } from './schema.ts';

const forms = demoProcedures.flatMap((p) =>
  p.form ? [{ code: p.code, schema: p.form.schema, uiSchema: p.form.uiSchema }] : [],
);

function exampleOf(schema: JsonObject): JsonObject {
  return structuredClone(asObject((schema.examples as unknown[])[0]));
}

function uiMessage(leaf: Leaf, keyword: string): string | undefined {
  const message = asObject(leaf.ui['ui:errorMessages'])[keyword];
  return typeof message === 'string' ? message : undefined;
}

const isIdNumber = (leaf: Leaf) => leaf.schema.pattern === '^[0-9]{12}$';
const isPhone = (leaf: Leaf) => leaf.ui['ui:widget'] === 'phone';
const isDate = (leaf: Leaf) => leaf.schema.format === 'date';
const isPlainText = (leaf: Leaf) =>
  leaf.schema.type === 'string' &&
  leaf.schema.pattern === undefined &&
  leaf.schema.format === undefined &&
  leaf.schema.oneOf === undefined &&
  leaf.ui['ui:widget'] === undefined;

beforeEach(() => {
  clearAdminUnitCache();
  mockFetch((url) => adminUnitsRoute(url));
});

describe.each(forms)('e-form $code', ({ schema, uiSchema }) => {
  const example = exampleOf(schema);
  const all = leaves(schema, uiSchema, example);

  it('renders every answer of its example in a field, and submits the example unchanged', async () => {
    const onSubmit = vi.fn();
    renderForm({ schema, uiSchema, initial: example, onSubmit });
    for (const leaf of all) expect(fieldElement(leaf.path), leaf.path.join('/')).not.toBeNull();
    // Province and commune pickers show names once their lists arrive.
    if (all.some((leaf) => leaf.ui['ui:widget'] === 'admin-unit')) {
      await screen.findAllByRole('option', { name: 'Phường Tân Ninh', selected: true });
    }
    submitForm();
    expect(document.querySelectorAll('.ef-error')).toHaveLength(0);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]?.[0]).toEqual(example);
  });

  it('names a missing required answer next to its field, in Vietnamese', () => {
    const leaf = all.find((l) => l.required && isPlainText(l));
    if (!leaf) throw new Error('no required text field');
    const onSubmit = vi.fn();
    renderForm({ schema, uiSchema, initial: example, onSubmit });
    type(leaf.path, '');
    submitForm();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(errorOf(leaf.path)).toBe(uiMessage(leaf, 'required') ?? 'Vui lòng nhập thông tin này');
    expect(control(leaf.path).getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses an ID number that is not 12 digits', () => {
    const leaf = all.find(isIdNumber);
    if (!leaf) throw new Error('no ID number field');
    renderForm({ schema, uiSchema, initial: example, onSubmit: vi.fn() });
    type(leaf.path, '07219500123');
    expect(errorOf(leaf.path)).toBe('Số căn cước gồm đúng 12 chữ số, vui lòng kiểm tra lại');
    type(leaf.path, '0721 9500 1234');
    expect(errorOf(leaf.path)).toBeNull();
    expect(control(leaf.path).value).toBe('072195001234');
  });

  it('refuses a phone number that is not a Vietnamese mobile', () => {
    const leaf = all.find(isPhone);
    if (!leaf) throw new Error('no phone field');
    renderForm({ schema, uiSchema, initial: example, onSubmit: vi.fn() });
    type(leaf.path, '0218123456');
    expect(errorOf(leaf.path)).toBe(
      'Số điện thoại di động gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09 (hoặc +84)',
    );
    type(leaf.path, '+84918123456');
    expect(errorOf(leaf.path)).toBeNull();
  });

  it('takes dates as dd/MM/yyyy and refuses impossible ones', () => {
    const leaf = all.find(isDate);
    if (!leaf) throw new Error('no date field');
    const onSubmit = vi.fn();
    renderForm({ schema, uiSchema, initial: example, onSubmit });
    expect(control(leaf.path).value).toBe(String(leaf.value).split('-').reverse().join('/'));
    type(leaf.path, '31/02/2026');
    expect(errorOf(leaf.path)).toBe('Ngày không hợp lệ, vui lòng nhập theo dạng ngày/tháng/năm (ví dụ 05/09/2026)');
    type(leaf.path, '5/9/2026');
    expect(errorOf(leaf.path)).toBeNull();
    submitForm();
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const sent = asObject(onSubmit.mock.calls[0]?.[0]);
    const date = leaf.path.reduce<unknown>(
      (node, key) =>
        isObject(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[key] : undefined,
      sent,
    );
    expect(date).toBe('2026-09-05');
  });
});

/** `if {gate: const|enum} then {required: [targets]}` at the top of a form or of an always-shown section. */
interface Conditional {
  objectPath: string[];
  gate: string;
  gateSchema: JsonObject;
  on: unknown;
  off: unknown;
  targets: string[];
}

function simpleConditionals(schema: JsonObject, objectPath: string[] = []): Conditional[] {
  const properties = asObject(schema.properties);
  const found: Conditional[] = [];
  for (const entry of Array.isArray(schema.allOf) ? schema.allOf.filter(isObject) : []) {
    const when = asObject(entry.if);
    const targets = asStringArray(asObject(entry.then).required);
    const [gate, test] = Object.entries(asObject(when.properties))[0] ?? [];
    if (!gate || !isObject(test) || targets.length === 0) continue;
    const gateSchema = asObject(properties[gate]);
    const options = (Array.isArray(gateSchema.oneOf) ? gateSchema.oneOf : []).map((o) => asObject(o).const);
    const matches = (v: unknown) => (Array.isArray(test.enum) ? test.enum.includes(v) : test.const === v);
    const on = options.find(matches);
    const off = options.find((v) => !matches(v));
    if (on === undefined || off === undefined) continue;
    found.push({ objectPath, gate, gateSchema, on, off, targets });
  }
  for (const key of asStringArray(schema.required)) {
    const child = asObject(properties[key]);
    if (child.type === 'object') found.push(...simpleConditionals(child, [...objectPath, key]));
  }
  return found;
}

const conditionalCases = forms.flatMap(({ code, schema, uiSchema }) =>
  simpleConditionals(schema).map((c) => ({ code, schema, uiSchema, ...c, name: [...c.objectPath, c.gate].join('.') })),
);

describe('conditional sections', () => {
  it('exist in the demo forms', () => {
    expect(conditionalCases.length).toBeGreaterThanOrEqual(15);
  });

  it.each(conditionalCases)(
    '$code: $name shows and hides $targets',
    ({ schema, uiSchema, objectPath, gate, gateSchema, on, off, targets }) => {
      renderForm({ schema, uiSchema, initial: {}, onSubmit: vi.fn() });
      const gatePath = [...objectPath, gate];
      for (const target of targets) expect(fieldElement([...objectPath, target])).toBeNull();
      choose(gateSchema, gatePath, on);
      for (const target of targets) expect(fieldElement([...objectPath, target])).not.toBeNull();
      choose(gateSchema, gatePath, off);
      for (const target of targets) expect(fieldElement([...objectPath, target])).toBeNull();
    },
  );

  it('keeps a section that holds answers when its condition goes, and clears it on request', () => {
    const form = forms.find((f) => f.code === '1.001193');
    if (!form) throw new Error('birth registration form missing');
    const example = exampleOf(form.schema);
    renderForm({ schema: form.schema, uiSchema: form.uiSchema, initial: example, onSubmit: vi.fn() });
    choose(asObject(asObject(form.schema.properties).hasFather), ['hasFather'], false);
    expect(fieldElement(['father'])).not.toBeNull();
    expect(screen.getByText('Mục này không còn bắt buộc với lựa chọn hiện tại.')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ thông tin mục này' }));
    expect(fieldElement(['father'])).toBeNull();
  });
});

describe('an empty form', () => {
  it('names each blank field of the required sections, not just the section', () => {
    const form = forms.find((f) => f.code === '1.001193');
    if (!form) throw new Error('birth registration form missing');
    const onSubmit = vi.fn();
    renderForm({ schema: form.schema, uiSchema: form.uiSchema, initial: {}, onSubmit });
    submitForm();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(errorOf(['applicant', 'fullName'])).toBe('Vui lòng nhập thông tin này');
    expect(errorOf(['applicant', 'idNumber'])).toBe('Vui lòng nhập số định danh cá nhân (12 chữ số)');
    expect(errorOf(['child', 'dateOfBirth'])).toBe('Vui lòng chọn ngày');
    expect(errorOf(['applicant', 'residence', 'provinceCode'])).toBe('Vui lòng chọn tỉnh/thành phố');
    expect(errorOf(['commitment'])).toBe('Vui lòng đánh dấu xác nhận để tiếp tục');
    expect(errorOf(['applicant'])).toBeNull();
  });
});

describe('lists and pickers', () => {
  it('adds and removes items of a list, and lists communes of the chosen province', async () => {
    const form = forms.find((f) => f.code === '3.000333');
    if (!form) throw new Error('criminal record form missing');
    renderForm({ schema: form.schema, uiSchema: form.uiSchema, initial: {}, onSubmit: vi.fn() });
    fireEvent.click(screen.getByRole('button', { name: '+ Thêm giai đoạn' }));
    expect(fieldElement(['residenceHistory', 0, 'from'])).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Xoá Giai đoạn 1' }));
    expect(fieldElement(['residenceHistory', 0])).toBeNull();

    const commune = fieldElement(['person', 'residence', 'communeCode']) as HTMLSelectElement;
    expect(commune.disabled).toBe(true);
    await screen.findAllByRole('option', { name: 'Tây Ninh' });
    const province = fieldElement(['person', 'residence', 'provinceCode']) as HTMLSelectElement;
    fireEvent.change(province, { target: { value: '80' } });
    await waitFor(() => {
      expect([...commune.options].map((o) => o.textContent)).toContain('Xã Tân Biên');
    });
    fireEvent.change(commune, { target: { value: '25486' } });
    expect(commune.value).toBe('25486');
    fireEvent.change(province, { target: { value: '79' } });
    expect(commune.value).toBe('');
  });
});
