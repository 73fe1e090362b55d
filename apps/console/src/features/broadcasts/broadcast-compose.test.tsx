import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { mockFetch, sentRequests, type MockAnswer, type MockRequest } from '../../test/mock-fetch.ts';
import { adminOfficer, signedIn } from '../../test/officers.ts';
import { renderApp } from '../../test/render-app.tsx';
import { API, BROADCASTS, broadcast, communes, followerTags, provinceUnits } from './fixtures.ts';
import type { CreateBroadcastBody } from './types.ts';

const CREATED_ID = '44444444-4444-4444-8444-444444444444';

type CreateAnswer = (body: CreateBroadcastBody) => MockAnswer;

/** What the audience endpoint answers for each target. */
function audience(url: URL): MockAnswer {
  if (url.searchParams.has('communes')) return { body: { count: 12345, reachable: 2345 } };
  if (url.searchParams.get('tags') === 'Thanh niên') return { body: { count: 56789 } };
  if (url.searchParams.has('tags')) return { body: { count: 58023 } };
  return { body: { count: 234567 } };
}

function created(body: CreateBroadcastBody): MockAnswer {
  return {
    status: 201,
    body: broadcast({
      id: CREATED_ID,
      ...body,
      media: body.media ?? {},
      scheduledAt: body.scheduledAt ?? '2026-11-24T02:00:00.000Z',
    }),
  };
}

function serve(createAnswer: CreateAnswer) {
  let stored: MockAnswer;
  return (url: URL, request: MockRequest): MockAnswer => {
    switch (url.pathname) {
      case `${BROADCASTS}/${CREATED_ID}`:
        return stored && { body: stored.body };
      case `${API}/console/admin/units`:
        return { body: { items: provinceUnits } };
      case `${API}/admin-units`:
        return url.searchParams.get('parent') === '80' ? { body: { items: communes } } : undefined;
      case `${BROADCASTS}/audience`:
        return audience(url);
      case `${BROADCASTS}/tags`:
        return { body: { tags: followerTags } };
      case BROADCASTS:
        if (request.method !== 'POST') return { body: { items: [] } };
        stored = createAnswer(request.body as CreateBroadcastBody);
        return stored;
      default:
        return undefined;
    }
  };
}

async function renderCompose(createAnswer: CreateAnswer = created) {
  window.location.hash = '#/admin/broadcasts/new';
  const fetchMock = mockFetch(signedIn(adminOfficer, serve(createAnswer)));
  renderApp();
  await screen.findByRole('heading', { name: 'Soạn thông báo' }, { timeout: 10_000 });
  return fetchMock;
}

function posts(fetchMock: ReturnType<typeof mockFetch>) {
  return sentRequests(fetchMock).filter((r) => r.method === 'POST');
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function visibleOptions(): HTMLElement[] {
  return Array.from(
    document.querySelectorAll<HTMLElement>(
      '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
    ),
  );
}

/** Types into a searchable select and picks the option titled `option`. */
async function pick(label: string, typed: string, option: string) {
  const input = screen.getByLabelText(label);
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: typed } });
  await waitFor(() => {
    expect(visibleOptions().map((o) => o.getAttribute('title'))).toContain(option);
  });
  const found = visibleOptions().find((o) => o.getAttribute('title') === option);
  if (!found) throw new Error(`no option ${option}`);
  fireEvent.click(found);
}

/** Types a date (dd/MM/yyyy) or time (HH:mm) into a picker and commits it. */
function enterPicker(label: string, value: string) {
  const input = screen.getByLabelText(label);
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
}

function submit(name = 'Gửi thông báo') {
  fireEvent.click(screen.getByRole('button', { name }));
}

function errorOf(label: string): string {
  const item = screen.getByLabelText(label).closest('.ant-form-item');
  return item?.querySelector('.ant-form-item-explain')?.textContent ?? '';
}

describe('composing a broadcast', () => {
  it('refuses an empty title and message, a message over 2.000 characters and a non-https address', async () => {
    const fetchMock = await renderCompose();

    submit();
    expect(await screen.findByText('Vui lòng nhập tiêu đề.')).toBeTruthy();
    expect(await screen.findByText('Vui lòng nhập nội dung.')).toBeTruthy();

    type('Nội dung', 'x'.repeat(2001));
    await waitFor(() => {
      expect(screen.getByTestId('body-counter').textContent).toBe('2.001/2.000 ký tự');
    });
    await waitFor(() => {
      expect(errorOf('Nội dung')).toBe('Nội dung tối đa 2.000 ký tự (giới hạn của Zalo); hiện có 2.001 ký tự.');
    });
    type('Nội dung', 'ư'.normalize('NFD').repeat(2000));
    await waitFor(() => {
      expect(screen.getByTestId('body-counter').textContent).toBe('2.000/2.000 ký tự');
    });
    await waitFor(() => {
      expect(errorOf('Nội dung')).toBe('');
    });

    fireEvent.click(screen.getByLabelText('Hình ảnh'));
    fireEvent.change(await screen.findByLabelText('Địa chỉ ảnh'), {
      target: { value: 'http://tayninh.gov.vn/anh.jpg' },
    });
    await waitFor(() => {
      expect(errorOf('Địa chỉ ảnh')).toBe('Địa chỉ phải là địa chỉ web hợp lệ bắt đầu bằng https://');
    });
    fireEvent.click(screen.getByLabelText('Liên kết'));
    fireEvent.change(await screen.findByLabelText('Địa chỉ liên kết'), { target: { value: 'https:/thieu-gach' } });
    await waitFor(() => {
      expect(errorOf('Địa chỉ liên kết')).toBe('Địa chỉ phải là địa chỉ web hợp lệ bắt đầu bằng https://');
    });

    fireEvent.click(screen.getByLabelText('Theo xã, phường'));
    await screen.findByLabelText('Xã, phường');
    type('Tiêu đề', 'Thông báo');
    submit();
    expect(await screen.findByText('Chọn ít nhất một xã, phường.')).toBeTruthy();
    expect(posts(fetchMock)).toEqual([]);
  });

  it('counts the followers the chosen target reaches as it changes', async () => {
    const fetchMock = await renderCompose();
    const count = () => screen.getByTestId('audience').textContent;

    await waitFor(() => {
      expect(count()).toContain('Sẽ gửi tới 234.567 người theo dõi');
    });

    fireEvent.click(screen.getByLabelText('Theo xã, phường'));
    await waitFor(() => {
      expect(count()).toContain('Chọn người nhận');
    });
    await pick('Xã, phường', 'tan bien', 'Xã Tân Biên');
    await pick('Xã, phường', 'phuong tan ninh', 'Phường Tân Ninh');
    await waitFor(() => {
      expect(count()).toContain('Sẽ gửi tới 12.345 người theo dõi');
    });
    expect(count()).toContain('Trong đó 2.345 người đã tương tác với OA trong 7 ngày gần nhất');
    const asked = sentRequests(fetchMock).filter((r) => r.url.pathname === `${BROADCASTS}/audience`);
    expect(asked.at(-1)?.url.searchParams.get('communes')).toBe('25486,25459');

    fireEvent.click(screen.getByLabelText('Theo nhãn'));
    await screen.findByLabelText('Nhãn người theo dõi');
    await pick('Nhãn người theo dõi', 'thanh nien', 'Thanh niên (56.789 người)');
    await waitFor(() => {
      expect(count()).toBe('Sẽ gửi tới 56.789 người theo dõi');
    });
  });

  it('sends exactly what the officer wrote, scheduled on Vietnam’s clock, then shows it', async () => {
    const fetchMock = await renderCompose();
    const day = dayjs().add(10, 'day');

    type('Tiêu đề', '  Hạn nộp thuế khoán '.normalize('NFD'));
    fireEvent.click(screen.getByLabelText('Liên kết'));
    await screen.findByLabelText('Địa chỉ liên kết');
    type('Nội dung', 'Hộ kinh doanh nộp thuế khoán quý IV trước ngày 31/12.\nXem hướng dẫn bên dưới.');
    type('Địa chỉ liên kết', ' https://tayninh.gov.vn/thue-khoan ');
    type('Tiêu đề liên kết (không bắt buộc)', 'Xem hướng dẫn');
    fireEvent.click(screen.getByLabelText('Theo nhãn'));
    await screen.findByLabelText('Nhãn người theo dõi');
    await pick('Nhãn người theo dõi', 'ho kinh', 'Hộ kinh doanh (1.234 người)');
    fireEvent.click(screen.getByLabelText('Hẹn giờ'));
    await screen.findByLabelText('Ngày gửi');
    enterPicker('Ngày gửi', day.format('DD/MM/YYYY'));
    enterPicker('Giờ gửi', '08:30');

    const preview = within(screen.getByRole('figure', { name: 'Xem trước trên Zalo' }));
    expect(await preview.findByText('Xem hướng dẫn')).toBeTruthy();
    expect(preview.getByText('tayninh.gov.vn')).toBeTruthy();

    submit('Lên lịch gửi');
    await waitFor(() => {
      expect(posts(fetchMock)).toHaveLength(1);
    });
    const [post] = posts(fetchMock);
    expect(post?.url.pathname).toBe(BROADCASTS);
    expect(post?.body).toEqual({
      title: 'Hạn nộp thuế khoán',
      kind: 'link',
      body: 'Hộ kinh doanh nộp thuế khoán quý IV trước ngày 31/12.\nXem hướng dẫn bên dưới.',
      media: { url: 'https://tayninh.gov.vn/thue-khoan', title: 'Xem hướng dẫn' },
      target: { tags: ['Hộ kinh doanh'] },
      scheduledAt: `${day.format('YYYY-MM-DD')}T08:30:00+07:00`,
    });
    expect(post?.headers['idempotency-key']).toMatch(/^[0-9a-f]{32}$/);
    expect(post?.headers['x-csrf-token']).toBe('csrf-admin');

    await waitFor(() => {
      expect(window.location.hash).toBe(`#/admin/broadcasts/${CREATED_ID}`);
    });
    expect(await screen.findByRole('heading', { name: 'Hạn nộp thuế khoán' })).toBeTruthy();
    expect(screen.getByText('Đã lên lịch', { selector: '.ant-tag' })).toBeTruthy();
  });

  it('sends a text to every follower at once without a time', async () => {
    const fetchMock = await renderCompose();

    type('Tiêu đề', 'Lịch tiếp công dân');
    type('Nội dung', 'Trung tâm tiếp công dân sáng thứ Năm.');
    submit();

    await waitFor(() => {
      expect(posts(fetchMock)).toHaveLength(1);
    });
    expect(posts(fetchMock)[0]?.body).toEqual({
      title: 'Lịch tiếp công dân',
      kind: 'text',
      body: 'Trung tâm tiếp công dân sáng thứ Năm.',
      target: { all: true },
    });
  });

  it('warns that Zalo does not push at night', async () => {
    await renderCompose();
    const night = /Zalo không đẩy thông báo vào ban đêm \(22:00–06:00\)/;

    fireEvent.click(screen.getByLabelText('Hẹn giờ'));
    await screen.findByLabelText('Ngày gửi');
    enterPicker('Ngày gửi', dayjs().add(2, 'day').format('DD/MM/YYYY'));
    enterPicker('Giờ gửi', '22:30');
    expect(await screen.findByText(night)).toBeTruthy();
    enterPicker('Giờ gửi', '06:00');
    await waitFor(() => {
      expect(screen.queryByText(night)).toBeNull();
    });
    enterPicker('Giờ gửi', '05:45');
    expect(await screen.findByText(night)).toBeTruthy();
  });

  it('shows the server’s field errors next to their fields', async () => {
    await renderCompose(() => ({
      status: 422,
      body: {
        type: 'urn:motcua:problem:BROADCAST.INVALID',
        title: 'Unprocessable Content',
        status: 422,
        code: 'BROADCAST.INVALID',
        detail: 'Thông báo chưa hợp lệ. Vui lòng sửa các mục được nêu rồi gửi lại.',
        errors: [
          { pointer: '/body/media/url', message: 'Không tải được ảnh từ địa chỉ này' },
          { pointer: '/body/target', message: 'Vui lòng chọn ít nhất một xã, phường hoặc nhãn' },
          { pointer: '/body/priority', message: 'Trường không được hỗ trợ' },
        ],
      },
    }));

    type('Tiêu đề', 'Cảnh báo mưa lớn');
    fireEvent.click(screen.getByLabelText('Hình ảnh'));
    fireEvent.change(await screen.findByLabelText('Chú thích ảnh'), {
      target: { value: 'Người dân chủ động phòng tránh.' },
    });
    type('Địa chỉ ảnh', 'https://tayninh.gov.vn/anh/mua-lon.jpg');
    submit();

    const detail = await screen.findByText('Thông báo chưa hợp lệ. Vui lòng sửa các mục được nêu rồi gửi lại.');
    const alert = detail.closest('[role="alert"]');
    if (!alert) throw new Error('the problem is not in an alert');
    expect(alert.textContent).toContain('Trường không được hỗ trợ');
    await waitFor(() => {
      expect(errorOf('Địa chỉ ảnh')).toBe('Không tải được ảnh từ địa chỉ này');
    });
    expect(screen.getByText('Vui lòng chọn ít nhất một xã, phường hoặc nhãn')).toBeTruthy();
  });
});
