import type { ApiKey, WebhookDelivery, WebhookEndpoint } from '@motcua/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, sentRequests, type MockAnswer, type MockRequest } from '../../test/mock-fetch.ts';
import { adminOfficer, signedIn } from '../../test/officers.ts';
import { renderApp } from '../../test/render-app.tsx';

const BASE = '/api/v1/tay-ninh/console/admin/integrations';
const SECRET_KEY = `mc_ab12cd34_${'k'.repeat(43)}`;
const SECRET_HOOK = `whsec_${'s'.repeat(43)}`;

const key: ApiKey = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Cổng dịch vụ công tỉnh',
  prefix: 'mc_zz99yy88',
  scopes: ['applications:read', 'applications:export'],
  createdBy: { id: 'admin', name: 'Phạm Quốc Dũng' },
  createdAt: '2026-11-20T02:00:00.000Z',
  lastUsedAt: '2026-11-24T03:15:00.000Z',
  revokedAt: null,
};

const failing: WebhookEndpoint = {
  id: '00000000-0000-4000-8000-0000000000e1',
  url: 'https://motcua.tayninh.gov.vn/webhook',
  description: 'Hệ thống một cửa điện tử',
  events: ['application.submitted', 'application.accepted'],
  enabled: false,
  disabledReason: 'failing',
  disabledAt: '2026-11-24T05:00:00.000Z',
  consecutiveFailures: 10,
  failingSince: '2026-11-23T20:00:00.000Z',
  lastFailure: { at: '2026-11-24T05:00:00.000Z', statusCode: 503, error: 'HTTP 503' },
  pending: 2,
  createdAt: '2026-11-01T02:00:00.000Z',
};

const delivery: WebhookDelivery = {
  id: '01a2b3c4-0000-7000-8000-00000000d001',
  seq: 7,
  type: 'application.accepted',
  code: '000.20.01.H53-261124-0001',
  occurredAt: '2026-11-24T02:00:00.000Z',
  status: 'failed',
  attempts: 10,
  nextAttemptAt: null,
  lastAttemptAt: '2026-11-24T05:00:00.000Z',
  lastStatusCode: 503,
  lastError: 'HTTP 503',
  lastDurationMs: 120,
  deliveredAt: null,
  replays: 0,
};

let current = failing;

function routes(url: URL, request: MockRequest): MockAnswer {
  const path = url.pathname;
  if (path === `${BASE}/keys` && request.method === 'GET') return { body: { items: [key] } };
  if (path === `${BASE}/keys` && request.method === 'POST') {
    return {
      status: 201,
      body: { ...key, id: 'new-key', name: 'Hệ thống mới', prefix: 'mc_ab12cd34', secret: SECRET_KEY },
    };
  }
  if (path === `${BASE}/keys/${key.id}/revoke`) return { body: { ...key, revokedAt: '2026-11-24T06:00:00.000Z' } };
  if (path === `${BASE}/webhooks` && request.method === 'GET') return { body: { items: [current] } };
  if (path === `${BASE}/webhooks` && request.method === 'POST') {
    return {
      status: 201,
      body: { ...failing, id: 'new-hook', enabled: true, disabledReason: null, secret: SECRET_HOOK },
    };
  }
  if (path === `${BASE}/webhooks/${failing.id}` && request.method === 'PATCH') {
    current = { ...failing, enabled: true, disabledReason: null, disabledAt: null, consecutiveFailures: 0 };
    return { body: current };
  }
  if (path === `${BASE}/webhooks/${failing.id}/deliveries`) return { body: { items: [delivery] } };
  if (path === `${BASE}/webhooks/${failing.id}/deliveries/${delivery.id}/replay`)
    return { body: { ...delivery, status: 'pending' } };
  return undefined;
}

function open() {
  current = failing;
  window.location.hash = '#/admin/integrations';
  const fetchMock = mockFetch(signedIn(adminOfficer, routes));
  renderApp();
  return fetchMock;
}

function sent(fetchMock: ReturnType<typeof mockFetch>, method: string, path: string) {
  return sentRequests(fetchMock).filter((r) => r.method === method && r.url.pathname === path);
}

async function confirmIn(text: string, button: string): Promise<void> {
  const popup = (await screen.findByText(text, { exact: false })).closest('.ant-popover');
  if (!(popup instanceof HTMLElement)) throw new Error('no confirmation');
  fireEvent.click(within(popup).getByRole('button', { name: button }));
}

describe('integrations (admin)', () => {
  it('lists API keys, creates one and shows its secret once, and revokes one after confirmation', async () => {
    const fetchMock = open();
    expect(await screen.findByText('mc_zz99yy88', {}, { timeout: 20_000 })).toBeDefined();
    expect(screen.getByText('Tra cứu mọi hồ sơ của tỉnh')).toBeDefined();
    expect(screen.getByText('24/11/2026 10:15')).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Tạo khoá API' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Tên hệ thống sử dụng'), { target: { value: ' Hệ thống mới ' } });
    fireEvent.click(within(dialog).getByLabelText('Quản lý webhook (webhooks:manage)'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tạo khoá API' }));
    expect(await screen.findByText(SECRET_KEY)).toBeDefined();
    expect(screen.getByText('Lưu lại ngay: chỉ hiện một lần')).toBeDefined();
    const [created] = sent(fetchMock, 'POST', `${BASE}/keys`);
    expect(created?.body).toEqual({ name: 'Hệ thống mới', scopes: ['applications:read', 'webhooks:manage'] });
    expect(created?.headers['idempotency-key']).toMatch(/^[0-9a-f]{32}$/);
    expect(created?.headers['x-csrf-token']).toBe(adminOfficer.csrfToken);
    fireEvent.click(screen.getByRole('button', { name: 'Tôi đã lưu, đóng lại' }));
    await waitFor(() => {
      expect(screen.queryByText(SECRET_KEY)).toBeNull();
    });

    fireEvent.click(screen.getByRole('button', { name: `Thu hồi khoá ${key.name}` }));
    await confirmIn('Hệ thống đang dùng khoá này sẽ bị từ chối ngay', 'Thu hồi');
    await waitFor(() => {
      expect(sent(fetchMock, 'POST', `${BASE}/keys/${key.id}/revoke`)).toHaveLength(1);
    });
  });

  it('says why an endpoint switched itself off, switches it on, and replays from its delivery log', async () => {
    const fetchMock = open();
    expect(await screen.findByText('Tự tắt do lỗi', {}, { timeout: 10_000 })).toBeDefined();
    expect(
      screen.getByText('Tự tắt lúc 24/11/2026 12:00 sau 10 lần gửi lỗi liên tiếp', { exact: false }),
    ).toBeDefined();
    expect(screen.getByText('Lỗi cuối: HTTP 503', { exact: false })).toBeDefined();
    expect(screen.getByText('2/14 sự kiện')).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: `Nhật ký gửi tới ${failing.url}` }));
    expect(await screen.findByText(delivery.code)).toBeDefined();
    expect(screen.getByText('Thất bại')).toBeDefined();
    expect(screen.getByText('HTTP 503 · 120 ms · 24/11/2026 12:00')).toBeDefined();
    // Off: nothing can be sent again yet.
    expect(screen.getByRole('button', { name: `Gửi lại lần gửi ${delivery.id}` })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: /close|đóng/i }));

    fireEvent.click(screen.getByRole('button', { name: `Bật địa chỉ ${failing.url}` }));
    await waitFor(() => {
      expect(sent(fetchMock, 'PATCH', `${BASE}/webhooks/${failing.id}`).map((r) => r.body)).toEqual([
        { enabled: true },
      ]);
    });
    expect(await screen.findByText('Đang bật')).toBeDefined();

    // On again: the failed delivery is sent again, with the same delivery id.
    fireEvent.click(screen.getByRole('button', { name: `Nhật ký gửi tới ${failing.url}` }));
    const replay = await screen.findByRole('button', { name: `Gửi lại lần gửi ${delivery.id}` });
    await waitFor(() => {
      expect(replay).toHaveProperty('disabled', false);
    });
    fireEvent.click(replay);
    await waitFor(() => {
      expect(sent(fetchMock, 'POST', `${BASE}/webhooks/${failing.id}/deliveries/${delivery.id}/replay`)).toHaveLength(
        1,
      );
    });
    expect(await screen.findByText('Đã đưa vào hàng đợi gửi lại (cùng mã lần gửi).')).toBeDefined();
  });

  it('adds an endpoint for the chosen events and shows its signing secret once', async () => {
    const fetchMock = open();
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm địa chỉ nhận' }, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Địa chỉ nhận (URL)'), {
      target: { value: 'https://motcua.tayninh.gov.vn/hook' },
    });
    for (const label of ['Từ chối tiếp nhận (3)', 'Dừng xử lý (8)'])
      fireEvent.click(within(dialog).getByLabelText(label));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText(SECRET_HOOK)).toBeDefined();
    const [created] = sent(fetchMock, 'POST', `${BASE}/webhooks`);
    const body = created?.body as { url: string; events: string[]; description: string };
    expect(body.url).toBe('https://motcua.tayninh.gov.vn/hook');
    expect(body.events).toHaveLength(12);
    expect(body.events).not.toContain('application.refused');
    expect(body.events).not.toContain('application.stopped');
  });

  it('downloads the export of the chosen days and format', async () => {
    open();
    const link = await screen.findByRole('link', { name: 'Tải tệp kết xuất' }, { timeout: 10_000 });
    const href = new URL(link.getAttribute('href') ?? '', 'http://localhost');
    expect(href.pathname).toBe(`${BASE}/export`);
    expect(href.searchParams.get('format')).toBe('csv');
    expect(href.searchParams.get('from')).toMatch(/^\d{4}-\d{2}-01$/);
  });
});
