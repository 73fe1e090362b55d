import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, sentRequests } from '../../test/mock-fetch.ts';
import { adminOfficer, signedIn } from '../../test/officers.ts';
import { renderApp } from '../../test/render-app.tsx';
import type { NoticeItem } from './types.ts';

const NOTICES = '/api/v1/tay-ninh/console/admin/notices';

function notice(n: number): NoticeItem {
  return {
    deliveryId: `00000000-0000-4000-8000-00000000000${String(n)}`,
    code: `000.20.01.H53-261124-000${String(n)}`,
    intent: n === 1 ? 'application.accepted' : 'visit.reminder',
    status: 'dead',
    route: null,
    createdAt: '2026-11-24T03:00:00.000Z',
    settledAt: '2026-11-24T03:00:05.000Z',
    attempts: [
      {
        route: 'zalo_cs',
        attempt: 1,
        state: 'unreachable',
        reason: 'Zalo -230',
        providerId: null,
        startedAt: '2026-11-24T03:00:00.000Z',
        deliveredAt: null,
        seenAt: null,
      },
      {
        route: 'sms',
        attempt: 1,
        state: 'failed',
        reason: 'HTTP 400',
        providerId: null,
        startedAt: '2026-11-24T03:00:01.000Z',
        deliveredAt: null,
        seenAt: null,
      },
    ],
  };
}

describe('undelivered notices', () => {
  it('lists dead letters with each try and its reason, and pages on', async () => {
    window.location.hash = '#/admin/notices';
    const fetchMock = mockFetch(
      signedIn(adminOfficer, (url) => {
        if (url.pathname !== NOTICES) return undefined;
        return url.searchParams.get('before')
          ? { body: { items: [notice(2)] } }
          : { body: { items: [notice(1)], next: '2026-11-24T03:00:00.000Z' } };
      }),
    );
    renderApp();

    const first = await screen.findByText('000.20.01.H53-261124-0001', {}, { timeout: 10_000 });
    const row = first.closest('tr');
    if (!row) throw new Error('no row');
    expect(within(row).getByText('Tiếp nhận hồ sơ')).toBeDefined();
    expect(within(row).getByText('Tin nhắn Zalo #1: không liên lạc được')).toBeDefined();
    expect(within(row).getByText('HTTP 400')).toBeDefined();
    expect(within(row).getByText('24/11/2026', { exact: false })).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Xem thêm' }));
    expect(await screen.findByText('000.20.01.H53-261124-0002')).toBeDefined();
    expect(screen.getByText('Nhắc lịch hẹn')).toBeDefined();
    const asked = sentRequests(fetchMock).filter((r) => r.url.pathname === NOTICES);
    expect(asked.map((r) => r.url.searchParams.get('status'))).toEqual(['dead', 'dead']);
    expect(asked[1]?.url.searchParams.get('before')).toBe('2026-11-24T03:00:00.000Z');
  });
});
