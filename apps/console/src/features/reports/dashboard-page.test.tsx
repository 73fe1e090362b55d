import { fireEvent, screen, waitFor } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { mockFetch, requestedUrls } from '../../test/mock-fetch.ts';
import { JUSTICE_DEPARTMENT, leaderOfficer, PROVINCE_CENTRE, signedIn } from '../../test/officers.ts';
import { renderApp } from '../../test/render-app.tsx';
import { statsQueryFrom } from './components/dashboard-page.tsx';
import type { ConsoleStats } from './types.ts';

const STATS = '/api/v1/tay-ninh/console/stats';

const stats: ConsoleStats = {
  received: 1234,
  inProgress: 300,
  completed: 900,
  onTime: 850,
  late: 50,
  overdue: 12,
  byUnit: [
    {
      unitId: PROVINCE_CENTRE.id,
      unitName: PROVINCE_CENTRE.name,
      received: 1000,
      completed: 700,
      onTime: 680,
      overdue: 10,
    },
    {
      unitId: JUSTICE_DEPARTMENT.id,
      unitName: JUSTICE_DEPARTMENT.name,
      received: 234,
      completed: 200,
      onTime: 170,
      overdue: 2,
    },
  ],
  byProcedure: [{ code: '1.001193', name: 'Đăng ký khai sinh', received: 600, completed: 580, onTime: 575 }],
  byChannel: [
    { channel: 'zalo', received: 700 },
    { channel: 'counter', received: 534 },
  ],
  satisfaction: { very_satisfied: 40, satisfied: 50, unsatisfied: 10, rate: 90 },
  indicators: [
    { key: '2.1', label: 'Tỷ lệ hồ sơ giải quyết đúng hạn', value: 94.44, unit: '%' },
    { key: '2.2', label: 'Thời gian giải quyết trung bình', value: 3.25, unit: 'ngày' },
    { key: '5.4', label: 'Mức độ hài lòng', value: null, unit: '%' },
  ],
};

function renderDashboard(hash: string) {
  window.location.hash = hash;
  const fetchMock = mockFetch(
    signedIn(leaderOfficer, (url) => {
      if (url.pathname === STATS) return { body: stats };
      if (url.pathname === '/api/v1/tay-ninh/console/units') return { body: { items: [] } };
      return undefined;
    }),
  );
  renderApp();
  return fetchMock;
}

describe('dashboard', () => {
  it('defaults to this month so far, and reads a period from the hash', () => {
    const today = dayjs('2026-03-17');
    expect(statsQueryFrom(new URLSearchParams(), today)).toEqual({ from: '2026-03-01', to: '2026-03-17' });
    expect(statsQueryFrom(new URLSearchParams('from=2026-01-01&to=2026-01-31&unit=u-1'), today)).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
      unit: 'u-1',
    });
    expect(statsQueryFrom(new URLSearchParams('from=01/01/2026&unit='), today)).toEqual({
      from: '2026-03-01',
      to: '2026-03-17',
    });
  });

  it('shows the figures, charts and indicators for the period, and exports the same period', async () => {
    const fetchMock = renderDashboard(`#/reports?from=2026-01-01&to=2026-01-31&unit=${PROVINCE_CENTRE.id}`);

    expect(await screen.findByText('Tỷ lệ giải quyết đúng hạn: 94,4%', {}, { timeout: 10_000 })).toBeTruthy();
    const statsUrl = requestedUrls(fetchMock).find((url) => url.pathname === STATS);
    expect(statsUrl?.searchParams.toString()).toBe(`from=2026-01-01&to=2026-01-31&unit=${PROVINCE_CENTRE.id}`);
    expect(screen.getByText('Số liệu từ ngày 01/01/2026 đến ngày 31/01/2026.')).toBeTruthy();
    expect(screen.getByText('1.234')).toBeTruthy();
    expect(screen.getByText('Tỷ lệ hài lòng: 90,0%')).toBeTruthy();
    expect(screen.getByText('94,4%')).toBeTruthy();
    expect(screen.getByText('3,3 ngày')).toBeTruthy();
    expect(screen.getByText('—')).toBeTruthy();
    const unitRow = screen.getByText(PROVINCE_CENTRE.name, { selector: 'th' }).closest('tr');
    expect(unitRow?.textContent).toBe(`${PROVINCE_CENTRE.name}1.00070068010`);
    expect(screen.getByText('Zalo', { selector: 'th' })).toBeTruthy();
    const exportLink = screen.getByText('Xuất Excel').closest('a');
    expect(exportLink?.getAttribute('href')).toBe(
      `${STATS}.xlsx?from=2026-01-01&to=2026-01-31&unit=${PROVINCE_CENTRE.id}`,
    );
  });

  it('asks again when the period changes', async () => {
    const fetchMock = renderDashboard('#/reports?from=2026-01-01&to=2026-01-31');
    await screen.findByText('Tỷ lệ giải quyết đúng hạn: 94,4%', {}, { timeout: 10_000 });

    const start = screen.getByPlaceholderText('Ngày bắt đầu');
    fireEvent.mouseDown(start);
    fireEvent.change(start, { target: { value: '01/02/2026' } });
    fireEvent.keyDown(start, { key: 'Enter', code: 'Enter', keyCode: 13 });
    const end = screen.getByPlaceholderText('Ngày kết thúc');
    fireEvent.change(end, { target: { value: '28/02/2026' } });
    fireEvent.keyDown(end, { key: 'Enter', code: 'Enter', keyCode: 13 });

    await waitFor(() => {
      const asked = requestedUrls(fetchMock).filter((url) => url.pathname === STATS);
      expect(asked.at(-1)?.searchParams.toString()).toBe('from=2026-02-01&to=2026-02-28');
    });
  });
});
