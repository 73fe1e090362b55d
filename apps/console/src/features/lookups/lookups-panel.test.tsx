import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LookupDatasetList } from '@motcua/contracts';
import { mockFetch, sentRequests } from '../../test/mock-fetch.ts';
import { adminOfficer, signedIn } from '../../test/officers.ts';
import { renderApp } from '../../test/render-app.tsx';

const LOOKUPS = '/api/v1/tay-ninh/console/admin/lookups';

const list: LookupDatasetList = {
  items: [
    {
      kind: 'land-price',
      title: 'Bảng giá đất',
      columns: { required: ['street', 'vt1'], optional: ['vt2'] },
      dataset: {
        kind: 'land-price',
        source: 'Dữ liệu mẫu Tây Ninh',
        sample: true,
        rowCount: 8,
        importedAt: '2026-05-02T03:00:00.000Z',
        importedBy: 'seed:demo',
      },
    },
    { kind: 'traffic-fines', title: 'Phạt nguội', columns: { required: ['plate'], optional: [] } },
  ],
};

function csvFile(name: string): File {
  return new File(['street,vt1\nNguyễn Trãi,1000000\n'], name, { type: 'text/csv' });
}

async function chooseFile(name: string) {
  fireEvent.change(await screen.findByLabelText('Tệp CSV'), { target: { files: [csvFile(name)] } });
}

describe('look-up data (province admin)', () => {
  it('lists each kind with its source, sample flag and rows, and imports a CSV file', async () => {
    window.location.hash = '#/admin/lookups';
    const fetchMock = mockFetch(
      signedIn(adminOfficer, (url, request) => {
        if (url.pathname === LOOKUPS) return { body: list };
        if (url.pathname === `${LOOKUPS}/land-price` && request.method === 'POST') {
          return {
            status: 201,
            body: { ...list.items[0]?.dataset, source: 'bang-gia.csv', sample: false, rowCount: 1 },
          };
        }
        return undefined;
      }),
    );
    renderApp();
    const row = (await screen.findByText('Dữ liệu mẫu Tây Ninh', {}, { timeout: 10_000 })).closest('tr');
    if (!row) throw new Error('no row');
    expect(within(row).getByText('Dữ liệu mẫu')).toBeDefined();
    expect(within(row).getByText('8')).toBeDefined();
    expect(screen.getByText('Chưa có dữ liệu')).toBeDefined();
    expect(screen.getByText('Cột của tệp CSV: street, vt1, (vt2)')).toBeDefined();

    await chooseFile('bang-gia.csv');
    expect(screen.getByLabelText<HTMLInputElement>('Nguồn dữ liệu').value).toBe('bang-gia.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Nhập và thay dữ liệu' }));

    expect(await screen.findByText('Đã nhập 1 dòng cho Bảng giá đất.')).toBeDefined();
    const post = sentRequests(fetchMock).find((r) => r.method === 'POST');
    expect(post?.body).toEqual({ csv: 'street,vt1\nNguyễn Trãi,1000000\n', source: 'bang-gia.csv', sample: false });
    expect(post?.headers['idempotency-key']).toMatch(/^[0-9a-f]{32}$/);
  });

  it('lists every bad line the server refused the file for', async () => {
    window.location.hash = '#/admin/lookups';
    mockFetch(
      signedIn(adminOfficer, (url, request) => {
        if (url.pathname === LOOKUPS) return { body: list };
        if (request.method !== 'POST') return undefined;
        return {
          status: 422,
          body: {
            type: 'urn:motcua:problem:LOOKUP.IMPORT_INVALID',
            title: 'Unprocessable Content',
            status: 422,
            code: 'LOOKUP.IMPORT_INVALID',
            detail: 'Tệp có 2 dòng lỗi; chưa có dòng nào được nhập. Hãy sửa các dòng được nêu rồi nhập lại.',
            errors: [
              { pointer: '/body/csv', message: 'Dòng 3: thiếu tên đường (street)' },
              { pointer: '/body/csv', message: 'Dòng 7: giá VT1 "mười" không phải số tiền' },
            ],
          },
        };
      }),
    );
    renderApp();
    await chooseFile('sai.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Nhập và thay dữ liệu' }));
    expect(await screen.findByText(/^Tệp có 2 dòng lỗi; chưa có dòng nào được nhập/)).toBeDefined();
    await waitFor(() => {
      expect(screen.getByText('Dòng 3: thiếu tên đường (street)')).toBeDefined();
    });
    expect(screen.getByText('Dòng 7: giá VT1 "mười" không phải số tiền')).toBeDefined();
  });
});
