import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../test/mock-fetch.ts';
import { renderApp } from '../../test/render-app.tsx';

async function fillAndSubmit() {
  // The screen is loaded lazily, hence the longer first wait.
  const form = within(await screen.findByRole('form', { name: 'Đăng nhập cán bộ' }, { timeout: 5000 }));
  fireEvent.change(form.getByLabelText('Tên đăng nhập'), { target: { value: 'intake@tay-ninh' } });
  fireEvent.change(form.getByLabelText('Mật khẩu'), { target: { value: 'motcua-demo' } });
  fireEvent.click(form.getByRole('button', { name: 'Đăng nhập' }));
}

describe('login page', () => {
  it('explains in Vietnamese that sign-in is not available yet when the route is missing', async () => {
    window.location.hash = '#/login';
    mockFetch(() => undefined);
    renderApp();

    await fillAndSubmit();

    expect(await screen.findByText('Máy chủ chưa hỗ trợ đăng nhập. Vui lòng thử lại sau.')).toBeTruthy();
  });

  it('shows wrong credentials with the server detail', async () => {
    window.location.hash = '#/login';
    mockFetch(() => ({
      status: 401,
      body: {
        type: 'about:blank',
        title: 'Unauthorized',
        status: 401,
        detail: 'Sai mật khẩu',
        code: 'AUTH.INVALID_CREDENTIALS',
      },
    }));
    renderApp();

    await fillAndSubmit();

    expect(await screen.findByText('Tên đăng nhập hoặc mật khẩu không đúng.')).toBeTruthy();
    expect(screen.getByText('Máy chủ báo: Sai mật khẩu')).toBeTruthy();
  });
});
