import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DOSSIER_CODE, dossier } from '../../test/dossier-fixtures.ts';
import { mockFetch } from '../../test/mock-fetch.ts';
import { intakeOfficer, signedIn } from '../../test/officers.ts';
import { renderApp } from '../../test/render-app.tsx';

const DETAIL = `/api/v1/tay-ninh/console/applications/${DOSSIER_CODE}`;

const UNITS = '/api/v1/tay-ninh/admin-units';

function renderDossier(units: Record<string, { code: string; name: string }[]> = {}) {
  window.location.hash = `#/applications/${DOSSIER_CODE}`;
  const fetchMock = mockFetch(
    signedIn(intakeOfficer, (url) => {
      if (url.pathname === DETAIL) return { body: dossier };
      const list = url.pathname === UNITS ? units[url.searchParams.get('parent') ?? ''] : undefined;
      return list ? { body: { items: list } } : undefined;
    }),
  );
  renderApp();
  return fetchMock;
}

async function section(title: string): Promise<HTMLElement> {
  const card = (await screen.findByText(title)).closest('.ant-card');
  if (!(card instanceof HTMLElement)) throw new Error(`no card titled ${title}`);
  return card;
}

describe('dossier view', () => {
  it('shows the applicant in full and the e-form answers under the form’s own titles', async () => {
    renderDossier();

    expect((await screen.findByText(`Hồ sơ ${DOSSIER_CODE}`, {}, { timeout: 10_000 })).tagName).toBe('H1');
    const summary = within(await section('Thông tin hồ sơ'));
    expect(summary.getByText('Trần Thị Mỹ Linh')).toBeTruthy();
    expect(summary.getByText('072195001234')).toBeTruthy();
    expect(summary.getByText('05/01/2026 08:10')).toBeTruthy();

    const form = within(await section('Tờ khai'));
    expect(form.getByText('Người được khai sinh')).toBeTruthy();
    expect(form.getByText('Nguyễn Trần Bảo An')).toBeTruthy();
    expect(form.getByText('10/07/2026')).toBeTruthy();
    expect(form.getByText('Quan hệ với người được khai sinh').closest('tr')?.textContent).toBe(
      'Quan hệ với người được khai sinhMẹ',
    );
  });

  it('names the provinces and communes of the answers', async () => {
    renderDossier({ '': [{ code: '80', name: 'Tây Ninh' }], '80': [{ code: '25459', name: 'Phường Tân Ninh' }] });
    const form = within(await section('Tờ khai'));
    const province = await form.findAllByText('Tây Ninh');
    expect(province[0]?.closest('tr')?.textContent).toBe('Tỉnh/thành phốTây Ninh');
    expect(form.getAllByText('Phường Tân Ninh')[0]?.closest('tr')?.textContent).toBe(
      'Xã/phường/đặc khuPhường Tân Ninh',
    );
    expect(form.queryByText('25459')).toBeNull();
  });

  it('shows the code of a unit whose list cannot be loaded', async () => {
    renderDossier();
    const form = within(await section('Tờ khai'));
    expect(form.getAllByText('25459')[0]?.closest('tr')?.textContent).toBe('Xã/phường/đặc khu25459');
    expect(form.getAllByText('80')[0]?.closest('tr')?.textContent).toBe('Tỉnh/thành phố80');
  });

  it('shows the documents with their quality flags, served by the document route', async () => {
    renderDossier();
    await screen.findByText(`Hồ sơ ${DOSSIER_CODE}`, {}, { timeout: 10_000 });

    const documents = within(await section('Thành phần hồ sơ đã nộp'));
    const photo = documents.getByAltText('Giấy chứng sinh');
    expect(photo.getAttribute('src')).toBe(
      `${DETAIL}/documents/11111111-1111-4111-8111-111111111111?variant=thumbnail`,
    );
    expect(documents.getByText('Ảnh đạt yêu cầu')).toBeTruthy();
    expect(documents.getByText('Cảnh báo: Ảnh bị mờ, vui lòng chụp lại')).toBeTruthy();
  });

  it('shows the timeline, the hand-off log and the forms to print', async () => {
    renderDossier();
    await screen.findByText(`Hồ sơ ${DOSSIER_CODE}`, {}, { timeout: 10_000 });

    const timeline = within(await section('Quá trình xử lý'));
    expect(timeline.getByText('Nộp hồ sơ')).toBeTruthy();
    expect(timeline.getByText('Chuyển xử lý')).toBeTruthy();
    expect(timeline.getByText('Lý do: Chuyển Sở Tư pháp thẩm định')).toBeTruthy();
    expect(timeline.getByText(/Trần Văn Bình \(Xử lý\)/)).toBeTruthy();

    const handoffs = within(await section('Phiếu kiểm soát quá trình giải quyết hồ sơ'));
    const row = handoffs.getByText('Sở Tư pháp').closest('tr');
    expect(row?.textContent).toContain('05/01/2026 09:00 — Trần Văn Bình');
    expect(row?.textContent).toContain('05/01/2026 09:30 — Lê Minh Châu');
    expect(row?.textContent).toContain('Trước hạn');

    const forms = within(await section('Biểu mẫu'));
    const view = forms.getByLabelText('Xem Mẫu 05 — Phiếu kiểm soát quá trình giải quyết hồ sơ');
    expect(view.getAttribute('href')).toBe(`${DETAIL}/forms/tracking-sheet.pdf`);

    const actions = within(await section('Thao tác'));
    expect(actions.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Tiếp nhận hồ sơ',
      'Từ chối tiếp nhận',
      'Yêu cầu bổ sung, hoàn thiện hồ sơ',
    ]);
  });
});
