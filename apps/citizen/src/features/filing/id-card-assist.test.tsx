import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../app.tsx';
import { adminUnitsRoute } from '../../test/admin-units.ts';
import { createFakePlatform, fakePhoto } from '../../test/fake-platform.ts';
import { BIRTH, draftFixture, procedureDetail } from '../../test/filing-fixtures.ts';
import { mockFetch, recordedRequests } from '../../test/mock-fetch.ts';
import { warmScreens } from '../../test/warm-screens.ts';
import { clearAdminUnitCache } from '../eform/admin-units.ts';
import { DRAFTS_STORAGE_KEY } from './drafts-context.tsx';

vi.mock('./compress-image.ts', () => ({
  prepareFile: (blob: Blob, fileName: string) =>
    Promise.resolve({ blob, fileName, thumbnail: 'data:image/jpeg;base64,/9j/' }),
}));

const UPLOAD_ID = '0190a1b2-0000-7000-8000-00000000c0cd';
const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz0123';
const WRONG = {
  code: 'wrong_document',
  message:
    'Không tìm thấy chữ trong ảnh nên có thể đây không phải giấy tờ được yêu cầu. Nếu ảnh đã đúng, bạn vẫn có thể giữ ảnh và nộp.',
};

function serve(reading: Record<string, unknown>) {
  return mockFetch((url) => {
    if (url.pathname.endsWith('/uploads')) {
      const body = { id: UPLOAD_ID, contentType: 'image/jpeg', size: 1, sha256: 'a'.repeat(64), token: TOKEN };
      return { status: 201, body: { ...body, quality: { ok: true, issues: [] } } };
    }
    if (url.pathname.endsWith(`/uploads/${UPLOAD_ID}/reading`)) return { body: { uploadId: UPLOAD_ID, ...reading } };
    if (url.pathname === '/api/v1/tay-ninh/procedures') return { body: { items: [], total: 0 } };
    if (url.pathname === `/api/v1/tay-ninh/procedures/${BIRTH}`) return { body: procedureDetail(BIRTH) };
    return adminUnitsRoute(url);
  });
}

async function photographBirthProof() {
  const platform = createFakePlatform();
  await platform.storage.set(DRAFTS_STORAGE_KEY, JSON.stringify([draftFixture()]));
  render(<App platform={platform} />);
  const drafts = await screen.findByRole('region', { name: 'Hồ sơ đang soạn' });
  fireEvent.click(within(drafts).getByRole('button', { name: /Thủ tục đăng ký khai sinh.*Tiếp tục/ }));
  await screen.findByRole('heading', { name: /Giấy tờ đính kèm/ });
  const slot = screen.getByRole('region', { name: /Giấy chứng sinh/ });
  platform.filesToPick.push(fakePhoto());
  fireEvent.click(within(slot).getByRole('button', { name: 'Chụp ảnh' }));
  return slot;
}

beforeEach(() => clearAdminUnitCache());
beforeAll(warmScreens);

describe('the assistant in the filing form', () => {
  it('offers the fields read from an ID card one by one ("Điền từ ảnh CCCD?") and fills only those accepted', async () => {
    const fetchMock = serve({
      status: 'done',
      documentType: 'id_card',
      quality: { ok: true, issues: [] },
      proposals: [
        { field: 'idNumber', value: '079303012345', confidence: 0.92 },
        { field: 'fullName', value: 'Nguyễn Thị Mỹ Hạnh', confidence: 0.95 },
        { field: 'dateOfBirth', value: '15/03/2003', confidence: 0.95 },
        { field: 'placeOfResidence', value: '12 Nguyễn Trãi, Phường Bến Thành', confidence: 0.6 },
      ],
    });
    const slot = await photographBirthProof();
    const box = await within(slot).findByRole('region', { name: 'Điền từ ảnh CCCD?' }, { timeout: 5000 });
    expect(within(box).getByText('Chưa chắc chắn, hãy kiểm tra')).toBeDefined();
    expect(within(box).queryByText('15/03/2003')).toBeNull();
    fireEvent.click(within(box).getByRole('button', { name: 'Dùng: Họ và tên' }));
    fireEvent.click(within(box).getByRole('button', { name: 'Dùng: Số định danh cá nhân' }));
    expect(within(box).getAllByText('Đã dùng ✓')).toHaveLength(2);
    expect(within(box).getByRole('button', { name: 'Dùng: Địa chỉ (nơi thường trú)' })).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    await screen.findByRole('heading', { name: /Người nộp hồ sơ/ });
    const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
    expect(value('contact-applicant-fullName')).toBe('Nguyễn Thị Mỹ Hạnh');
    expect(value('contact-applicant-idNumber')).toBe('079303012345');
    expect(value('contact-applicant-address')).toBe('');

    const requests = recordedRequests(fetchMock);
    const upload = requests.find((r) => r.url.pathname.endsWith('/uploads'));
    expect(upload?.url.searchParams.get('procedure')).toBe(BIRTH);
    expect(upload?.url.searchParams.get('document')).toBe('giay-chung-sinh');
    const reading = requests.find((r) => r.url.pathname.endsWith('/reading'));
    expect(reading?.headers.get('x-upload-token')).toBe(TOKEN);
  });

  it('warns when the photo does not look like the document asked for, and lets the citizen keep it', async () => {
    serve({ status: 'done', documentType: 'text', quality: { ok: false, issues: [WRONG] }, proposals: [] });
    const slot = await photographBirthProof();
    expect(await within(slot).findByText(WRONG.message, {}, { timeout: 5000 })).toBeDefined();
    fireEvent.click(within(slot).getByRole('button', { name: 'Vẫn dùng ảnh này' }));
    expect(within(slot).queryByText(WRONG.message)).toBeNull();
    expect(within(slot).queryByRole('region', { name: 'Điền từ ảnh CCCD?' })).toBeNull();
  });
});
