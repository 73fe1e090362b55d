import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Action } from '@motcua/workflow';
import { describe, expect, it } from 'vitest';
import { birthRegistrationDetail } from '../../../test/catalog-fixtures.ts';
import { DOSSIER_CODE, dossier, processingDossier } from '../../../test/dossier-fixtures.ts';
import { mockFetch, problem, sentRequests, type MockAnswer } from '../../../test/mock-fetch.ts';
import { JUSTICE_DEPARTMENT, PROVINCE_CENTRE, leaderOfficer, signedIn } from '../../../test/officers.ts';
import { renderApp } from '../../../test/render-app.tsx';
import type { DossierDetail } from '../types.ts';

const DETAIL = `/api/v1/tay-ninh/console/applications/${DOSSIER_CODE}`;

const units = [
  { id: PROVINCE_CENTRE.id, name: PROVINCE_CENTRE.name, kind: 'centre', eid: PROVINCE_CENTRE.eid, parentId: null },
  {
    id: JUSTICE_DEPARTMENT.id,
    name: JUSTICE_DEPARTMENT.name,
    kind: 'department',
    eid: JUSTICE_DEPARTMENT.eid,
    parentId: null,
  },
];

/** The processing officers of the province centre, the leader among them; other units answer 403. */
function colleaguesOf(url: URL): MockAnswer {
  if (url.searchParams.get('unit') !== PROVINCE_CENTRE.id) return problem(403, 'AUTH.FORBIDDEN');
  expect(url.searchParams.get('role')).toBe('processor');
  return {
    body: {
      items: [
        { id: 'leader', fullName: 'Lê Minh Châu', roles: ['leader', 'processor'] },
        { id: 'officer-binh', fullName: 'Trần Văn Bình', roles: ['processor'] },
        { id: 'officer-dung', fullName: 'Đặng Thị Dung', roles: ['processor'] },
      ],
    },
  };
}

function renderWith(
  detail: DossierDetail,
  answer: (action: string) => MockAnswer = () => ({ body: { ...detail, revision: 5 } }),
) {
  window.location.hash = `#/applications/${DOSSIER_CODE}`;
  let acted = false;
  const fetchMock = mockFetch(
    signedIn(leaderOfficer, (url, request) => {
      // After an action the officer may have nothing left to do on the dossier.
      if (url.pathname === DETAIL) return { body: acted ? { ...detail, allowedActions: [], revision: 5 } : detail };
      if (url.pathname === '/api/v1/tay-ninh/console/units') return { body: { items: units } };
      if (url.pathname === '/api/v1/tay-ninh/procedures/1.001193') return { body: birthRegistrationDetail };
      if (url.pathname === '/api/v1/tay-ninh/console/officers') return colleaguesOf(url);
      const action = /\/actions\/([a-z_]+)$/.exec(url.pathname)?.[1];
      if (action && request.method === 'POST') {
        const result = answer(action);
        acted = (result?.status ?? 200) < 300;
        return result;
      }
      return undefined;
    }),
  );
  renderApp();
  return fetchMock;
}

async function openAction(label: string): Promise<ReturnType<typeof within>> {
  fireEvent.click(await screen.findByText(label, { selector: 'button span' }, { timeout: 10_000 }));
  return within(await screen.findByRole('dialog'));
}

function actionRequests(fetchMock: ReturnType<typeof mockFetch>) {
  return sentRequests(fetchMock).filter((request) => request.url.pathname.includes('/actions/'));
}

async function pick(dialog: ReturnType<typeof within>, label: string, option: string) {
  fireEvent.mouseDown(dialog.getByLabelText(label));
  const options = await screen.findAllByText(option, { selector: '.ant-select-item-option-content' });
  const last = options.at(-1);
  if (!last) throw new Error(`no option ${option}`);
  fireEvent.click(last);
}

type Fill = (dialog: ReturnType<typeof within>) => Promise<void>;

const noFields: Fill = async () => {};

const cases: [Action, string, DossierDetail, Fill, unknown][] = [
  ['accept', 'Tiếp nhận hồ sơ', dossier, noFields, { revision: 4 }],
  [
    'refuse',
    'Từ chối tiếp nhận',
    dossier,
    async (dialog) => {
      fireEvent.change(dialog.getByLabelText('Lý do từ chối (in trên Mẫu 03)'), {
        target: { value: 'Không thuộc thẩm quyền' },
      });
    },
    { reason: 'Không thuộc thẩm quyền', revision: 4 },
  ],
  [
    'request_supplement',
    'Yêu cầu bổ sung, hoàn thiện hồ sơ',
    dossier,
    async (dialog) => {
      fireEvent.click(await dialog.findByText('Giấy chứng sinh'));
      const other = dialog.getByLabelText('Nội dung cần bổ sung khác');
      fireEvent.change(other, { target: { value: 'Bản sao sổ hộ khẩu' } });
      fireEvent.keyDown(other, { key: 'Enter', code: 'Enter', keyCode: 13 });
      fireEvent.change(dialog.getByLabelText('Lý do và hướng dẫn bổ sung (in trên Mẫu 02)'), {
        target: { value: 'Ảnh giấy chứng sinh bị mờ' },
      });
    },
    { reason: 'Ảnh giấy chứng sinh bị mờ', payload: { items: ['Giấy chứng sinh', 'Bản sao sổ hộ khẩu'] }, revision: 4 },
  ],
  [
    'transfer',
    'Chuyển xử lý',
    processingDossier({ allowedActions: ['transfer'] }),
    async (dialog) => {
      await pick(dialog, 'Chuyển đến đơn vị', JUSTICE_DEPARTMENT.name);
    },
    { payload: { toUnitId: JUSTICE_DEPARTMENT.id }, revision: 4 },
  ],
  [
    'assign',
    'Phân công xử lý',
    processingDossier({ allowedActions: ['assign'] }),
    async (dialog) => {
      const assignee = dialog.getByLabelText('Cán bộ xử lý');
      fireEvent.mouseDown(assignee);
      fireEvent.change(assignee, { target: { value: 'dang thi' } });
      await pick(dialog, 'Cán bộ xử lý', 'Đặng Thị Dung');
    },
    { payload: { officerId: 'officer-dung' }, revision: 4 },
  ],
  [
    'request_payment',
    'Yêu cầu thực hiện nghĩa vụ tài chính',
    processingDossier({ allowedActions: ['request_payment'] }),
    async (dialog) => {
      const amount = dialog.getByLabelText('Số tiền phải nộp');
      fireEvent.change(amount, { target: { value: '15000' } });
      fireEvent.blur(amount);
    },
    { payload: { amount: 15000 }, revision: 4 },
  ],
  [
    'reschedule',
    'Xin lỗi và hẹn lại ngày trả kết quả',
    processingDossier({ allowedActions: ['reschedule'] }),
    async (dialog) => {
      const date = dialog.getByLabelText('Ngày hẹn trả mới');
      fireEvent.mouseDown(date);
      fireEvent.change(date, { target: { value: '20/01/2099' } });
      fireEvent.keyDown(date, { key: 'Enter', code: 'Enter', keyCode: 13 });
      fireEvent.change(dialog.getByLabelText('Lý do chậm trễ (in trên Mẫu 04)'), { target: { value: 'Chờ xác minh' } });
    },
    { reason: 'Chờ xác minh', payload: { newDueAt: '2099-01-20T17:00:00+07:00' }, revision: 4 },
  ],
  [
    'approve',
    'Phê duyệt',
    processingDossier({ allowedActions: ['approve'], subStatus: 'awaiting_approval' }),
    noFields,
    { revision: 4 },
  ],
  [
    'complete',
    'Hoàn thành xử lý',
    processingDossier({ allowedActions: ['complete'], subStatus: 'approved' }),
    noFields,
    { payload: { returnToUnitId: PROVINCE_CENTRE.id }, revision: 4 },
  ],
  [
    'return_result',
    'Trả kết quả',
    processingDossier({ allowedActions: ['return_result'], statusKey: 'result_ready', status: 9, subStatus: null }),
    async (dialog) => {
      fireEvent.click(dialog.getByText('Đã đối chiếu bản chính giấy tờ'));
    },
    { payload: { originalsChecked: true, feeCollected: 8000 }, revision: 4 },
  ],
  [
    'stop',
    'Dừng xử lý',
    processingDossier({ allowedActions: ['stop'] }),
    async (dialog) => {
      fireEvent.change(dialog.getByLabelText('Lý do dừng xử lý'), { target: { value: 'Công dân đề nghị' } });
    },
    { reason: 'Công dân đề nghị', revision: 4 },
  ],
  [
    'start_processing',
    'Bắt đầu xử lý',
    processingDossier({ statusKey: 'accepted', allowedActions: ['start_processing'] }),
    noFields,
    { revision: 4 },
  ],
];

describe('workflow actions', () => {
  it.each(cases)(
    '%s sends its body with an idempotency key and the CSRF token',
    async (action, label, detail, fill, body) => {
      const fetchMock = renderWith(detail);

      const dialog = await openAction(label);
      await fill(dialog);
      fireEvent.click(dialog.getByText(`Xác nhận: ${label}`));

      expect(await screen.findByText(`Đã thực hiện: ${label}`, {}, { timeout: 3000 })).toBeTruthy();
      await screen.findByText('Bạn không có thao tác nào với hồ sơ ở trạng thái này.');
      expect(screen.getByText(`Đã thực hiện: ${label}`)).toBeTruthy();
      const [sent] = actionRequests(fetchMock);
      expect(sent?.url.pathname).toBe(`${DETAIL}/actions/${action}`);
      expect(sent?.body).toEqual(body);
      expect(sent?.headers['idempotency-key']).toMatch(/^[0-9a-f]{32}$/);
      expect(sent?.headers['x-csrf-token']).toBe('csrf-leader');
    },
  );

  it('offers the officer themself, then the unit’s processing officers by name', async () => {
    renderWith(processingDossier({ allowedActions: ['assign'] }));
    const dialog = await openAction('Phân công xử lý');
    fireEvent.mouseDown(dialog.getByLabelText('Cán bộ xử lý'));
    await screen.findByText('Trần Văn Bình', { selector: '.ant-select-item-option-content' });
    const names = Array.from(document.querySelectorAll('.ant-select-item-option-content'), (item) => item.textContent);
    expect(names).toEqual(['Tôi (Lê Minh Châu)', 'Trần Văn Bình', 'Đặng Thị Dung']);
  });

  it('lets the officer take the dossier themself when the unit’s officers cannot be listed', async () => {
    const fetchMock = renderWith(
      processingDossier({ allowedActions: ['assign'], currentUnit: { id: 'unit-other', name: 'Xã khác' } }),
    );
    const dialog = await openAction('Phân công xử lý');
    expect(
      await dialog.findByText('Không tải được danh sách cán bộ của đơn vị; chỉ có thể tự nhận hồ sơ.'),
    ).toBeTruthy();
    fireEvent.click(dialog.getByText('Xác nhận: Phân công xử lý'));
    await screen.findByText('Đã thực hiện: Phân công xử lý');
    expect(actionRequests(fetchMock)[0]?.body).toEqual({ payload: { officerId: 'leader' }, revision: 4 });
  });

  it('does not send a refusal without a reason', async () => {
    const fetchMock = renderWith(dossier);

    const dialog = await openAction('Từ chối tiếp nhận');
    fireEvent.click(dialog.getByText('Xác nhận: Từ chối tiếp nhận'));

    expect(await dialog.findByText('Vui lòng nhập lý do; lý do sẽ được gửi tới công dân.')).toBeTruthy();
    expect(actionRequests(fetchMock)).toEqual([]);
  });

  it('says another officer acted first on 409, and reloads the dossier', async () => {
    const fetchMock = renderWith(dossier, () =>
      problem(409, 'APPLICATION.TRANSITION_NOT_ALLOWED', 'Trạng thái đã đổi'),
    );

    const dialog = await openAction('Tiếp nhận hồ sơ');
    fireEvent.click(dialog.getByText('Xác nhận: Tiếp nhận hồ sơ'));

    expect(
      await dialog.findByText(
        'Hồ sơ vừa được cán bộ khác xử lý hoặc đã đổi trạng thái nên thao tác này không còn thực hiện được. Vui lòng tải lại hồ sơ.',
      ),
    ).toBeTruthy();
    const reads = () => sentRequests(fetchMock).filter((request) => request.url.pathname === DETAIL).length;
    const before = reads();
    fireEvent.click(dialog.getByText('Tải lại hồ sơ'));
    await waitFor(() => {
      expect(reads()).toBe(before + 1);
    });
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
  });

  it('retries the same command with the same idempotency key after a network failure', async () => {
    let attempts = 0;
    const fetchMock = renderWith(dossier, () => {
      attempts += 1;
      return attempts === 1 ? problem(503, 'SERVICE.UNAVAILABLE') : { body: { ...dossier, revision: 5 } };
    });

    const dialog = await openAction('Tiếp nhận hồ sơ');
    fireEvent.click(dialog.getByText('Xác nhận: Tiếp nhận hồ sơ'));
    expect(await dialog.findByText('Hệ thống đang bận. Vui lòng thử lại sau.')).toBeTruthy();
    fireEvent.click(dialog.getByText('Xác nhận: Tiếp nhận hồ sơ'));

    fireEvent.click(await screen.findByText('In giấy tiếp nhận (Mẫu 01)'));
    await waitFor(() => {
      expect(document.querySelector('iframe.print-frame')?.getAttribute('src')).toBe(`${DETAIL}/forms/receipt.pdf`);
    });
    const keys = actionRequests(fetchMock).map((request) => request.headers['idempotency-key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });
});
