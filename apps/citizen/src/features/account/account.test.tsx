import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../app.tsx';
import { warmScreens } from '../../test/warm-screens.ts';
import { createFakePlatform } from '../../test/fake-platform.ts';
import { mockFetch, problem, recordedRequests } from '../../test/mock-fetch.ts';
import { SESSION_STORAGE_KEY } from './session-context.tsx';

const mine = {
  items: [
    {
      code: '000.20.01.H53-260701-0003',
      key: 'ZX9PAB7K2M',
      procedure: { code: '1.004222', name: 'Đăng ký thường trú' },
      status: 4,
      statusLabel: 'Đang xử lý',
      submittedAt: '2026-07-01T02:00:00Z',
      dueAt: '2026-07-10T10:00:00Z',
    },
  ],
};

beforeAll(warmScreens);

describe('signing in', () => {
  it('signs in on the web by phone and one-time code, showing the demo code, then lists the dossiers of the phone', async () => {
    const fetchMock = mockFetch((url, request) => {
      if (url.pathname === '/api/v1/tay-ninh/procedures') return { body: { items: [], total: 0 } };
      if (url.pathname.endsWith('/citizen/otp'))
        return { status: 202, body: { expiresAt: '2026-07-12T02:05:00Z', devCode: '246810' } };
      if (url.pathname.endsWith('/citizen/session') && request.method === 'POST') {
        const { code } = request.body as { code: string };
        return code === '246810'
          ? { body: { phone: '0918123456', name: 'Trần Thị Mỹ Linh' } }
          : problem(401, 'AUTH.OTP_INVALID', 'Mã không đúng');
      }
      if (url.pathname.endsWith('/citizen/session')) return { status: 204 };
      if (url.pathname.endsWith('/citizen/applications')) return { body: mine };
      return undefined;
    });
    const platform = createFakePlatform();
    render(<App platform={platform} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Đăng nhập' }));
    fireEvent.change(await screen.findByLabelText('Số điện thoại di động'), { target: { value: '0218 123 456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi mã xác nhận' }));
    expect(screen.getByText(/Số điện thoại di động gồm 10 chữ số/)).toBeDefined();
    fireEvent.change(screen.getByLabelText('Số điện thoại di động'), { target: { value: '0918 123 456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi mã xác nhận' }));
    expect((await screen.findByTestId('dev-code')).textContent).toContain('246810');
    fireEvent.change(screen.getByLabelText('Mã xác nhận'), { target: { value: '111111' } });
    fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByText(/không đúng hoặc đã hết hạn/)).toBeDefined();
    fireEvent.change(screen.getByLabelText('Mã xác nhận'), { target: { value: '246810' } });
    fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    const region = await screen.findByRole('region', { name: 'Hồ sơ của tôi' });
    expect(await within(region).findByText('Đã đăng nhập: Trần Thị Mỹ Linh (0918123456)')).toBeDefined();
    expect(await within(region).findByText('Đăng ký thường trú')).toBeDefined();
    const otp = recordedRequests(fetchMock).find((r) => r.url.pathname.endsWith('/citizen/otp'));
    expect(otp?.body).toEqual({ phone: '0918123456' });
    // The dossiers of the account are kept on the device with their key, so they open without one.
    await waitFor(async () => {
      expect(await platform.storage.get('dossiers.v1')).toContain('ZX9PAB7K2M');
    });

    fireEvent.click(within(region).getByRole('button', { name: 'Đăng xuất' }));
    expect(await within(region).findByRole('button', { name: 'Đăng nhập' })).toBeDefined();
    expect(
      recordedRequests(fetchMock).some((r) => r.method === 'DELETE' && r.url.pathname.endsWith('/citizen/session')),
    ).toBe(true);
  });

  it('forgets a session the server no longer knows', async () => {
    mockFetch((url) => {
      if (url.pathname === '/api/v1/tay-ninh/procedures') return { body: { items: [], total: 0 } };
      if (url.pathname.endsWith('/citizen/applications')) return problem(401, 'AUTH.UNAUTHENTICATED', 'Hết phiên');
      return undefined;
    });
    const platform = createFakePlatform();
    await platform.storage.set(SESSION_STORAGE_KEY, JSON.stringify({ phone: '0918123456' }));
    render(<App platform={platform} />);
    await waitFor(async () => {
      expect(await platform.storage.get(SESSION_STORAGE_KEY)).toBe('null');
    });
    const region = screen.getByRole('region', { name: 'Hồ sơ của tôi' });
    expect(within(region).getByRole('button', { name: 'Đăng nhập' })).toBeDefined();
  });

  it('signs in inside Zalo with the tokens of the platform', async () => {
    const fetchMock = mockFetch((url) => {
      if (url.pathname === '/api/v1/tay-ninh/procedures') return { body: { items: [], total: 0 } };
      if (url.pathname.endsWith('/citizen/zalo-session')) {
        return {
          body: {
            phone: '0918123456',
            name: 'Mỹ Linh',
            token: 'bearer-token-0123456789',
            expiresAt: '2026-12-24T00:00:00Z',
          },
        };
      }
      if (url.pathname.endsWith('/citizen/applications')) return { body: { items: [] } };
      if (url.pathname.endsWith('/citizen/session')) return { status: 204 };
      return undefined;
    });
    const platform = createFakePlatform({
      kind: 'zalo',
      getIdentityTokens: () => Promise.resolve({ accessToken: 'zalo-access', phoneToken: 'phone-token' }),
    });
    render(<App platform={platform} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Đăng nhập bằng Zalo' }));
    expect(await screen.findByText('Đã đăng nhập: Mỹ Linh (0918123456)')).toBeDefined();
    const exchange = recordedRequests(fetchMock).find((r) => r.url.pathname.endsWith('/citizen/zalo-session'));
    expect(exchange?.body).toEqual({ accessToken: 'zalo-access', phoneToken: 'phone-token' });
    // Zalo's origin sends no cookies: the session travels as a bearer token, kept on the device.
    await waitFor(() => {
      const mine = recordedRequests(fetchMock).filter((r) => r.url.pathname.endsWith('/citizen/applications'));
      expect(mine.at(-1)?.headers.get('authorization')).toBe('Bearer bearer-token-0123456789');
    });
    await waitFor(async () => {
      expect(JSON.parse((await platform.storage.get(SESSION_STORAGE_KEY)) ?? 'null')).toMatchObject({
        token: 'bearer-token-0123456789',
      });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    await waitFor(() => {
      const out = recordedRequests(fetchMock).find((r) => r.method === 'DELETE');
      expect(out?.headers.get('authorization')).toBe('Bearer bearer-token-0123456789');
    });
    await waitFor(async () => {
      expect(await platform.storage.get(SESSION_STORAGE_KEY)).toBe('null');
    });
    expect(screen.queryByText(/Đã đăng nhập/)).toBeNull();
  });
});
