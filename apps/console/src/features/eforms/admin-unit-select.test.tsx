import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { FormInstance } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { address, addressUi } from '@motcua/demo/procedures/form-parts.ts';
import { mockFetch, requestedUrls } from '../../test/mock-fetch.ts';
import { renderEForm } from '../../test/render-eform.tsx';

const schema = { type: 'object', required: ['residence'], properties: { residence: address('Nơi cư trú') } };
const uiSchema = { residence: addressUi() };

const provinces = [
  { code: '01', name: 'Thành phố Hà Nội', level: 'province' },
  { code: '80', name: 'Tây Ninh', level: 'province' },
  { code: '79', name: 'Thành phố Hồ Chí Minh', level: 'province' },
];
const communes: Record<string, { code: string; name: string; level: string }[]> = {
  '80': [
    { code: '25459', name: 'Phường Tân Ninh', level: 'commune' },
    { code: '25480', name: 'Xã Dương Minh Châu', level: 'commune' },
  ],
  '79': [{ code: '26734', name: 'Phường Sài Gòn', level: 'commune' }],
};

function renderAddress(initial: Record<string, unknown> = {}) {
  const fetchMock = mockFetch((url) => {
    if (url.pathname !== '/api/v1/tay-ninh/admin-units') return undefined;
    const parent = url.searchParams.get('parent');
    return { body: { items: parent === null ? provinces : (communes[parent] ?? []) } };
  });
  const onFinish = vi.fn();
  let form: FormInstance | undefined;
  renderEForm({ schema, uiSchema, initial, onFinish, onForm: (instance) => (form = instance) });
  return { fetchMock, onFinish, form: () => form };
}

function optionTitles(): string[] {
  const options = document.querySelectorAll(
    '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
  );
  return Array.from(options, (option) => option.getAttribute('title') ?? '');
}

async function choose(label: string, typed: string, name: string) {
  const input = screen.getByLabelText(label);
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: typed } });
  await waitFor(() => {
    expect(optionTitles()).toContain(name);
  });
  const option = document.querySelector(
    `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${name}"]`,
  );
  if (!(option instanceof HTMLElement)) throw new Error(`no option ${name}`);
  fireEvent.click(option);
}

describe('province and commune pickers', () => {
  it('picks units by name, searched without tone marks, and keeps their codes', async () => {
    const { fetchMock, onFinish } = renderAddress();
    const commune = screen.getByLabelText('Xã/phường/đặc khu');
    expect(commune.closest('.ant-select')?.className).toContain('ant-select-disabled');

    const province = screen.getByLabelText('Tỉnh/thành phố');
    fireEvent.mouseDown(province);
    fireEvent.change(province, { target: { value: 'tay ninh' } });
    await waitFor(() => {
      expect(optionTitles()).toEqual(['Tây Ninh']);
    });
    fireEvent.change(province, { target: { value: 'ho chi' } });
    await waitFor(() => {
      expect(optionTitles()).toEqual(['Thành phố Hồ Chí Minh']);
    });
    await choose('Tỉnh/thành phố', 'tay ninh', 'Tây Ninh');
    await choose('Xã/phường/đặc khu', 'duong minh chau', 'Xã Dương Minh Châu');
    fireEvent.change(screen.getByLabelText('Số nhà, đường, ấp/khu phố'), { target: { value: '12 đường 30/4' } });
    fireEvent.click(screen.getByText('Gửi'));

    await waitFor(() => {
      expect(onFinish).toHaveBeenCalledTimes(1);
    });
    expect(onFinish.mock.calls[0]?.[0]).toEqual({
      form: { residence: { provinceCode: '80', communeCode: '25480', street: '12 đường 30/4' } },
    });
    expect(requestedUrls(fetchMock).map((url) => url.search)).toEqual(['', '?parent=80']);
  });

  it('clears the commune when the province changes', async () => {
    const { form } = renderAddress({ residence: { provinceCode: '80', communeCode: '25459', street: 'Khu phố 1' } });
    await waitFor(() => {
      expect(screen.getByTitle('Phường Tân Ninh')).toBeTruthy();
    });
    expect(screen.getByTitle('Tây Ninh')).toBeTruthy();

    await choose('Tỉnh/thành phố', 'ho chi minh', 'Thành phố Hồ Chí Minh');

    expect(form()?.getFieldValue(['form', 'residence'])).toEqual({
      provinceCode: '79',
      communeCode: undefined,
      street: 'Khu phố 1',
    });
    await choose('Xã/phường/đặc khu', 'sai gon', 'Phường Sài Gòn');
    expect(form()?.getFieldValue(['form', 'residence', 'communeCode'])).toBe('26734');
  });
});
