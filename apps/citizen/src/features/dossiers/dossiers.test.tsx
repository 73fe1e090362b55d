import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../app.tsx';
import { warmScreens } from '../../test/warm-screens.ts';
import { createFakePlatform, fakePhoto, type FakePlatform } from '../../test/fake-platform.ts';
import { lookupAnswer, uploadAnswer } from '../../test/filing-fixtures.ts';
import { mockFetch, problem, recordedRequests, type Answer } from '../../test/mock-fetch.ts';
import { DOSSIERS_STORAGE_KEY } from './saved-dossiers.tsx';

vi.mock('../filing/compress-image.ts', () => ({
  prepareFile: (blob: Blob, fileName: string) => Promise.resolve({ blob, fileName }),
}));

const CODE = '000.20.01.H53-260712-0007';
const KEY = 'K7M2QX9PAB';
const BASE = `/api/v1/tay-ninh/applications/${CODE}`;

type Route = (url: URL, method: string, body: unknown) => Answer | undefined;

function serve(route: Route) {
  return mockFetch((url, request) => {
    if (url.pathname === '/api/v1/tay-ninh/procedures') return { body: { items: [], total: 0 } };
    return route(url, request.method, request.body);
  });
}

async function openDossier(platform: FakePlatform = createFakePlatform(), saved: Record<string, unknown> = {}) {
  await platform.storage.set(
    DOSSIERS_STORAGE_KEY,
    JSON.stringify([
      {
        code: CODE,
        key: KEY,
        tenant: 'tay-ninh',
        procedureName: 'Thủ tục đăng ký khai sinh',
        savedAt: '2026-07-12T02:00:00Z',
        ...saved,
      },
    ]),
  );
  render(<App platform={platform} />);
  const mine = await screen.findByRole('region', { name: 'Hồ sơ của tôi' });
  fireEvent.click(await within(mine).findByRole('button', { name: /Thủ tục đăng ký khai sinh/ }));
  await screen.findByTestId('dossier-status');
  return platform;
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

beforeAll(warmScreens);

describe('following a dossier', () => {
  it('shows the supplement asked for and sends the photos once, with a kept key', async () => {
    let state = 5;
    const fetchMock = serve((url, method) => {
      if (url.pathname === BASE && method === 'GET') {
        return state === 5
          ? lookupAnswer(CODE, {
              status: 5,
              statusLabel: 'Yêu cầu bổ sung giấy tờ',
              receivedAt: '2026-07-12T03:00:00Z',
              dueAt: '2026-07-14T10:00:00Z',
              supplementRequest: {
                items: ['Bản sao Giấy chứng nhận kết hôn của cha mẹ'],
                note: 'Ảnh giấy chứng sinh bị mờ',
              },
            })
          : lookupAnswer(CODE, { status: 4, statusLabel: 'Đang xử lý' });
      }
      if (url.pathname.endsWith('/uploads')) return uploadAnswer('0190a1b2-0000-7000-8000-00000000000a');
      if (url.pathname === `${BASE}/supplements` && method === 'POST') {
        state = 4;
        return { body: { code: CODE, status: 4 } };
      }
      return undefined;
    });
    const platform = await openDossier();
    const supplement = screen.getByTestId('supplement');
    expect(within(supplement).getByText('Ảnh giấy chứng sinh bị mờ')).toBeDefined();
    expect(screen.getByText('14/07/2026')).toBeDefined();
    // Every date-time in one format (HH:mm dd/MM/yyyy), on Vietnam's clock.
    expect(screen.getByText('10:00 12/07/2026')).toBeDefined();
    // The code is one unbreakable word on a row of its own (its layout at 360 px is checked in e2e).
    const [code] = screen.getAllByText(CODE).filter((el) => el.classList.contains('dossier-code'));
    expect(code?.closest('div')?.className).toBe('facts__row--wide');

    fireEvent.click(within(supplement).getByRole('button', { name: 'Gửi bổ sung' }));
    expect(within(supplement).getByText('Vui lòng chụp hoặc chọn ảnh ít nhất một giấy tờ cần bổ sung')).toBeDefined();
    platform.filesToPick.push(fakePhoto());
    const item = within(supplement).getByRole('region', { name: /Giấy chứng nhận kết hôn/ });
    fireEvent.click(within(item).getByRole('button', { name: 'Chụp ảnh' }));
    await within(item).findByText('Trang 1');
    fireEvent.click(within(supplement).getByRole('button', { name: 'Gửi bổ sung' }));
    await waitFor(() => {
      expect(screen.queryByTestId('supplement')).toBeNull();
    });
    // The citizen is told the documents went, and the status is looked up again.
    const confirmation = screen.getByTestId('supplement-sent');
    expect(confirmation.getAttribute('role')).toBe('status');
    expect(confirmation.textContent).toContain('Đã gửi bổ sung hồ sơ.');
    await waitFor(() => {
      expect(screen.getByTestId('dossier-status').textContent).toBe('Đang xử lý');
    });
    expect(confirmation.textContent).toContain('Cán bộ sẽ kiểm tra giấy tờ bạn vừa gửi');
    expect(document.activeElement).toBe(confirmation);

    const sent = recordedRequests(fetchMock).find((r) => r.url.pathname === `${BASE}/supplements`);
    expect(sent?.url.searchParams.get('key')).toBe(KEY);
    expect(sent?.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent?.body).toEqual({
      attachments: [{ documentKey: 'supplement-1', uploadId: '0190a1b2-0000-7000-8000-00000000000a' }],
    });
  });

  it('asks before withdrawing and sends the withdrawal with the key', async () => {
    const fetchMock = serve((url, method) => {
      if (url.pathname === BASE) return lookupAnswer(CODE, { status: 2, statusLabel: 'Được tiếp nhận' });
      if (url.pathname === `${BASE}/withdrawal` && method === 'POST')
        return { status: 202, body: { code: CODE, status: 7 } };
      return undefined;
    });
    await openDossier();
    fireEvent.click(screen.getByRole('button', { name: 'Rút hồ sơ' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Rút hồ sơ này?' });
    expect(document.activeElement?.textContent).toBe('Không, quay lại');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Không, quay lại' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(recordedRequests(fetchMock).some((r) => r.url.pathname.endsWith('/withdrawal'))).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Rút hồ sơ' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Rút hồ sơ' }));
    await waitFor(() => {
      expect(screen.queryByRole('alertdialog')).toBeNull();
    });
    const sent = recordedRequests(fetchMock).find((r) => r.url.pathname.endsWith('/withdrawal'));
    expect(sent?.url.searchParams.get('key')).toBe(KEY);
    expect(sent?.headers.get('idempotency-key')).toBeTruthy();
  });

  it('asks a reason when the citizen is not satisfied, then sends the rating once', async () => {
    const fetchMock = serve((url, method) => {
      if (url.pathname === BASE) return lookupAnswer(CODE, { status: 10, statusLabel: 'Đã trả kết quả' });
      if (url.pathname === `${BASE}/feedback` && method === 'POST') return { status: 201, body: {} };
      return undefined;
    });
    const platform = await openDossier();
    const feedback = screen.getByTestId('feedback');
    fireEvent.click(within(feedback).getByRole('button', { name: 'Gửi đánh giá' }));
    expect(within(feedback).getByText('Vui lòng chọn mức độ hài lòng')).toBeDefined();
    fireEvent.click(within(feedback).getByLabelText('Không hài lòng'));
    fireEvent.click(within(feedback).getByRole('button', { name: 'Gửi đánh giá' }));
    expect(within(feedback).getByText('Vui lòng cho biết lý do chưa hài lòng để cơ quan cải thiện')).toBeDefined();
    expect(recordedRequests(fetchMock).some((r) => r.url.pathname.endsWith('/feedback'))).toBe(false);

    fireEvent.change(within(feedback).getByLabelText('Lý do chưa hài lòng'), {
      target: { value: '  Phải chờ lâu ở quầy ' },
    });
    fireEvent.click(within(feedback).getByRole('button', { name: 'Gửi đánh giá' }));
    expect(await screen.findByText(/Cảm ơn bạn đã đánh giá/)).toBeDefined();
    const sent = recordedRequests(fetchMock).filter((r) => r.url.pathname.endsWith('/feedback'));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toEqual({ rating: 'unsatisfied', reason: 'Phải chờ lâu ở quầy', channel: 'web' });
    await waitFor(async () => {
      const saved = JSON.parse((await platform.storage.get(DOSSIERS_STORAGE_KEY)) ?? '[]') as { rated?: boolean }[];
      expect(saved[0]?.rated).toBe(true);
    });
  });

  it('books the one visit, and says so when the slot has just filled', async () => {
    const slots = [
      { start: '2026-07-15T01:00:00Z', end: '2026-07-15T01:30:00Z', remaining: 2 },
      { start: '2026-07-15T02:00:00Z', end: '2026-07-15T02:30:00Z', remaining: 1 },
    ];
    let booking: unknown = null;
    let puts = 0;
    const fetchMock = serve((url, method, body) => {
      if (url.pathname === BASE) return lookupAnswer(CODE, { status: 9, statusLabel: 'Đã xử lý xong' });
      if (url.pathname === `${BASE}/visit` && method === 'GET') {
        return {
          body: {
            allowed: true,
            booking,
            unit: { name: 'Trung tâm Phục vụ hành chính công phường Tân Ninh', address: '96 Trần Hưng Đạo' },
            checklist: [{ name: 'Giấy chứng sinh', originals: 1, copies: 0 }],
            fee: { amount: 16000, text: 'Lệ phí cấp bản sao', paid: false },
            slots,
          },
        };
      }
      if (url.pathname === `${BASE}/visit` && method === 'PUT') {
        puts += 1;
        if (puts === 1) return problem(409, 'VISIT.SLOT_FULL', 'Khung giờ đã hết chỗ');
        booking = {
          start: (body as { start: string }).start,
          end: '2026-07-15T01:30:00Z',
          unit: { name: 'Trung tâm', address: '96 Trần Hưng Đạo' },
        };
        return { body: { booking } };
      }
      return undefined;
    });
    await openDossier();
    const visit = await screen.findByTestId('visit');
    expect(within(visit).getByText('16.000 ₫')).toBeDefined();
    fireEvent.click(within(visit).getByRole('button', { name: /09:00–09:30/ }));
    fireEvent.click(within(visit).getByRole('button', { name: 'Đặt lịch 09:00, Thứ Tư, 15/07/2026' }));
    expect(await within(visit).findByText('Khung giờ này vừa hết chỗ. Vui lòng chọn khung giờ khác.')).toBeDefined();
    fireEvent.click(within(visit).getByRole('button', { name: /08:00–08:30/ }));
    fireEvent.click(within(visit).getByRole('button', { name: /^Đặt lịch 08:00/ }));
    expect((await screen.findByTestId('visit-booking')).textContent).toBe(
      'Lịch hẹn của bạn: 08:00–08:30, Thứ Tư, 15/07/2026.',
    );
    const sent = recordedRequests(fetchMock).filter((r) => r.method === 'PUT');
    expect(sent.map((r) => r.body)).toEqual([{ start: slots[1]?.start }, { start: slots[0]?.start }]);
    expect(sent[0]?.headers.get('idempotency-key')).not.toBe(sent[1]?.headers.get('idempotency-key'));
  });

  it('opens the dossier of a scanned receipt QR, and takes the key out of the address', async () => {
    window.history.replaceState(null, '', `/?tenant=tay-ninh&track=${CODE}&key=${KEY}`);
    const fetchMock = serve((url) =>
      url.pathname === BASE
        ? lookupAnswer(CODE, {
            status: 2,
            statusLabel: 'Được tiếp nhận',
            receivedAt: '2026-07-12T03:00:00Z',
            qrUrl: 'http://localhost/q/abc.def',
          })
        : undefined,
    );
    const platform = createFakePlatform();
    render(<App platform={platform} />);
    expect((await screen.findByTestId('dossier-status')).textContent).toBe('Được tiếp nhận');
    expect(window.location.search).toBe('');
    expect(requestedKey(fetchMock)).toBe(KEY);
    fireEvent.click(screen.getByRole('button', { name: 'Giấy tiếp nhận' }));
    const qr = await screen.findByTestId('receipt-qr');
    expect(qr).toHaveProperty('alt', `Mã QR tra cứu hồ sơ ${CODE}`);
    // While the screens slide, the previous one is still in the document: look inside the receipt.
    const receipt = within(qr.closest('.zaui-page') as HTMLElement);
    const pdf = receipt.getByRole('link', { name: 'Tải giấy tiếp nhận (PDF)' });
    expect(pdf.getAttribute('href')).toBe(`${BASE}/receipt.pdf?key=${KEY}`);
    fireEvent.click(receipt.getByRole('button', { name: 'Lưu hoặc chia sẻ đường dẫn tra cứu' }));
    await waitFor(() => {
      expect(platform.sharedUrls).toEqual(['http://localhost/q/abc.def']);
    });
  });

  it('looks a dossier up by code and key with no account, and says when nothing matches', async () => {
    serve((url) => {
      if (url.pathname === BASE && url.searchParams.get('key') === KEY) return lookupAnswer(CODE);
      if (url.pathname.startsWith('/api/v1/tay-ninh/applications/')) {
        return problem(404, 'APPLICATION.NOT_FOUND', 'Không tìm thấy hồ sơ');
      }
      return undefined;
    });
    render(<App platform={createFakePlatform()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Tra cứu hồ sơ bằng mã' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Tra cứu' }));
    expect(screen.getByText('Vui lòng nhập mã hồ sơ in trên giấy tiếp nhận')).toBeDefined();
    fireEvent.change(screen.getByLabelText('Mã hồ sơ'), { target: { value: ` ${CODE.toLowerCase()} ` } });
    fireEvent.change(screen.getByLabelText('Mã tra cứu'), { target: { value: 'WRONGKEY1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(
      await screen.findByText('Không tìm thấy hồ sơ với mã và mã tra cứu này. Vui lòng kiểm tra lại giấy biên nhận.'),
    ).toBeDefined();
    fireEvent.change(screen.getByLabelText('Mã tra cứu'), { target: { value: 'k7m2 qx9pab' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect((await screen.findByTestId('dossier-status')).textContent).toBe('Mới đăng ký');
  });
});

function requestedKey(fetchMock: ReturnType<typeof mockFetch>): string | null {
  return (
    recordedRequests(fetchMock)
      .find((r) => r.url.pathname === BASE)
      ?.url.searchParams.get('key') ?? null
  );
}
