import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../app.tsx';
import { adminUnitsRoute } from '../../test/admin-units.ts';
import { warmScreens } from '../../test/warm-screens.ts';
import { createFakePlatform, fakePhoto, type FakePlatform } from '../../test/fake-platform.ts';
import {
  BIRTH,
  draftFixture,
  formExample,
  lookupAnswer,
  procedureDetail,
  uploadAnswer,
} from '../../test/filing-fixtures.ts';
import { mockFetch, problem, recordedRequests, type Answer } from '../../test/mock-fetch.ts';
import { clearAdminUnitCache } from '../eform/admin-units.ts';
import type { Draft } from './draft.ts';
import { DRAFTS_STORAGE_KEY } from './drafts-context.tsx';

vi.mock('./compress-image.ts', () => ({
  prepareFile: (blob: Blob, fileName: string) =>
    Promise.resolve({ blob, fileName, thumbnail: 'data:image/jpeg;base64,/9j/' }),
}));

const CODE = '000.20.01.H53-260712-0001';
const BLURRY = { code: 'blurry', message: 'Ảnh bị mờ. Hãy giữ máy chắc tay, chạm để lấy nét rồi chụp lại.' };

type Route = (url: URL, method: string) => Answer | undefined;

function serve(extra: Route) {
  return mockFetch((url, request) => {
    const answer = extra(url, request.method);
    if (answer) return answer;
    if (url.pathname === '/api/v1/tay-ninh/procedures') return { body: { items: [], total: 0 } };
    if (url.pathname === `/api/v1/tay-ninh/procedures/${BIRTH}`) return { body: procedureDetail(BIRTH) };
    return adminUnitsRoute(url);
  });
}

async function renderWithDrafts(drafts: Draft[], platform: FakePlatform = createFakePlatform()) {
  await platform.storage.set(DRAFTS_STORAGE_KEY, JSON.stringify(drafts));
  render(<App platform={platform} />);
  return platform;
}

async function openDraftFromHome(name = /Thủ tục đăng ký khai sinh.*Tiếp tục/) {
  const drafts = await screen.findByRole('region', { name: 'Hồ sơ đang soạn' });
  fireEvent.click(within(drafts).getByRole('button', { name }));
}

function region(name: RegExp): HTMLElement {
  return screen.getByRole('region', { name });
}

const next = () => fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));

beforeEach(() => {
  clearAdminUnitCache();
});

beforeAll(warmScreens);

describe('filing a dossier', () => {
  it('resumes a draft, retakes a blurred photo, files once through a dropped connection, and shows the receipt', async () => {
    const uploads = [
      uploadAnswer('0190a1b2-0000-7000-8000-000000000001', [BLURRY]),
      uploadAnswer('0190a1b2-0000-7000-8000-000000000002'),
    ];
    let submissions = 0;
    const fetchMock = serve((url, method) => {
      if (url.pathname.endsWith('/uploads')) return uploads.shift();
      if (url.pathname.endsWith('/applications') && method === 'POST') {
        submissions += 1;
        if (submissions === 1) return 'network-error';
        return {
          status: 201,
          body: {
            code: CODE,
            lookupKey: 'K7M2QX9PAB',
            status: 1,
            statusLabel: 'Mới đăng ký',
            trackingUrl: 'x',
            submittedAt: '2026-07-12T02:10:00Z',
          },
        };
      }
      if (url.pathname.endsWith(`/applications/${CODE}`)) return lookupAnswer(CODE);
      return undefined;
    });
    const platform = await renderWithDrafts([draftFixture()]);
    await openDraftFromHome();

    expect(await screen.findByRole('heading', { name: /Giấy tờ đính kèm/ })).toBeDefined();
    next();
    const birthProof = region(/Giấy chứng sinh/);
    expect(within(birthProof).getByText('Vui lòng chụp hoặc chọn ảnh giấy tờ này')).toBeDefined();

    platform.filesToPick.push(fakePhoto('IMG_0001.HEIC'));
    fireEvent.click(within(birthProof).getByRole('button', { name: 'Chụp ảnh' }));
    expect(await within(birthProof).findByText(BLURRY.message)).toBeDefined();
    expect(platform.pickedSources).toEqual(['camera']);

    platform.filesToPick.push(fakePhoto());
    fireEvent.click(within(birthProof).getByRole('button', { name: 'Chụp lại' }));
    await waitFor(() => {
      expect(within(birthProof).queryByText(BLURRY.message)).toBeNull();
    });
    expect(within(birthProof).getAllByRole('listitem')).toHaveLength(1);
    expect(platform.pickedSources).toEqual(['camera', 'camera']);

    next();
    expect(await screen.findByRole('heading', { name: /Người nộp hồ sơ/ })).toBeDefined();
    expect((document.getElementById('contact-applicant-fullName') as HTMLInputElement).value).toBe('Trần Thị Mỹ Linh');
    // Two units: offered as radios, whose long names wrap on a phone instead of being cut off.
    const units = screen.getByRole('group', { name: 'Nơi nộp hồ sơ' });
    expect(within(units).getAllByRole('radio')).toHaveLength(2);
    fireEvent.click(within(units).getByRole('radio', { name: 'Trung tâm Phục vụ hành chính công phường Long An' }));
    fireEvent.click(screen.getByLabelText('Nộp hộ người khác'));
    fireEvent.change(document.getElementById('contact-filer-fullName') as HTMLElement, {
      target: { value: 'Nguyễn Văn Hùng' },
    });
    fireEvent.change(document.getElementById('contact-filer-phone') as HTMLElement, {
      target: { value: '0987654321' },
    });
    fireEvent.change(document.getElementById('contact-filer-relation') as HTMLElement, { target: { value: 'Chồng' } });
    next();

    expect(await screen.findByRole('heading', { name: /Kiểm tra và nộp/ })).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Nộp hồ sơ' }));
    expect(await screen.findByText(/Mất kết nối trong lúc gửi/)).toBeDefined();
    expect(screen.queryByRole('button', { name: /^Sửa/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Gửi lại' }));

    expect(await screen.findByTestId('receipt-code')).toHaveProperty('textContent', CODE);
    expect(screen.getByTestId('receipt-key').textContent).toBe('K7M2QX9PAB');

    const posts = recordedRequests(fetchMock).filter(
      (r) => r.url.pathname.endsWith('/applications') && r.method === 'POST',
    );
    expect(posts).toHaveLength(2);
    expect(posts.map((p) => p.headers.get('idempotency-key'))).toEqual(['idem-key-draft-1', 'idem-key-draft-1']);
    expect(posts[1]?.body).toEqual(posts[0]?.body);
    expect(posts[0]?.body).toEqual({
      procedureCode: BIRTH,
      caseKey: 'thong-thuong',
      unitEid: '000.20.02.H53',
      applicant: {
        fullName: 'Trần Thị Mỹ Linh',
        phone: '0918123456',
        email: 'mylinh.tran@gmail.com',
        idNumber: '072195001234',
      },
      filer: { fullName: 'Nguyễn Văn Hùng', phone: '0987654321', relation: 'Chồng' },
      form: formExample(BIRTH),
      attachments: [{ documentKey: 'giay-chung-sinh', uploadId: '0190a1b2-0000-7000-8000-000000000002' }],
      channel: 'online',
    });
    await waitFor(async () => {
      expect(JSON.parse((await platform.storage.get(DRAFTS_STORAGE_KEY)) ?? 'null')).toEqual([]);
    });
    const saved = JSON.parse((await platform.storage.get('dossiers.v1')) ?? '[]') as { code: string; key: string }[];
    expect(saved.map((d) => [d.code, d.key])).toEqual([[CODE, 'K7M2QX9PAB']]);
  });

  it('keeps a submission of unknown outcome frozen across restarts and resends it with the same key', async () => {
    const pending = {
      procedureCode: BIRTH,
      caseKey: 'thong-thuong',
      applicant: { fullName: 'Trần Thị Mỹ Linh', phone: '0918123456' },
      form: formExample(BIRTH),
      attachments: [{ documentKey: 'giay-chung-sinh', uploadId: '0190a1b2-0000-7000-8000-000000000009' }],
      channel: 'online' as const,
    };
    const fetchMock = serve((url, method) => {
      if (url.pathname.endsWith('/applications') && method === 'POST') {
        return {
          status: 201,
          body: {
            code: CODE,
            lookupKey: 'K7M2QX9PAB',
            status: 1,
            statusLabel: 'Mới đăng ký',
            trackingUrl: 'x',
            submittedAt: '2026-07-12T02:10:00Z',
          },
        };
      }
      if (url.pathname.endsWith(`/applications/${CODE}`)) return lookupAnswer(CODE);
      return undefined;
    });
    await renderWithDrafts([
      draftFixture({
        step: 'contact',
        pending,
        contact: { onBehalf: false, applicant: { fullName: 'Khác', phone: '0912000000' } },
      }),
    ]);
    await openDraftFromHome(/Đang chờ xác nhận đã gửi.*Tiếp tục/);
    expect(await screen.findByRole('heading', { name: /Kiểm tra và nộp/ })).toBeDefined();
    expect(screen.getByRole('status').textContent).toMatch(/không tạo hồ sơ thứ hai/);
    expect(screen.queryByRole('button', { name: 'Bước trước' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Gửi lại' }));
    await screen.findByTestId('receipt-code');
    const post = recordedRequests(fetchMock).find((r) => r.method === 'POST');
    expect(post?.headers.get('idempotency-key')).toBe('idem-key-draft-1');
    expect(post?.body).toEqual(pending);
  });

  it('asks for the authorisation letter only when the citizen files for someone else', async () => {
    const base = procedureDetail(BIRTH);
    const withLetterRequired = {
      ...base,
      cases: base.cases.map((c) => ({
        ...c,
        documents: c.documents.map((d) => (d.key === 'van-ban-uy-quyen' ? { ...d, required: true } : d)),
      })),
    };
    const fetchMock = serve((url) =>
      url.pathname === `/api/v1/tay-ninh/procedures/${BIRTH}` ? { body: withLetterRequired } : undefined,
    );
    const attachments = [
      {
        id: 'p1',
        documentKey: 'giay-chung-sinh',
        uploadId: '0190a1b2-0000-7000-8000-000000000003',
        fileName: 'a.jpg',
        contentType: 'image/jpeg',
        size: 1000,
        issues: [],
      },
    ];
    const applicant = { fullName: 'Trần Thị Mỹ Linh', phone: '0918123456' };
    await renderWithDrafts([draftFixture({ attachments, contact: { onBehalf: false, applicant } })]);
    await openDraftFromHome();
    const letter = await screen.findByRole('region', { name: /^Văn bản ủy quyền/ });
    expect(within(letter).queryByText('Bắt buộc')).toBeNull();
    expect(within(letter).getByText('Nếu có')).toBeDefined();
    next();
    expect(await screen.findByRole('heading', { name: /Người nộp hồ sơ/ })).toBeDefined();

    fireEvent.click(screen.getByLabelText('Nộp hộ người khác'));
    fireEvent.change(document.getElementById('contact-filer-fullName') as HTMLElement, {
      target: { value: 'Nguyễn Văn Hùng' },
    });
    fireEvent.change(document.getElementById('contact-filer-phone') as HTMLElement, {
      target: { value: '0987654321' },
    });
    fireEvent.change(document.getElementById('contact-filer-relation') as HTMLElement, {
      target: { value: 'Người được ủy quyền' },
    });
    next();
    fireEvent.click(await screen.findByRole('button', { name: 'Nộp hồ sơ' }));
    // Filing for someone else: the letter is now required, so the citizen is sent back to attach it.
    const required = await screen.findByRole('region', { name: /^Văn bản ủy quyền/ });
    expect(within(required).getByText('Bắt buộc')).toBeDefined();
    expect(within(required).getByText('Vui lòng chụp hoặc chọn ảnh giấy tờ này')).toBeDefined();
    const filed = recordedRequests(fetchMock).filter((r) => r.url.pathname.endsWith('/applications'));
    expect(filed).toEqual([]);
  });

  it('takes the citizen back to the field the server refused, with its words', async () => {
    serve((url, method) => {
      if (url.pathname.endsWith('/applications') && method === 'POST') {
        return problem(422, 'APPLICATION.FORM_INVALID', 'Tờ khai chưa đúng hoặc còn thiếu.', [
          { pointer: '/body/form/child/fullName', message: 'Tên quá dài, khó sử dụng; vui lòng đặt tên ngắn hơn' },
        ]);
      }
      return undefined;
    });
    const attachments = [
      {
        id: 'p1',
        documentKey: 'giay-chung-sinh',
        uploadId: '0190a1b2-0000-7000-8000-000000000003',
        fileName: 'a.jpg',
        contentType: 'image/jpeg',
        size: 1000,
        issues: [],
      },
    ];
    await renderWithDrafts([
      draftFixture({
        step: 'review',
        attachments,
        contact: { onBehalf: false, applicant: { fullName: 'Trần Thị Mỹ Linh', phone: '0918123456' } },
      }),
    ]);
    await openDraftFromHome();
    fireEvent.click(await screen.findByRole('button', { name: 'Nộp hồ sơ' }));
    expect(await screen.findByRole('heading', { name: /Tờ khai/ })).toBeDefined();
    const error = await waitFor(() => {
      const found = document.getElementById('ef-child-fullName-error');
      if (!found) throw new Error('no error yet');
      return found;
    });
    expect(error.textContent).toBe('Tên quá dài, khó sử dụng; vui lòng đặt tên ngắn hơn');
    expect(document.getElementById('ef-child-fullName')?.getAttribute('aria-describedby')).toContain(
      'ef-child-fullName-error',
    );
    expect(screen.getByTestId('form-error-summary').textContent).toContain('Tên quá dài');
  });

  it('starts from the procedure, keeps every answer on the device, and resumes after the app is closed', async () => {
    serve((url) =>
      url.pathname === '/api/v1/tay-ninh/procedures'
        ? { body: { items: [{ ...procedureDetail(BIRTH), field: 'Hộ tịch' }], total: 1 } }
        : undefined,
    );
    const platform = createFakePlatform();
    const first = render(<App platform={platform} />);
    fireEvent.click(await screen.findByRole('button', { name: /Thủ tục đăng ký khai sinh/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Nộp hồ sơ trực tuyến' }));
    expect(await screen.findByRole('heading', { name: /Trường hợp/ })).toBeDefined();
    next();
    expect(screen.getByText('Vui lòng chọn trường hợp phù hợp để biết cần những giấy tờ gì')).toBeDefined();
    fireEvent.click(screen.getByLabelText('Khai sinh cho trẻ em (trường hợp thông thường)'));
    next();
    expect(await screen.findByRole('heading', { name: /Tờ khai/ })).toBeDefined();
    expect(screen.getByRole('group', { name: /Người đi đăng ký khai sinh/ })).toBeDefined();
    const name = document.getElementById('ef-applicant-fullName') as HTMLInputElement;
    fireEvent.change(name, { target: { value: 'Trần Thị Mỹ Linh' } });
    fireEvent.change(document.getElementById('ef-child-dateOfBirth') as HTMLElement, {
      target: { value: '10/07/2026' },
    });
    await waitFor(async () => {
      const stored = JSON.parse((await platform.storage.get(DRAFTS_STORAGE_KEY)) ?? '[]') as Draft[];
      expect(stored[0]?.form).toEqual({
        applicant: { fullName: 'Trần Thị Mỹ Linh' },
        child: { dateOfBirth: '2026-07-10' },
      });
      expect(stored[0]?.step).toBe('form');
      expect(stored[0]?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    });

    first.unmount();
    render(<App platform={platform} />);
    await openDraftFromHome();
    expect(await screen.findByRole('heading', { name: /Tờ khai/ })).toBeDefined();
    expect((document.getElementById('ef-applicant-fullName') as HTMLInputElement).value).toBe('Trần Thị Mỹ Linh');
    expect((document.getElementById('ef-child-dateOfBirth') as HTMLInputElement).value).toBe('10/07/2026');
  });
});
