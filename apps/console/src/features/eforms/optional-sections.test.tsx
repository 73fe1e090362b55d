import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderEForm } from '../../test/render-eform.tsx';
import { toSubmission } from './schema-values.ts';

const schema = {
  type: 'object',
  required: ['childName'],
  properties: {
    childName: { type: 'string', title: 'Họ tên trẻ', minLength: 1 },
    guardian: {
      type: 'object',
      title: 'Người giám hộ',
      required: ['fullName', 'idNumber', 'agreed'],
      properties: {
        fullName: { type: 'string', title: 'Họ tên người giám hộ', minLength: 1 },
        idNumber: { type: 'string', title: 'Số định danh người giám hộ', pattern: '^[0-9]{12}$' },
        agreed: { type: 'boolean', const: true, title: 'Người giám hộ đồng ý' },
      },
    },
  },
};

function renderGuardianForm() {
  const onFinish = vi.fn();
  renderEForm({ schema, uiSchema: {}, initial: {}, onFinish });
  fireEvent.change(screen.getByLabelText('Họ tên trẻ'), { target: { value: 'Nguyễn Bảo An' } });
  return onFinish;
}

function submitted(onFinish: ReturnType<typeof vi.fn>): Record<string, unknown> {
  const values = onFinish.mock.calls[0]?.[0] as { form?: Record<string, unknown> } | undefined;
  return toSubmission(schema, values?.form ?? {});
}

describe('an optional section with required fields', () => {
  it('may be left empty: nothing in it is asked for, and it is not sent', async () => {
    const onFinish = renderGuardianForm();
    expect(screen.getByText(/^Không bắt buộc\./)).toBeTruthy();

    fireEvent.click(screen.getByText('Gửi'));

    await waitFor(() => {
      expect(onFinish).toHaveBeenCalledTimes(1);
    });
    expect(submitted(onFinish)).toEqual({ childName: 'Nguyễn Bảo An' });
    expect(screen.queryByText('Vui lòng nhập thông tin này.')).toBeNull();
  });

  it('asks for its required fields once any of them is filled, and stops asking when it is emptied', async () => {
    const onFinish = renderGuardianForm();
    const guardianName = screen.getByLabelText('Họ tên người giám hộ');
    fireEvent.change(guardianName, { target: { value: 'Nguyễn Văn Tám' } });

    fireEvent.click(screen.getByText('Gửi'));

    // The ID number and the consent box are now required.
    await waitFor(() => {
      expect(screen.getAllByText('Vui lòng nhập thông tin này.')).toHaveLength(2);
    });
    expect(onFinish).not.toHaveBeenCalled();

    fireEvent.change(guardianName, { target: { value: '  ' } });
    await waitFor(() => {
      expect(screen.queryByText('Vui lòng nhập thông tin này.')).toBeNull();
    });
    fireEvent.click(screen.getByText('Gửi'));
    await waitFor(() => {
      expect(onFinish).toHaveBeenCalledTimes(1);
    });
    expect(submitted(onFinish)).toEqual({ childName: 'Nguyễn Bảo An' });
  });

  it('sends the section once it is complete', async () => {
    const onFinish = renderGuardianForm();
    fireEvent.change(screen.getByLabelText('Họ tên người giám hộ'), { target: { value: 'Nguyễn Văn Tám' } });
    fireEvent.change(screen.getByLabelText('Số định danh người giám hộ'), { target: { value: '072080001234' } });
    fireEvent.click(screen.getByText('Người giám hộ đồng ý'));

    fireEvent.click(screen.getByText('Gửi'));

    await waitFor(() => {
      expect(onFinish).toHaveBeenCalledTimes(1);
    });
    expect(submitted(onFinish)).toEqual({
      childName: 'Nguyễn Bảo An',
      guardian: { fullName: 'Nguyễn Văn Tám', idNumber: '072080001234', agreed: true },
    });
  });
});
