import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { birthRegistration, birthRegistrationDetail, landCertificate } from '../../test/catalog-fixtures.ts';
import { mockFetch, requestedUrls } from '../../test/mock-fetch.ts';
import { intakeOfficer, signedIn } from '../../test/officers.ts';
import { renderApp } from '../../test/render-app.tsx';

// Text queries rather than role queries: computing roles and names over antd's DOM is slow in jsdom.
const LIST_PATH = '/api/v1/tay-ninh/procedures';

describe('catalogue page', () => {
  beforeEach(() => {
    window.location.hash = '#/catalog';
  });

  it('lists procedures from the catalogue API in a table', async () => {
    mockFetch(
      signedIn(intakeOfficer, (url) =>
        url.pathname === LIST_PATH ? { body: { items: [birthRegistration, landCertificate], total: 2 } } : undefined,
      ),
    );
    renderApp();

    // The screen is loaded lazily, hence the longer first wait.
    expect((await screen.findByText('Danh mục thủ tục hành chính', {}, { timeout: 10_000 })).tagName).toBe('H1');
    const name = await screen.findByText('Đăng ký khai sinh');
    expect(name.closest('button')).toBeTruthy();
    const row = name.closest('tr');
    if (!row) throw new Error('procedure is not in a table row');
    expect(within(row).getByText('1.001193')).toBeTruthy();
    expect(within(row).getByText('Hộ tịch')).toBeTruthy();
    expect(within(row).getByText('Cấp xã')).toBeTruthy();
    expect(within(row).getByText('Trong ngày')).toBeTruthy();
    expect(within(row).getByText('Miễn phí')).toBeTruthy();
    expect(screen.getByText('15.000 ₫')).toBeTruthy();
    expect(screen.getByText('3 ngày làm việc')).toBeTruthy();
    expect(screen.getByText('Tổng số 2 thủ tục')).toBeTruthy();
  });

  it('searches as the officer types', async () => {
    const fetchMock = mockFetch(
      signedIn(intakeOfficer, (url) => {
        if (url.pathname !== LIST_PATH) return undefined;
        const q = url.searchParams.get('q') ?? '';
        return {
          body: q === 'dat' ? { items: [landCertificate], total: 1 } : { items: [birthRegistration], total: 1 },
        };
      }),
    );
    renderApp();
    await screen.findByText('Đăng ký khai sinh', {}, { timeout: 10_000 });

    fireEvent.change(screen.getByLabelText('Tìm theo tên hoặc mã thủ tục'), { target: { value: 'dat' } });

    expect(await screen.findByText(landCertificate.name, {}, { timeout: 3000 })).toBeTruthy();
    await waitFor(() => {
      expect(screen.queryByText('Đăng ký khai sinh')).toBeNull();
    });
    const listQueries = requestedUrls(fetchMock)
      .filter((url) => url.pathname === LIST_PATH && url.searchParams.get('limit') === '20')
      .map((url) => url.searchParams.get('q'));
    expect(listQueries).toEqual(['', 'dat']);
  });

  it('opens a procedure in a drawer with its documents per case', async () => {
    mockFetch(
      signedIn(intakeOfficer, (url) => {
        if (url.pathname === LIST_PATH) return { body: { items: [birthRegistration], total: 1 } };
        if (url.pathname === `${LIST_PATH}/1.001193`) return { body: birthRegistrationDetail };
        return undefined;
      }),
    );
    renderApp();
    fireEvent.click(await screen.findByText('Đăng ký khai sinh', {}, { timeout: 10_000 }));

    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('Tờ khai đăng ký khai sinh')).toBeTruthy();
    expect(within(drawer).getByText('Giấy chứng nhận kết hôn của cha mẹ')).toBeTruthy();
    expect(within(drawer).getByText('60/2014/QH13')).toBeTruthy();
    expect(within(drawer).getByText('Ủy ban nhân dân cấp xã')).toBeTruthy();
  });
});
