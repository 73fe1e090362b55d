import { fireEvent, render, screen, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { DocumentReading, FieldProposal } from '@motcua/contracts';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n-provider.tsx';
import { DOSSIER_CODE, dossier } from '../../test/dossier-fixtures.ts';
import { mockFetch, requestedUrls } from '../../test/mock-fetch.ts';
import { intakeOfficer, signedIn } from '../../test/officers.ts';
import { renderApp } from '../../test/render-app.tsx';
import { ScanReading } from './components/scan-reading.tsx';
import { withProposal } from './fields.ts';

const DETAIL = `/api/v1/tay-ninh/console/applications/${DOSSIER_CODE}`;
const ID_PHOTO = '22222222-2222-4222-8222-222222222222';

const proposals: FieldProposal[] = [
  { field: 'idNumber', value: '072195001234', confidence: 0.93 },
  { field: 'fullName', value: 'Trần Thị Mỹ Lình', confidence: 0.71 },
  { field: 'dateOfBirth', value: '02/03/1995', confidence: 0.95 },
];

describe('the dossier view', () => {
  it('compares what was read from the ID-card photo with the applicant, field by field', async () => {
    window.location.hash = `#/applications/${DOSSIER_CODE}`;
    const fetchMock = mockFetch(
      signedIn(intakeOfficer, (url) => {
        if (url.pathname === DETAIL) return { body: dossier };
        if (url.pathname === `${DETAIL}/readings`) {
          const item = { uploadId: ID_PHOTO, documentKey: 'giay-to-tuy-than', status: 'done', documentType: 'id_card' };
          return { body: { items: [{ ...item, quality: { ok: true, issues: [] }, proposals }] } };
        }
        return undefined;
      }),
    );
    renderApp();
    const title = await screen.findByText('Thông tin đọc từ ảnh thẻ căn cước', {}, { timeout: 10_000 });
    const card = within(title.closest('.ant-card') as HTMLElement);
    expect(card.getByText('Thẻ căn cước của người đi đăng ký')).toBeTruthy();
    expect(card.getByText('072195001234').closest('tr')?.textContent).toContain('Khớp');
    expect(card.getByText('Trần Thị Mỹ Lình').closest('tr')?.textContent).toContain('Khác: Trần Thị Mỹ Linh');
    expect(card.getByText('Trần Thị Mỹ Lình').closest('tr')?.textContent).toContain('Chưa chắc chắn');
    expect(card.queryByRole('button', { name: /Dùng/ })).toBeNull();
    expect(requestedUrls(fetchMock).some((url) => url.pathname.endsWith('/readings'))).toBe(true);
  });
});

describe('counter intake', () => {
  it('polls the scan’s reading with its token and takes a value over only on the officer’s click', async () => {
    let calls = 0;
    const done: DocumentReading = {
      uploadId: ID_PHOTO,
      status: 'done',
      documentType: 'id_card',
      quality: { ok: true, issues: [] },
      proposals,
    };
    const fetchMock = mockFetch((url, request) => {
      if (!url.pathname.endsWith(`/console/uploads/${ID_PHOTO}/reading`)) return undefined;
      expect(request.headers['x-upload-token']).toBe('scan-token-0123456789');
      calls += 1;
      return { body: calls === 1 ? { ...done, status: 'pending', proposals: [] } : done };
    });
    const onUse = vi.fn();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <I18nProvider>
          <ScanReading uploadId={ID_PHOTO} token="scan-token-0123456789" applicant={{ fullName: '' }} onUse={onUse} />
        </I18nProvider>
      </QueryClientProvider>,
    );
    expect(await screen.findByText('Đang đọc ảnh…')).toBeTruthy();
    const use = await screen.findByRole(
      'button',
      { name: 'Dùng giá trị đọc được cho mục Họ và tên' },
      { timeout: 5000 },
    );
    expect(onUse).not.toHaveBeenCalled();
    fireEvent.click(use);
    expect(onUse).toHaveBeenCalledWith(proposals[1]);
    expect(screen.queryByRole('button', { name: /Ngày sinh/ })).toBeNull();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(withProposal({ fullName: 'x', phone: '0912345678' }, proposals[1] as FieldProposal)).toEqual({
      fullName: 'Trần Thị Mỹ Lình',
      phone: '0912345678',
    });
  });
});
