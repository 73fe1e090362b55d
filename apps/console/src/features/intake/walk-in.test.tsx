import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { copyExtract } from '../../test/intake-fixtures.ts';
import { mockFetch, sentRequests } from '../../test/mock-fetch.ts';
import { intakeOfficer, PROVINCE_CENTRE, signedIn } from '../../test/officers.ts';
import { renderApp } from '../../test/render-app.tsx';

const API = '/api/v1/tay-ninh';
const UPLOAD_ID = '33333333-3333-4333-8333-333333333333';
const CODE = '000.00.00.H53-260105-0002';
const RECEIPT = `${API}/applications/${CODE}/receipt.pdf?key=ABCDEFGHJK`;

function renderIntake() {
  window.location.hash = '#/intake';
  const fetchMock = mockFetch(
    signedIn(intakeOfficer, (url, request) => {
      if (url.pathname === `${API}/procedures`) return { body: { items: [copyExtract], total: 1 } };
      if (url.pathname === `${API}/procedures/${copyExtract.code}`) return { body: copyExtract };
      if (url.pathname === `${API}/uploads` && request.method === 'POST') {
        return {
          status: 201,
          body: {
            id: UPLOAD_ID,
            contentType: 'image/jpeg',
            size: 1000,
            sha256: 'a'.repeat(64),
            quality: { ok: false, issues: [{ code: 'too_dark', message: 'Ảnh quá tối' }] },
          },
        };
      }
      if (url.pathname === `${API}/console/applications` && request.method === 'POST') {
        return {
          status: 201,
          body: {
            state: { code: CODE, status: 2, statusKey: 'accepted', statusLabel: 'Được tiếp nhận', revision: 2 },
            lookupKey: 'ABCDEFGHJK',
            receiptUrl: RECEIPT,
          },
        };
      }
      return undefined;
    }),
  );
  renderApp();
  return fetchMock;
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function chooseProcedure() {
  fireEvent.mouseDown(await screen.findByLabelText('Thủ tục hành chính', {}, { timeout: 10_000 }));
  fireEvent.click(await screen.findByText(`${copyExtract.code} — ${copyExtract.name}`));
  expect(await screen.findByText('Cấp bản sao trích lục')).toBeTruthy();
  fireEvent.click(screen.getByText('Tiếp tục'));
}

async function fillApplicantAndForm() {
  await screen.findByText('Tờ khai cấp bản sao trích lục hộ tịch');
  type('Họ, chữ đệm và tên', '  Trần Thị Mỹ Linh ');
  type('Số điện thoại di động', '0918123456');
  fireEvent.click(screen.getByText('Khai sinh'));
  const day = screen.getByLabelText('Ngày đăng ký');
  fireEvent.mouseDown(day);
  fireEvent.change(day, { target: { value: '02/01/2026' } });
  fireEvent.keyDown(day, { key: 'Enter', code: 'Enter', keyCode: 13 });
  const copies = screen.getByLabelText('Số bản sao');
  fireEvent.change(copies, { target: { value: '2' } });
  fireEvent.blur(copies);
  fireEvent.click(screen.getByText('Khác'));
  fireEvent.click(screen.getByText('Tôi cam đoan nội dung khai là đúng sự thật.'));
}

/**
 * Enter in a field as a browser treats it: unless the page prevents it, the form is submitted
 * (implicit submission), which jsdom does not do by itself. Returns whether it went through.
 */
function pressEnter(input: HTMLElement): boolean {
  const proceeds = fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  const form = input.closest('form');
  if (proceeds && form) form.requestSubmit();
  return proceeds;
}

describe('walk-in intake', () => {
  it('keeps Enter in a field: only the button moves to the next step', async () => {
    renderIntake();
    await chooseProcedure();
    await fillApplicantAndForm();
    type('Mục đích khác', 'Nộp hồ sơ du học');

    const day = screen.getByLabelText('Ngày đăng ký');
    fireEvent.mouseDown(day);
    fireEvent.change(day, { target: { value: '03/01/2026' } });
    expect(pressEnter(day)).toBe(false);
    expect(pressEnter(screen.getByLabelText('Họ, chữ đệm và tên'))).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.getByText('Tờ khai cấp bản sao trích lục hộ tịch')).toBeTruthy();
    expect(screen.queryByText('Còn thiếu giấy tờ bắt buộc:')).toBeNull();

    fireEvent.click(screen.getByText('Tiếp tục'));
    expect(await screen.findByText('Còn thiếu giấy tờ bắt buộc:')).toBeTruthy();
  });

  it('records and accepts a walk-in dossier, then prints its receipt', async () => {
    const fetchMock = renderIntake();
    await chooseProcedure();
    await fillApplicantAndForm();

    fireEvent.click(screen.getByText('Tiếp tục'));
    // "Mục đích khác" is required once "Khác" is chosen.
    expect(await screen.findByText('Vui lòng nhập thông tin này.', {}, { timeout: 3000 })).toBeTruthy();
    type('Mục đích khác', 'Nộp hồ sơ du học');
    fireEvent.click(screen.getByText('Tiếp tục'));

    // Only the documents filed are asked for: not the form the e-form replaces, nor the ID card shown.
    const missing = await screen.findByText('Còn thiếu giấy tờ bắt buộc:');
    expect(missing.closest('.ant-alert')?.textContent).toContain('Văn bản ủy quyền');
    expect(screen.getByLabelText('Thêm bản chụp: Văn bản ủy quyền')).toBeTruthy();
    expect(screen.queryByText('Thẻ căn cước')).toBeNull();
    expect(screen.queryByText('Tờ khai cấp bản sao')).toBeNull();
    const input = document.querySelector('input[type="file"]');
    if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
    fireEvent.change(input, { target: { files: [new File(['jpeg'], 'uy-quyen.jpg', { type: 'image/jpeg' })] } });
    expect(await screen.findByText('Cảnh báo: Ảnh quá tối')).toBeTruthy();
    fireEvent.click(screen.getByText('Tiếp tục'));

    fireEvent.click(await screen.findByText('Tiếp nhận hồ sơ'));
    expect(await screen.findByText(`Đã tiếp nhận hồ sơ ${CODE}`)).toBeTruthy();

    const walkIn = sentRequests(fetchMock).find((request) => request.url.pathname === `${API}/console/applications`);
    expect(walkIn?.body).toEqual({
      procedureCode: copyExtract.code,
      caseKey: 'thong-thuong',
      unitEid: PROVINCE_CENTRE.eid,
      applicant: { fullName: 'Trần Thị Mỹ Linh', phone: '0918123456' },
      form: {
        record: { kind: 'birth', registeredOn: '2026-01-02' },
        copies: 2,
        purpose: 'other',
        purposeOther: 'Nộp hồ sơ du học',
        commitment: true,
      },
      attachments: [{ documentKey: 'uy-quyen', uploadId: UPLOAD_ID }],
    });
    expect(walkIn?.headers['idempotency-key']).toMatch(/^[0-9a-f]{32}$/);
    expect(walkIn?.headers['x-csrf-token']).toBe('csrf-intake');
    const upload = sentRequests(fetchMock).find((request) => request.url.pathname === `${API}/uploads`);
    expect(upload?.body).toBeInstanceOf(FormData);

    fireEvent.click(screen.getByText('In giấy tiếp nhận (Mẫu 01)'));
    await waitFor(() => {
      expect(document.querySelector('iframe.print-frame')?.getAttribute('src')).toBe(RECEIPT);
    });
    expect(within(document.body).getByText('Xem giấy tiếp nhận').closest('a')?.getAttribute('href')).toBe(RECEIPT);
  });
});
