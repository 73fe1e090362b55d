import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../app.tsx';
import { createFakePlatform } from '../../test/fake-platform.ts';
import { lookupAnswer } from '../../test/filing-fixtures.ts';
import { mockFetch, recordedRequests, type Answer } from '../../test/mock-fetch.ts';
import { warmScreens } from '../../test/warm-screens.ts';
import { DOSSIERS_STORAGE_KEY } from './saved-dossiers.tsx';

const CODE = '000.20.01.H53-260712-0008';
const KEY = 'K7M2QX9PAC';
const BASE = `/api/v1/tay-ninh/applications/${CODE}`;
const CARD = '0190a1b2-0000-7000-8000-00000000c0de';

function cardReading(status: 'pending' | 'done') {
  return {
    uploadId: CARD,
    documentKey: 'giay-to-nhan-than',
    status,
    documentType: 'id_card',
    quality: { ok: true, issues: [] },
    proposals:
      status === 'pending'
        ? []
        : [
            { field: 'fullName', value: 'Trần Thị Mỹ Linh', confidence: 0.95 },
            { field: 'idNumber', value: '079303012345', confidence: 0.92 },
            { field: 'placeOfResidence', value: '12 Nguyễn Trãi, Phường Tân Ninh', confidence: 0.6 },
          ],
  };
}

function serve(readings: () => Answer) {
  return mockFetch((url) => {
    if (url.pathname === '/api/v1/tay-ninh/procedures') return { body: { items: [], total: 0 } };
    if (url.pathname === BASE) return lookupAnswer(CODE, { status: 2, statusLabel: 'Được tiếp nhận' });
    if (url.pathname === `${BASE}/readings`) return readings();
    return undefined;
  });
}

async function openDossier() {
  const platform = createFakePlatform();
  await platform.storage.set(
    DOSSIERS_STORAGE_KEY,
    JSON.stringify([
      {
        code: CODE,
        key: KEY,
        tenant: 'tay-ninh',
        procedureName: 'Thủ tục đăng ký khai sinh',
        savedAt: '2026-07-12T02:00:00Z',
      },
    ]),
  );
  render(<App platform={platform} />);
  const mine = await screen.findByRole('region', { name: 'Hồ sơ của tôi' });
  fireEvent.click(await within(mine).findByRole('button', { name: /Thủ tục đăng ký khai sinh/ }));
  await screen.findByTestId('dossier-status');
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

beforeAll(warmScreens);

describe('the ID card read from a filed dossier’s photo', () => {
  it('waits for the reading, then offers each field read to check, uncertain ones marked, nothing sent', async () => {
    let asked = 0;
    const fetchMock = serve(() => {
      asked += 1;
      return { body: { items: [cardReading(asked === 1 ? 'pending' : 'done')] } };
    });
    await openDossier();
    const section = await screen.findByRole('region', { name: 'Thông tin đọc từ ảnh thẻ căn cước' }, { timeout: 5000 });
    const rows = within(section).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual([
      'Số định danh cá nhân079303012345',
      'Họ và tênTrần Thị Mỹ Linh',
      'Nơi thường trú12 Nguyễn Trãi, Phường Tân NinhChưa chắc chắn, hãy kiểm tra',
    ]);
    expect(within(section).getByText(/không có thông tin nào được tự điền vào hồ sơ/)).toBeDefined();
    const requests = recordedRequests(fetchMock);
    const reads = requests.filter((r) => r.url.pathname === `${BASE}/readings`);
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads.every((r) => r.url.searchParams.get('key') === KEY)).toBe(true);
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('shows nothing when the dossier has no ID card read, or the reading cannot be had', async () => {
    let answered = 0;
    serve(() => {
      answered += 1;
      return { status: 404, body: { status: 404, code: 'APPLICATION.NOT_FOUND', detail: 'Không tìm thấy' } };
    });
    await openDossier();
    await waitFor(() => {
      expect(answered).toBe(1);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByTestId('dossier-status').textContent).toBe('Được tiếp nhận');
    expect(screen.queryByTestId('id-card-readings')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
