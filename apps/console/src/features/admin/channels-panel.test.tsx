import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { mockFetch, problem, sentRequests } from '../../test/mock-fetch.ts';
import { adminOfficer, signedIn } from '../../test/officers.ts';
import { renderApp } from '../../test/render-app.tsx';
import { connectFailureKey } from './components/zalo-connection.tsx';
import { navigation } from './leave-console.ts';
import type { ZaloChannelSettings } from './types.ts';

const ZALO = '/api/v1/tay-ninh/console/admin/channels/zalo';
const AUTHORIZE = 'https://oauth.zaloapp.com/v4/oa/permission?app_id=1832409756634987001&state=s';

function settings(overrides: Partial<ZaloChannelSettings> = {}): ZaloChannelSettings {
  return {
    oaId: '579745863508352884',
    appId: '1832409756634987001',
    secretSet: true,
    updatedAt: '2026-11-24T02:00:00.000Z',
    connected: false,
    tokenExpiresAt: null,
    connectedAt: null,
    ...overrides,
  };
}

const connected = settings({
  connected: true,
  tokenExpiresAt: '2026-11-25T06:00:00.000Z',
  connectedAt: '2026-11-24T05:00:00.000Z',
});

function renderChannels(
  hash: string,
  current: ZaloChannelSettings,
  connect: () => ReturnType<Parameters<typeof mockFetch>[0]> = () => ({ body: { authorizeUrl: AUTHORIZE } }),
) {
  window.location.hash = hash;
  const fetchMock = mockFetch(
    signedIn(adminOfficer, (url, request) => {
      if (url.pathname === ZALO && request.method === 'GET') return { body: current };
      if (url.pathname === `${ZALO}/connect` && request.method === 'POST') return connect();
      if (url.pathname === `${ZALO}/connection` && request.method === 'DELETE') return { body: settings() };
      return undefined;
    }),
  );
  renderApp();
  return fetchMock;
}

/** The console leaving for Zalo's consent page (jsdom cannot navigate to another site). */
let leaveConsole: MockInstance<(url: string) => void>;

beforeEach(() => {
  leaveConsole = vi.spyOn(navigation, 'leaveConsole').mockImplementation(() => undefined);
});

describe('connecting the Zalo OA', () => {
  it('says it is not connected, and sends the browser to Zalo’s consent page', async () => {
    const fetchMock = renderChannels('#/admin/channels', settings());
    expect(await screen.findByText('Chưa kết nối', {}, { timeout: 10_000 })).toBeDefined();
    expect(screen.getByText('http://localhost:3000/api/v1/tay-ninh/channels/zalo/oauth/callback')).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Kết nối Zalo OA' }));
    await waitFor(() => {
      expect(leaveConsole).toHaveBeenCalledWith(AUTHORIZE);
    });
    const posted = sentRequests(fetchMock).filter((r) => r.url.pathname === `${ZALO}/connect`);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.method).toBe('POST');
    expect(posted[0]?.headers['x-csrf-token']).toBe(adminOfficer.csrfToken);
  });

  it('shows until when the token runs, and disconnects after confirmation', async () => {
    const fetchMock = renderChannels('#/admin/channels', connected);
    expect(
      await screen.findByText('Đã kết nối OA · token hết hạn lúc 13:00 25/11/2026', {}, { timeout: 10_000 }),
    ).toBeDefined();
    expect(screen.getByText('(kết nối lúc 24/11/2026 12:00)', { exact: false })).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Ngắt kết nối' }));
    const confirm = await screen.findByText('Ngắt kết nối OA?', { exact: false });
    const popup = confirm.closest('.ant-popover');
    if (!(popup instanceof HTMLElement)) throw new Error('no confirmation');
    const ok = Array.from(popup.querySelectorAll('button')).find((b) => b.textContent === 'Ngắt kết nối');
    if (!ok) throw new Error('no confirm button');
    fireEvent.click(ok);
    expect(await screen.findByText('Chưa kết nối')).toBeDefined();
    expect(
      sentRequests(fetchMock)
        .filter((r) => r.method === 'DELETE')
        .map((r) => r.url.pathname),
    ).toEqual([`${ZALO}/connection`]);
  });

  it('greets the admin back from Zalo with the outcome, and forgets it once closed', async () => {
    renderChannels('#/admin/channels?zalo=connected', connected);
    expect(
      await screen.findByText('Đã kết nối Zalo OA của tỉnh.', { exact: false }, { timeout: 10_000 }),
    ).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: /close|đóng/i }));
    await waitFor(() => {
      expect(window.location.hash).toBe('#/admin/channels');
    });
  });

  it('explains a failed connection by its code', async () => {
    renderChannels('#/admin/channels?zalo=error&code=CHANNEL.OAUTH_OA_MISMATCH', settings());
    expect(
      await screen.findByText(
        'Official Account vừa cấp quyền không phải OA đã khai báo',
        { exact: false },
        { timeout: 10_000 },
      ),
    ).toBeDefined();
    expect(connectFailureKey('CHANNEL.OAUTH_STATE')).toBe('channels.connectFailed.CHANNEL.OAUTH_STATE');
    expect(connectFailureKey('<script>')).toBe('channels.connectFailed.other');
    expect(connectFailureKey(null)).toBe('channels.connectFailed.other');
  });

  it('stays in the console with the server’s explanation when it refuses to start', async () => {
    renderChannels('#/admin/channels', settings(), () =>
      problem(409, 'CHANNEL.ZALO_NOT_CONFIGURED', 'Chưa lưu đủ thông tin ứng dụng Zalo.'),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Kết nối Zalo OA' }, { timeout: 10_000 }));
    expect(await screen.findByText('Chưa lưu đủ thông tin ứng dụng Zalo.')).toBeDefined();
    expect(leaveConsole).not.toHaveBeenCalled();
  });

  it('keeps the button off until both secrets are stored', async () => {
    renderChannels('#/admin/channels', settings({ secretSet: false }));
    const button = await screen.findByRole('button', { name: 'Kết nối Zalo OA' }, { timeout: 10_000 });
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('Lưu OA ID, App ID và hai khoá bí mật trước khi kết nối.')).toBeDefined();
  });
});
