import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DOSSIER_CODE, inboxItem, processingDossier } from '../../test/dossier-fixtures.ts';
import { mockFetch, requestedUrls, sentRequests } from '../../test/mock-fetch.ts';
import { intakeOfficer, signedIn } from '../../test/officers.ts';
import { renderApp } from '../../test/render-app.tsx';

const INBOX = '/api/v1/tay-ninh/console/applications';
const DETAIL = `${INBOX}/${DOSSIER_CODE}`;

describe('result hand-over', () => {
  it('lists the results waiting at the desk, and hands one over with the originals checked and the fee', async () => {
    window.location.hash = '#/intake/returns';
    let returned = false;
    const ready = processingDossier({
      status: 9,
      statusKey: 'result_ready',
      subStatus: null,
      allowedActions: ['return_result'],
    });
    const fetchMock = mockFetch(
      signedIn(intakeOfficer, (url, request) => {
        if (url.pathname === INBOX) {
          return { body: { items: [{ ...inboxItem, status: 9, statusKey: 'result_ready' }], total: 1, counts: {} } };
        }
        if (url.pathname === DETAIL) {
          return { body: returned ? { ...ready, allowedActions: [], statusKey: 'returned', status: 10 } : ready };
        }
        if (url.pathname === `${DETAIL}/actions/return_result` && request.method === 'POST') {
          returned = true;
          return {
            body: { code: DOSSIER_CODE, status: 10, statusKey: 'returned', statusLabel: 'Đã trả kết quả', revision: 9 },
          };
        }
        return undefined;
      }),
    );
    renderApp();

    fireEvent.click(await screen.findByLabelText(`Trả kết quả hồ sơ ${DOSSIER_CODE}`, {}, { timeout: 10_000 }));
    expect(
      requestedUrls(fetchMock)
        .find((url) => url.pathname === INBOX)
        ?.searchParams.get('status'),
    ).toBe('result_ready');
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText('Còn phải nộp 8.000 ₫.')).toBeTruthy();
    fireEvent.click(dialog.getByText('Đã đối chiếu bản chính giấy tờ'));
    fireEvent.click(dialog.getByText('Xác nhận: Trả kết quả'));

    expect(await dialog.findByText('Đã thực hiện: Trả kết quả')).toBeTruthy();
    await waitFor(() => {
      expect(sentRequests(fetchMock).filter((request) => request.url.pathname === DETAIL).length).toBeGreaterThan(1);
    });
    expect(screen.getByText('Đã thực hiện: Trả kết quả')).toBeTruthy();
    const handOver = sentRequests(fetchMock).find((request) => request.method === 'POST');
    expect(handOver?.body).toEqual({ payload: { originalsChecked: true, feeCollected: 8000 }, revision: 4 });
  });
});
