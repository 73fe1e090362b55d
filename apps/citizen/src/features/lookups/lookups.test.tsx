import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LookupKindInfo, LookupResult } from '@motcua/contracts';
import { App } from '../../app.tsx';
import { createFakePlatform } from '../../test/fake-platform.ts';
import { mockFetch, problem, requestedUrls } from '../../test/mock-fetch.ts';

const BASE = '/api/v1/tay-ninh';

const kinds: LookupKindInfo[] = [
  {
    kind: 'land-price',
    title: 'Bảng giá đất',
    titleEn: 'Land price table',
    queryLabel: 'Tên đường',
    example: 'Nguyễn Trãi',
    available: true,
    sample: true,
  },
  {
    kind: 'traffic-fines',
    title: 'Phạt nguội',
    titleEn: 'Traffic fines by plate',
    queryLabel: 'Biển số xe',
    example: '51F-123.45',
    available: true,
    sample: true,
  },
  {
    kind: 'driving-licence',
    title: 'Giấy phép lái xe',
    titleEn: 'Driving licence status',
    queryLabel: 'Số giấy phép lái xe (12 chữ số)',
    example: '012345678901',
    available: false,
    sample: false,
  },
];

const dataset = { source: 'Dữ liệu mẫu Tây Ninh', importedAt: '2026-05-02T03:00:00.000Z', rowCount: 4 };

const fines: LookupResult = {
  kind: 'traffic-fines',
  title: 'Phạt nguội',
  query: '51F-123.45',
  found: true,
  total: 1,
  items: [
    {
      heading: 'Biển số 51F-123.45 — Ô tô con',
      fields: [
        { key: 'violatedAt', label: 'Thời gian vi phạm', value: '14/03/2026 08:15' },
        { key: 'status', label: 'Trạng thái', value: 'Chưa xử phạt' },
      ],
    },
  ],
  message: 'Biển số 51F-123.45 có 1 lỗi vi phạm (1 lỗi chưa xử phạt: vui lòng đến nơi giải quyết ghi bên dưới).',
  sample: true,
  notice: 'Dữ liệu mẫu — không dùng cho giao dịch thật',
  dataset,
};

function answer(url: URL) {
  if (url.pathname === `${BASE}/procedures`) return { body: { items: [], total: 0 } };
  if (url.pathname === `${BASE}/lookups`) return { body: { items: kinds } };
  if (url.pathname === `${BASE}/lookups/traffic-fines`) {
    return url.searchParams.get('q') === 'abc'
      ? problem(
          422,
          'LOOKUP.QUERY_INVALID',
          'Biển số xe chưa đúng. Vui lòng gõ đủ biển số, ví dụ 51F-123.45 hoặc 51F12345.',
          [{ pointer: '/query/q', message: 'x' }],
        )
      : { body: fines };
  }
  return undefined;
}

async function openLookups() {
  const fetchMock = mockFetch(answer);
  render(<App platform={createFakePlatform()} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Tra cứu giá đất, phạt nguội, giấy phép lái xe' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Tra cứu' })).toBeTruthy();
  return fetchMock;
}

describe('civic look-ups page', () => {
  it('offers the kinds the province has data for, and shows an answer with the sample warning', async () => {
    const fetchMock = await openLookups();
    const group = await screen.findByRole('group', { name: 'Loại tra cứu' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Giá đất', 'Phạt nguội']);
    expect(screen.getByRole('textbox', { name: 'Tên đường' })).toBeTruthy();

    fireEvent.click(within(group).getByRole('button', { name: 'Phạt nguội' }));
    expect(within(group).getByRole('button', { name: 'Phạt nguội' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('Ví dụ: 51F-123.45')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Biển số xe' }), { target: { value: '51f12345' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tra cứu' }));

    expect(await screen.findByText(fines.message)).toBeTruthy();
    expect(screen.getByRole('note').textContent).toBe('Dữ liệu mẫu — không dùng cho giao dịch thật.');
    const item = screen.getByRole('heading', { level: 2, name: 'Biển số 51F-123.45 — Ô tô con' }).closest('li');
    if (!item) throw new Error('the answer is not a list item');
    expect(within(item).getByText('Trạng thái').nextSibling?.textContent).toBe('Chưa xử phạt');
    expect(screen.getByText('Nguồn: Dữ liệu mẫu Tây Ninh, cập nhật 02/05/2026')).toBeTruthy();
    const asked = requestedUrls(fetchMock).find((u) => u.pathname === `${BASE}/lookups/traffic-fines`);
    expect(asked?.searchParams.get('q')).toBe('51f12345');
  });

  it("says what to type when the query is refused, in the server's Vietnamese words", async () => {
    await openLookups();
    const group = await screen.findByRole('group', { name: 'Loại tra cứu' });
    fireEvent.click(within(group).getByRole('button', { name: 'Phạt nguội' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Vui lòng nhập nội dung cần tra cứu.');
    fireEvent.change(screen.getByRole('textbox', { name: 'Biển số xe' }), { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(
      await screen.findByText('Biển số xe chưa đúng. Vui lòng gõ đủ biển số, ví dụ 51F-123.45 hoặc 51F12345.'),
    ).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
  });
});
