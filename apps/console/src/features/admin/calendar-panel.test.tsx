import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, sentRequests } from '../../test/mock-fetch.ts';
import { adminOfficer, signedIn } from '../../test/officers.ts';
import { renderApp } from '../../test/render-app.tsx';
import type { CalendarDayItem } from './types.ts';

const CALENDAR = '/api/v1/tay-ninh/console/admin/calendar';
const YEAR = new Date().getFullYear();

function days(year: string): CalendarDayItem[] {
  return [
    { day: `${year}-09-02`, kind: 'holiday', name: 'Quốc khánh', source: 'default' },
    { day: `${year}-02-16`, kind: 'holiday', name: 'Tết Nguyên đán', source: 'estimated' },
  ];
}

function renderCalendar() {
  window.location.hash = '#/admin/calendar';
  const fetchMock = mockFetch(
    signedIn(adminOfficer, (url, request) => {
      if (url.pathname === CALENDAR) return { body: { days: days(url.searchParams.get('year') ?? '') } };
      const day = url.pathname.startsWith(`${CALENDAR}/`) ? url.pathname.slice(CALENDAR.length + 1) : null;
      if (day !== null && request.method === 'PUT')
        return { body: { day, ...(request.body as object), source: 'admin' } };
      if (day !== null && request.method === 'DELETE') return { status: 204, body: null };
      return undefined;
    }),
  );
  renderApp();
  return fetchMock;
}

function writes(fetchMock: ReturnType<typeof mockFetch>) {
  return sentRequests(fetchMock).filter((request) => request.method !== 'GET');
}

describe('working calendar', () => {
  it('lists the year’s days off in date order, flagging estimated ones', async () => {
    const fetchMock = renderCalendar();

    const tet = await screen.findByText('Tết Nguyên đán', {}, { timeout: 10_000 });
    const rows = Array.from(document.querySelectorAll('tbody tr')).map((row) => row.textContent);
    expect(rows[0]).toContain(`16/02/${String(YEAR)}`);
    expect(rows[1]).toContain(`02/09/${String(YEAR)}`);
    expect(tet.closest('tr')?.textContent).toContain('Ước tính, cần xác nhận');
    expect(sentRequests(fetchMock).some((request) => request.url.search === `?year=${String(YEAR)}`)).toBe(true);
  });

  it('renames a day', async () => {
    const fetchMock = renderCalendar();
    await screen.findByText('Tết Nguyên đán', {}, { timeout: 10_000 });

    fireEvent.click(screen.getByLabelText(`Sửa ngày 16/02/${String(YEAR)}`));
    const dialog = within(await screen.findByRole('dialog'));
    fireEvent.change(dialog.getByLabelText('Tên, lý do'), { target: { value: 'Tết Nguyên đán (mùng 1)' } });
    fireEvent.click(dialog.getByText('Lưu'));

    await waitFor(() => {
      expect(writes(fetchMock)).toHaveLength(1);
    });
    const [put] = writes(fetchMock);
    expect(put?.method).toBe('PUT');
    expect(put?.url.pathname).toBe(`${CALENDAR}/${String(YEAR)}-02-16`);
    expect(put?.body).toEqual({ kind: 'holiday', name: 'Tết Nguyên đán (mùng 1)' });
    expect(put?.headers['x-csrf-token']).toBe('csrf-admin');
  });

  it('adds a make-up working day', async () => {
    const fetchMock = renderCalendar();
    await screen.findByText('Tết Nguyên đán', {}, { timeout: 10_000 });

    fireEvent.click(screen.getByText('Thêm ngày nghỉ / ngày làm bù'));
    const dialog = within(await screen.findByRole('dialog'));
    const day = dialog.getByLabelText('Ngày');
    fireEvent.mouseDown(day);
    fireEvent.change(day, { target: { value: `07/02/${String(YEAR)}` } });
    fireEvent.keyDown(day, { key: 'Enter', code: 'Enter', keyCode: 13 });
    fireEvent.click(dialog.getByText('Ngày làm bù'));
    fireEvent.change(dialog.getByLabelText('Tên, lý do'), { target: { value: ' Làm bù cho ngày 16/02 ' } });
    fireEvent.click(dialog.getByText('Lưu'));

    await waitFor(() => {
      expect(writes(fetchMock)).toHaveLength(1);
    });
    const [put] = writes(fetchMock);
    expect(put?.url.pathname).toBe(`${CALENDAR}/${String(YEAR)}-02-07`);
    expect(put?.body).toEqual({ kind: 'workday', name: 'Làm bù cho ngày 16/02' });
  });

  it('removes a day after confirmation', async () => {
    const fetchMock = renderCalendar();
    await screen.findByText('Quốc khánh', {}, { timeout: 10_000 });

    fireEvent.click(screen.getByLabelText(`Xoá ngày 02/09/${String(YEAR)}`));
    expect(writes(fetchMock)).toEqual([]);
    fireEvent.click(await screen.findByText('Xoá', { selector: '.ant-popconfirm-buttons button span' }));

    await waitFor(() => {
      expect(writes(fetchMock).map((request) => `${request.method} ${request.url.pathname}`)).toEqual([
        `DELETE ${CALENDAR}/${String(YEAR)}-09-02`,
      ]);
    });
  });
});
