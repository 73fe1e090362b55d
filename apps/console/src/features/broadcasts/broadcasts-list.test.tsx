import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, sentRequests, type MockAnswer, type MockRequest } from '../../test/mock-fetch.ts';
import { adminOfficer, intakeOfficer, signedIn } from '../../test/officers.ts';
import { renderApp } from '../../test/render-app.tsx';
import {
  API,
  BROADCASTS,
  broadcast,
  communes,
  provinceUnits,
  scheduledMeeting,
  sendingFlood,
  sentTax,
} from './fixtures.ts';
import { REFRESH_MS } from './progress.ts';
import type { Broadcast } from './types.ts';

/** The server's broadcasts as the test changes them, and what `POST …/cancel` answers. */
interface Server {
  items: Broadcast[];
  cancel?: (id: string) => MockAnswer;
}

function reference(url: URL): MockAnswer {
  if (url.pathname === `${API}/console/admin/units`) return { body: { items: provinceUnits } };
  if (url.pathname === `${API}/admin-units` && url.searchParams.get('parent') === '80')
    return { body: { items: communes } };
  return undefined;
}

function broadcastsApi(server: Server) {
  return (url: URL, request: MockRequest): MockAnswer => {
    if (url.pathname === BROADCASTS && request.method === 'GET') return { body: { items: server.items } };
    if (url.pathname === `${BROADCASTS}/followers/sync` && request.method === 'POST')
      return { status: 202, body: { queued: true } };
    const match = /^\/([^/]+)(\/cancel)?$/.exec(url.pathname.slice(BROADCASTS.length));
    if (!url.pathname.startsWith(`${BROADCASTS}/`) || !match) return undefined;
    const id = match[1] ?? '';
    if (match[2] && request.method === 'POST') return server.cancel?.(id);
    const found = server.items.find((item) => item.id === id);
    return found ? { body: found } : undefined;
  };
}

function renderBroadcasts(server: Server, hash = '#/admin/broadcasts') {
  window.location.hash = hash;
  const api = broadcastsApi(server);
  const fetchMock = mockFetch(signedIn(adminOfficer, (url, request) => reference(url) ?? api(url, request)));
  renderApp();
  return fetchMock;
}

function listReads(fetchMock: ReturnType<typeof mockFetch>): number {
  return sentRequests(fetchMock).filter((r) => r.url.pathname === BROADCASTS && r.method === 'GET').length;
}

function writes(fetchMock: ReturnType<typeof mockFetch>) {
  return sentRequests(fetchMock).filter((r) => r.method !== 'GET');
}

async function rowOf(title: string): Promise<HTMLElement> {
  const cell = await screen.findByText(title, {}, { timeout: 10_000 });
  const row = cell.closest('tr');
  if (!row) throw new Error(`no row for ${title}`);
  return row;
}

/** The row of a label in the detail's tables of facts and counts. */
function rowOfLabel(label: string): HTMLElement {
  const cells = Array.from(document.querySelectorAll('.ant-descriptions-item-label'));
  const row = cells.find((cell) => cell.textContent === label)?.closest('tr');
  if (!(row instanceof HTMLElement)) throw new Error(`no row labelled ${label}`);
  return row;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('broadcasts list', () => {
  it('describes each broadcast: kind, target in words, time, status and progress', async () => {
    renderBroadcasts({ items: [sendingFlood, sentTax, scheduledMeeting] });

    expect(
      await screen.findByRole('tab', { name: 'Gửi thông báo OA', selected: true }, { timeout: 10_000 }),
    ).toBeTruthy();
    const flood = within(await rowOf('Cảnh báo mưa lớn'));
    expect(flood.getByText('Hình ảnh')).toBeTruthy();
    expect(await flood.findByText('3 xã/phường: Phường Tân Ninh, Xã Tân Biên, Xã Dương Minh Châu')).toBeTruthy();
    expect(flood.getByText('24/11/2026 10:00')).toBeTruthy();
    expect(flood.getByText('Đang gửi')).toBeTruthy();
    expect(flood.getByText('50,0% · 59.990/120.000 người nhận')).toBeTruthy();
    const bar = flood.getByRole('progressbar', { name: 'Tiến độ gửi: 50,0%' });
    expect(bar.getAttribute('aria-valuenow')).toBe('50');
    expect(flood.getByRole('button', { name: 'Huỷ thông báo Cảnh báo mưa lớn' })).toBeTruthy();

    const tax = within(await rowOf('Hạn nộp thuế khoán'));
    expect(tax.getByText('Liên kết')).toBeTruthy();
    expect(tax.getByText('Nhãn: Hộ kinh doanh, Thanh niên')).toBeTruthy();
    expect(tax.getByText('20/11/2026 09:30')).toBeTruthy();
    expect(tax.getByText('Đã gửi')).toBeTruthy();
    expect(tax.getByText('100,0% · 100.000/100.000 người nhận')).toBeTruthy();
    expect(tax.queryByRole('button', { name: /Huỷ/ })).toBeNull();

    const meeting = within(await rowOf('Lịch tiếp công dân tháng 12'));
    expect(meeting.getByText('Văn bản')).toBeTruthy();
    expect(meeting.getByText('Tất cả người theo dõi')).toBeTruthy();
    expect(meeting.getByText('01/12/2026 08:00')).toBeTruthy();
    expect(meeting.getByText('Đã lên lịch')).toBeTruthy();
    expect(meeting.getByText('Chưa bắt đầu')).toBeTruthy();
  });

  it('opens a broadcast from its row', async () => {
    renderBroadcasts({ items: [sentTax] });

    const row = await rowOf('Hạn nộp thuế khoán');
    fireEvent.click(within(row).getByText('Liên kết'));

    expect(window.location.hash).toBe(`#/admin/broadcasts/${sentTax.id}`);
    expect(await screen.findByText('Gửi xong lúc 20/11/2026 09:41')).toBeTruthy();
  });

  it('cancels only after the officer confirms, with the session’s CSRF token and an idempotency key', async () => {
    const server: Server = { items: [scheduledMeeting] };
    server.cancel = (id) => {
      const cancelled = { ...scheduledMeeting, status: 'cancelled' as const, cancelledAt: '2026-11-24T04:00:00.000Z' };
      server.items = [cancelled];
      return id === scheduledMeeting.id ? { body: cancelled } : undefined;
    };
    const fetchMock = renderBroadcasts(server);
    const row = within(await rowOf('Lịch tiếp công dân tháng 12'));

    fireEvent.click(row.getByRole('button', { name: 'Huỷ thông báo Lịch tiếp công dân tháng 12' }));
    let dialog = within(await screen.findByRole('dialog', { name: 'Huỷ thông báo “Lịch tiếp công dân tháng 12”?' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Không huỷ' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    expect(writes(fetchMock)).toEqual([]);

    fireEvent.click(row.getByRole('button', { name: 'Huỷ thông báo Lịch tiếp công dân tháng 12' }));
    dialog = within(await screen.findByRole('dialog'));
    fireEvent.click(dialog.getByRole('button', { name: 'Huỷ thông báo' }));

    await waitFor(() => {
      expect(writes(fetchMock)).toHaveLength(1);
    });
    const [cancel] = writes(fetchMock);
    expect(cancel?.method).toBe('POST');
    expect(cancel?.url.pathname).toBe(`${BROADCASTS}/${scheduledMeeting.id}/cancel`);
    expect(cancel?.headers['x-csrf-token']).toBe('csrf-admin');
    expect(cancel?.headers['idempotency-key']).toMatch(/^[0-9a-f]{32}$/);
    const updated = within(await rowOf('Lịch tiếp công dân tháng 12'));
    expect(await updated.findByText('Đã huỷ')).toBeTruthy();
    expect(updated.getByText('Không gửi')).toBeTruthy();
    expect(updated.queryByRole('button', { name: /Huỷ/ })).toBeNull();
  });

  it('says why a cancel was refused and shows where the broadcast stands', async () => {
    const server: Server = { items: [scheduledMeeting] };
    server.cancel = () => {
      server.items = [{ ...scheduledMeeting, status: 'sent', recipients: 0, finishedAt: '2026-12-01T01:00:05.000Z' }];
      return {
        status: 409,
        body: {
          type: 'urn:motcua:problem:BROADCAST.NOT_CANCELLABLE',
          title: 'Conflict',
          status: 409,
          code: 'BROADCAST.NOT_CANCELLABLE',
          detail: 'Thông báo đã gửi xong hoặc đã huỷ nên không thể huỷ nữa.',
        },
      };
    };
    renderBroadcasts(server);
    const row = within(await rowOf('Lịch tiếp công dân tháng 12'));

    fireEvent.click(row.getByRole('button', { name: 'Huỷ thông báo Lịch tiếp công dân tháng 12' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Huỷ thông báo' }));

    expect(await screen.findByText('Thông báo đã gửi xong hoặc đã huỷ nên không thể huỷ nữa.')).toBeTruthy();
    expect(await within(await rowOf('Lịch tiếp công dân tháng 12')).findByText('Đã gửi')).toBeTruthy();
  });

  it('asks for the followers to be read again from Zalo, once per press', async () => {
    const fetchMock = renderBroadcasts({ items: [sentTax] });
    await rowOf('Hạn nộp thuế khoán');
    fireEvent.click(screen.getByRole('button', { name: 'Đồng bộ người theo dõi' }));
    expect(await screen.findByText(/Đang đọc lại danh sách người theo dõi từ Zalo/)).toBeTruthy();
    const sync = writes(fetchMock).filter((r) => r.url.pathname === `${BROADCASTS}/followers/sync`);
    expect(sync).toHaveLength(1);
    expect(sync[0]?.headers['idempotency-key']).toBeTruthy();
  });

  it('refreshes while a broadcast is going out, and stops once all have settled', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const server: Server = { items: [sendingFlood, sentTax] };
    const fetchMock = renderBroadcasts(server);
    await rowOf('Cảnh báo mưa lớn');
    expect(screen.getByText(/tự cập nhật/)).toBeTruthy();
    const before = listReads(fetchMock);

    const finished = {
      ...sendingFlood,
      status: 'sent' as const,
      finishedAt: '2026-11-24T03:20:00.000Z',
      stats: { ...sendingFlood.stats, pending: 0, sending: 0, sent: 110010 },
    };
    server.items = [finished, sentTax];
    await act(() => vi.advanceTimersByTimeAsync(REFRESH_MS + 100));
    await waitFor(() => {
      expect(listReads(fetchMock)).toBe(before + 1);
    });
    const flood = within(await rowOf('Cảnh báo mưa lớn'));
    expect(await flood.findByText('Đã gửi')).toBeTruthy();
    expect(flood.getByText('100,0% · 120.000/120.000 người nhận')).toBeTruthy();
    expect(screen.queryByText(/tự cập nhật/)).toBeNull();

    await act(() => vi.advanceTimersByTimeAsync(REFRESH_MS * 3));
    expect(listReads(fetchMock)).toBe(before + 1);
  });
});

describe('broadcast detail', () => {
  it('shows the message as followers see it, the target, the timeline and formatted delivery counts', async () => {
    renderBroadcasts({ items: [sentTax] }, `#/admin/broadcasts/${sentTax.id}`);

    expect(await screen.findByRole('heading', { name: 'Hạn nộp thuế khoán' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('Đã gửi', { selector: '.ant-tag' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Huỷ/ })).toBeNull();
    expect(screen.getByText('Nhãn: Hộ kinh doanh, Thanh niên')).toBeTruthy();

    const timeline = Array.from(document.querySelectorAll('.broadcasts__timeline li'), (li) => li.textContent);
    expect(timeline).toEqual([
      'Tạo lúc 20/11/2026 09:00',
      'Bắt đầu gửi lúc 20/11/2026 09:30',
      'Gửi xong lúc 20/11/2026 09:41',
    ]);

    const stat = (label: string) => rowOfLabel(label).textContent;
    expect(stat('Đã gửi')).toContain('91.234');
    expect(stat('Bỏ qua')).toContain('7.000');
    expect(stat('Bỏ qua')).toContain('chưa tương tác với OA trong 7 ngày hoặc đã bỏ theo dõi');
    expect(stat('Lỗi')).toContain('1.500');
    expect(stat('Không rõ kết quả')).toContain('266');
    expect(stat('Chờ gửi')).toContain('0');
    expect(stat('Số người nhận')).toContain('100.000');

    const preview = within(screen.getByRole('figure', { name: 'Xem trước trên Zalo' }));
    expect(preview.getByText('Hộ kinh doanh nộp thuế khoán quý IV trước ngày 31/12.')).toBeTruthy();
    expect(preview.getByText('Xem hướng dẫn')).toBeTruthy();
    expect(preview.getByText('tayninh.gov.vn')).toBeTruthy();
  });

  it('shows an image with its caption, and a cancelled broadcast’s timeline', async () => {
    const cancelled = broadcast({
      ...sendingFlood,
      status: 'cancelled',
      cancelledAt: '2026-11-24T03:05:00.000Z',
      stats: { ...sendingFlood.stats, pending: 0, sending: 0, cancelled: 60010 },
    });
    renderBroadcasts({ items: [cancelled] }, `#/admin/broadcasts/${cancelled.id}`);

    expect(await screen.findByRole('heading', { name: 'Cảnh báo mưa lớn' }, { timeout: 10_000 })).toBeTruthy();
    const preview = within(screen.getByRole('figure', { name: 'Xem trước trên Zalo' }));
    expect(preview.getByRole('img', { name: 'Ảnh đính kèm' }).getAttribute('src')).toBe(
      'https://tayninh.gov.vn/anh/mua-lon.jpg',
    );
    expect(preview.getByText('Người dân các xã ven sông chủ động phòng tránh.')).toBeTruthy();
    const timeline = Array.from(document.querySelectorAll('.broadcasts__timeline li'), (li) => li.textContent);
    expect(timeline.at(-1)).toBe('Huỷ lúc 24/11/2026 10:05');
    expect(rowOfLabel('Không gửi do huỷ').textContent).toContain('60.010');
  });
});

describe('broadcasts tab access', () => {
  it('is not offered to officers without the admin role', async () => {
    window.location.hash = '#/admin/broadcasts';
    const fetchMock = mockFetch(signedIn(intakeOfficer, () => ({ body: { items: [], total: 0, counts: {} } })));
    renderApp();

    expect(await screen.findByText('Bạn không có quyền xem trang này.', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'Gửi thông báo OA' })).toBeNull();
    expect(screen.getByRole('navigation', { name: 'Menu chính' }).textContent).not.toContain('Quản trị');
    expect(sentRequests(fetchMock).some((r) => r.url.pathname.startsWith(BROADCASTS))).toBe(false);
  });
});
