import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import { renderEForm } from '../../test/render-eform.tsx';

const form = khaiSinh.form;
if (!form) throw new Error('the demo birth registration has an e-form');
const example = (form.schema['examples'] as Record<string, unknown>[])[0] ?? {};

function renderForm(initial: Record<string, unknown>, onFinish: (values: unknown) => void) {
  renderEForm({ schema: form?.schema ?? {}, uiSchema: form?.uiSchema ?? {}, initial, onFinish });
}

describe('e-form sections required under a condition', () => {
  it('asks for the father only when the form says there is one', async () => {
    const { father: _father, ...withoutFather } = example;
    const onFinish = vi.fn();
    renderForm({ ...withoutFather, hasFather: false }, onFinish);

    expect(screen.getByText('Người được khai sinh')).toBeTruthy();
    expect(screen.queryByText('Thông tin người cha')).toBeNull();
    fireEvent.click(screen.getByText('Gửi'));
    await waitFor(() => {
      expect(onFinish).toHaveBeenCalledTimes(1);
    });

    const yes = screen
      .getAllByText('Có')
      .find((label) => (label.closest('.ant-form-item')?.textContent ?? '').startsWith('Có thông tin về người cha'));
    if (!yes) throw new Error('no "Có" for hasFather');
    fireEvent.click(yes);
    expect(await screen.findByText('Thông tin người cha')).toBeTruthy();
  });
});
