import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, problem, sentRequests } from '../../test/mock-fetch.ts';
import { intakeOfficer } from '../../test/officers.ts';
import { renderApp } from '../../test/render-app.tsx';

const LOGIN = '/api/v1/tay-ninh/auth/login';

async function fillAndSubmit() {
  // The screen is loaded lazily, hence the longer first wait.
  const form = within(await screen.findByRole('form', { name: 'Đăng nhập cán bộ' }, { timeout: 10_000 }));
  fireEvent.change(form.getByLabelText('Tên đăng nhập'), { target: { value: ' intake@tay-ninh ' } });
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
    mockFetch(() => problem(401, 'AUTH.INVALID_CREDENTIALS', 'Sai mật khẩu'));
    renderApp();

    await fillAndSubmit();

    expect(await screen.findByText('Tên đăng nhập hoặc mật khẩu không đúng.')).toBeTruthy();
    expect(screen.getByText('Máy chủ báo: Sai mật khẩu')).toBeTruthy();
  });

  it('asks for the authenticator code when the server requires it, then signs in with it', async () => {
    window.location.hash = '#/login';
    const fetchMock = mockFetch((url, request) => {
      if (url.pathname === '/api/v1/tay-ninh/auth/me') return problem(401, 'AUTH.UNAUTHENTICATED');
      if (url.pathname === LOGIN) {
        const body = request.body as { totp?: string };
        if (body.totp === undefined) return problem(401, 'AUTH.TOTP_REQUIRED', 'Cần mã xác thực');
        if (body.totp !== '654321') return problem(401, 'AUTH.TOTP_INVALID', 'Mã sai');
        return { body: intakeOfficer };
      }
      if (url.pathname === '/api/v1/tay-ninh/console/applications')
        return { body: { items: [], total: 0, counts: {} } };
      return undefined;
    });
    renderApp();

    await fillAndSubmit();

    const totpForm = within(await screen.findByRole('form', { name: 'Xác thực hai bước' }));
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.change(totpForm.getByLabelText('Mã xác thực'), { target: { value: '111111' } });
    fireEvent.click(totpForm.getByRole('button', { name: 'Xác nhận' }));
    expect(await screen.findByText('Mã xác thực không đúng hoặc đã hết hạn.')).toBeTruthy();

    fireEvent.change(totpForm.getByLabelText('Mã xác thực'), { target: { value: '654321' } });
    fireEvent.click(totpForm.getByRole('button', { name: 'Xác nhận' }));

    expect((await screen.findByText('Hồ sơ cần xử lý', {}, { timeout: 10_000 })).tagName).toBe('H1');
    expect(window.location.hash).toBe('#/applications');
    expect(screen.getByTestId('officer-name').textContent).toBe('Nguyễn Thị Lan');
    const logins = sentRequests(fetchMock).filter((request) => request.url.pathname === LOGIN);
    expect(logins.map((request) => request.body)).toEqual([
      { username: 'intake@tay-ninh', password: 'motcua-demo' },
      { username: 'intake@tay-ninh', password: 'motcua-demo', totp: '111111' },
      { username: 'intake@tay-ninh', password: 'motcua-demo', totp: '654321' },
    ]);
  });

  it('sends the CSRF token of the session with sign-out', async () => {
    window.location.hash = '#/catalog';
    const fetchMock = mockFetch((url) => {
      if (url.pathname === '/api/v1/tay-ninh/auth/me') return { body: intakeOfficer };
      if (url.pathname === '/api/v1/tay-ninh/auth/logout') return { status: 204, body: null };
      if (url.pathname === '/api/v1/tay-ninh/procedures') return { body: { items: [], total: 0 } };
      return undefined;
    });
    renderApp();

    fireEvent.click(await screen.findByRole('button', { name: 'Đăng xuất' }, { timeout: 10_000 }));

    expect(await screen.findByRole('form', { name: 'Đăng nhập cán bộ' })).toBeTruthy();
    await waitFor(() => {
      const logout = sentRequests(fetchMock).find((request) => request.url.pathname.endsWith('/auth/logout'));
      expect(logout?.method).toBe('POST');
      expect(logout?.headers['x-csrf-token']).toBe('csrf-intake');
    });
  });
});
