import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../app.tsx';
import { birthRegistration, birthRegistrationDetail, landCertificate } from '../../test/catalog-fixtures.ts';
import { createFakePlatform } from '../../test/fake-platform.ts';
import { mockFetch, requestedUrls } from '../../test/mock-fetch.ts';

const LIST_PATH = '/api/v1/tay-ninh/procedures';

function renderApp(platform = createFakePlatform()) {
  return render(<App platform={platform} />);
}

describe('home screen', () => {
  it('renders the search box and the common procedures', async () => {
    mockFetch((url) =>
      url.pathname === LIST_PATH ? { body: { items: [birthRegistration, landCertificate], total: 2 } } : undefined,
    );
    renderApp();

    expect(screen.getByRole('heading', { level: 1, name: 'Một Cửa' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Tìm thủ tục' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tìm' })).toBeTruthy();
    expect(await screen.findByText('Thủ tục thường dùng')).toBeTruthy();
    expect(await screen.findByText('Đăng ký khai sinh')).toBeTruthy();
  });

  it('searches as the citizen types and lists name, field, time limit and fee', async () => {
    const fetchMock = mockFetch((url) => {
      if (url.pathname !== LIST_PATH) return undefined;
      const q = url.searchParams.get('q') ?? '';
      return q.includes('dat')
        ? { body: { items: [landCertificate], total: 1 } }
        : { body: { items: [birthRegistration], total: 1 } };
    });
    renderApp();
    await screen.findByText('Đăng ký khai sinh');

    fireEvent.change(screen.getByRole('textbox', { name: 'Tìm thủ tục' }), { target: { value: 'cap dat' } });

    const item = (await screen.findByText('Cấp giấy chứng nhận quyền sử dụng đất lần đầu')).closest('li');
    if (!item) throw new Error('result is not a list item');
    expect(within(item).getByText('Đất đai')).toBeTruthy();
    expect(within(item).getByText(/3 ngày làm việc/)).toBeTruthy();
    expect(within(item).getByText(/15\.000 ₫/)).toBeTruthy();
    expect(screen.getByText('Tìm thấy 1 thủ tục')).toBeTruthy();
    const queries = requestedUrls(fetchMock).map((url) => url.searchParams.get('q'));
    expect(queries).toEqual(['', 'cap dat']);
  });

  it('says so when nothing matches', async () => {
    mockFetch((url) => (url.pathname === LIST_PATH ? { body: { items: [], total: 0 } } : undefined));
    renderApp();
    fireEvent.change(screen.getByRole('textbox', { name: 'Tìm thủ tục' }), { target: { value: 'xyz' } });
    expect(await screen.findByText('Không tìm thấy thủ tục phù hợp với “xyz”.')).toBeTruthy();
  });

  it('shows an error in Vietnamese with a retry when the server fails', async () => {
    mockFetch(() => ({ status: 503, body: { title: 'Service Unavailable', status: 503 } }));
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Hệ thống đang bận. Vui lòng thử lại sau.')).toBeTruthy();
    expect(within(alert).getByRole('button', { name: 'Thử lại' })).toBeTruthy();
  });

  it('opens a procedure with its documents per case, channels and legal basis', async () => {
    mockFetch((url) => {
      if (url.pathname === LIST_PATH) return { body: { items: [birthRegistration], total: 1 } };
      if (url.pathname === `${LIST_PATH}/1.001193`) return { body: birthRegistrationDetail };
      return undefined;
    });
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: /Đăng ký khai sinh/ }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng ký khai sinh' })).toBeTruthy();
    expect(screen.getByText('Tờ khai đăng ký khai sinh')).toBeTruthy();
    expect(screen.getAllByText('Bản chính: 1 · Bản sao: 0')).toHaveLength(2);
    expect(screen.getByText('Luật Hộ tịch')).toBeTruthy();
    expect(screen.getByText('Trực tuyến')).toBeTruthy();
    await waitFor(() => {
      expect(screen.getByRole('heading', { level: 2, name: 'Căn cứ pháp lý' })).toBeTruthy();
    });
  });

  it('switches to English and remembers the choice', async () => {
    mockFetch((url) => (url.pathname === LIST_PATH ? { body: { items: [landCertificate], total: 1 } } : undefined));
    const platform = createFakePlatform();
    renderApp(platform);

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('textbox', { name: 'Find a procedure' })).toBeTruthy();
    expect(await screen.findByText(/3 working days/)).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(await platform.storage.get('lang')).toBe('en');
  });
});
