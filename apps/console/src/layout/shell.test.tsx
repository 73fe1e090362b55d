import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, problem } from '../test/mock-fetch.ts';
import { adminOfficer, intakeOfficer, signedIn } from '../test/officers.ts';
import { renderApp } from '../test/render-app.tsx';

const INBOX = '/api/v1/tay-ninh/console/applications';

describe('console shell', () => {
  it('asks to sign in again when the session has ended', async () => {
    window.location.hash = '#/applications';
    mockFetch(
      signedIn(intakeOfficer, (url) => (url.pathname === INBOX ? problem(401, 'AUTH.UNAUTHENTICATED') : undefined)),
    );
    renderApp();

    expect(
      await screen.findByText('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.', {}, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(screen.getByText('Đăng nhập cán bộ')).toBeTruthy();
    expect(screen.queryByText('Đăng xuất')).toBeNull();
  });

  it('switches to English', async () => {
    window.location.hash = '#/applications';
    mockFetch(
      signedIn(intakeOfficer, (url) =>
        url.pathname === INBOX ? { body: { items: [], total: 0, counts: {} } } : undefined,
      ),
    );
    renderApp();

    await screen.findByText('Hồ sơ cần xử lý', {}, { timeout: 10_000 });
    fireEvent.click(screen.getByText('English'));

    expect(await screen.findByText('Dossiers to handle')).toBeTruthy();
    expect(screen.getByText('Sign out')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows administrators only the screens of their role, starting at administration', async () => {
    window.location.hash = '';
    mockFetch(signedIn(adminOfficer, () => ({ body: { items: [] } })));
    renderApp();

    expect(await screen.findByText('Quản trị hệ thống', {}, { timeout: 10_000 })).toBeTruthy();
    expect(window.location.hash).toBe('#/admin');
    const menu = screen.getByRole('navigation', { name: 'Menu chính' });
    expect(menu.textContent).not.toContain('Tiếp nhận');
    expect(menu.textContent).not.toContain('Hồ sơ');

    window.location.hash = '#/intake';
    expect(await screen.findByText('Bạn không có quyền xem trang này.')).toBeTruthy();
  });
});
