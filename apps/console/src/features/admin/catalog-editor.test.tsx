import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { copyExtract } from '../../test/intake-fixtures.ts';
import { mockFetch, sentRequests } from '../../test/mock-fetch.ts';
import { adminOfficer, signedIn } from '../../test/officers.ts';
import { renderApp } from '../../test/render-app.tsx';

const API = '/api/v1/tay-ninh';
const SOURCE = `${API}/console/admin/procedures/${copyExtract.code}`;
const VERSIONS = `${SOURCE}/versions`;

/** The stored definition, with what the public detail does not carry: keywords and source. */
const { units: _units, ...publicFields } = copyExtract;
const definition = {
  ...publicFields,
  unitEids: ['000.00.00.H53'],
  authority: 'Ủy ban nhân dân cấp xã',
  channels: [{ channel: 'counter', processingTime: copyExtract.processingTime, fee: copyExtract.fee }],
  keywords: ['trích lục khai sinh', 'xin lại giấy khai sinh'],
  source: 'csdl-quoc-gia',
};

function renderEditor() {
  window.location.hash = '#/admin/catalog';
  const fetchMock = mockFetch(
    signedIn(adminOfficer, (url, request) => {
      if (url.pathname === `${API}/procedures`) return { body: { items: [copyExtract], total: 1 } };
      if (url.pathname === SOURCE) return { body: { version: 1, publishedAt: '2026-01-02T03:00:00Z', definition } };
      if (url.pathname === VERSIONS && request.method === 'POST')
        return { status: 201, body: { version: 2, published: true } };
      if (url.pathname === VERSIONS) {
        return { body: { items: [{ version: 1, publishedAt: '2026-01-02T03:00:00Z', contentHash: 'ab'.repeat(32) }] } };
      }
      return undefined;
    }),
  );
  renderApp();
  return fetchMock;
}

async function openProcedure() {
  fireEvent.mouseDown(await screen.findByLabelText('Chọn thủ tục để sửa', {}, { timeout: 10_000 }));
  fireEvent.click(await screen.findByText(`${copyExtract.code} — ${copyExtract.name}`));
  return screen.findByLabelText<HTMLTextAreaElement>('Định nghĩa thủ tục (JSON)');
}

describe('catalogue editor', () => {
  it('previews the e-form and publishes the edited definition as a new version', async () => {
    const fetchMock = renderEditor();
    const editor = await openProcedure();

    expect(await screen.findByText('Tờ khai cấp bản sao trích lục hộ tịch')).toBeTruthy();
    expect(screen.getByText('Sự kiện hộ tịch')).toBeTruthy();
    const loaded = JSON.parse(editor.value) as Record<string, unknown>;
    expect(loaded).toMatchObject({
      code: copyExtract.code,
      unitEids: ['000.00.00.H53'],
      keywords: ['trích lục khai sinh', 'xin lại giấy khai sinh'],
      source: 'csdl-quoc-gia',
    });
    expect(loaded).not.toHaveProperty('version');
    expect(screen.queryByText(/không gồm từ khoá/)).toBeNull();
    expect(
      sentRequests(fetchMock).some((request) => request.url.pathname === `${API}/procedures/${copyExtract.code}`),
    ).toBe(false);

    const edited = { ...loaded, name: 'Cấp bản sao trích lục hộ tịch (sửa đổi)' };
    fireEvent.change(editor, { target: { value: JSON.stringify(edited, null, 2) } });
    fireEvent.click(screen.getByText('Xuất bản phiên bản mới'));

    expect(await screen.findByText('Đã xuất bản phiên bản 2.')).toBeTruthy();
    const publish = sentRequests(fetchMock).find((request) => request.method === 'POST');
    expect(publish?.url.pathname).toBe(VERSIONS);
    expect(publish?.body).toEqual(edited);
    expect(publish?.headers['x-csrf-token']).toBe('csrf-admin');
  });

  it('does not publish broken JSON', async () => {
    const fetchMock = renderEditor();
    const editor = await openProcedure();

    fireEvent.change(editor, { target: { value: '{"code": "2.000635",' } });
    fireEvent.click(screen.getByText('Xuất bản phiên bản mới'));

    await waitFor(() => {
      expect(screen.getAllByText(/^JSON chưa đúng cú pháp/).length).toBeGreaterThan(0);
    });
    expect(sentRequests(fetchMock).some((request) => request.method === 'POST')).toBe(false);
  });
});
