import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inboxPage, overdueItem } from '../../test/dossier-fixtures.ts';
import { mockFetch, requestedUrls } from '../../test/mock-fetch.ts';
import { intakeOfficer, signedIn } from '../../test/officers.ts';
import { renderApp } from '../../test/render-app.tsx';

const INBOX = '/api/v1/tay-ninh/console/applications';

function inboxQueries(fetchMock: ReturnType<typeof mockFetch>): string[] {
  return requestedUrls(fetchMock)
    .filter((url) => url.pathname === INBOX)
    .map((url) => url.searchParams.toString());
}

function renderInbox(hash: string) {
  window.location.hash = hash;
  const fetchMock = mockFetch(
    signedIn(intakeOfficer, (url) => {
      if (url.pathname === INBOX) return { body: inboxPage };
      if (url.pathname === '/api/v1/tay-ninh/procedures') return { body: { items: [], total: 0 } };
      return undefined;
    }),
  );
  renderApp();
  return fetchMock;
}

describe('inbox', () => {
  it('asks the server for the page and filters in the hash, and shows counts per status', async () => {
    const fetchMock = renderInbox('#/applications?status=processing&due=overdue&q=000.00.00.H53&page=3');

    const code = await screen.findByText(overdueItem.code, {}, { timeout: 10_000 });
    expect(inboxQueries(fetchMock)).toEqual(['status=processing&due=overdue&q=000.00.00.H53&limit=20&offset=40']);
    expect(code.closest('a')?.getAttribute('href')).toBe(`#/applications/${overdueItem.code}`);
    const row = code.closest('tr');
    expect(row?.className).toContain('inbox__row--overdue');
    expect(row?.textContent).toContain('Quá hạn');
    expect(row?.textContent).toContain('30/12/2025');
    expect(screen.getByText('Tổng số 57 hồ sơ')).toBeTruthy();
    expect(screen.getByText('1. Mới đăng ký').parentElement?.textContent).toContain('12');
    expect(screen.getByText('4. Đang xử lý').parentElement?.textContent).toContain('40');
    expect(screen.getByText('Tất cả').parentElement?.textContent).toContain('57');
  });

  it('turns a status tab, a due filter and a code search into query strings, back to page 1', async () => {
    const fetchMock = renderInbox('#/applications?page=2');
    await screen.findByText(overdueItem.code, {}, { timeout: 10_000 });

    fireEvent.click(screen.getByText('1. Mới đăng ký'));
    await waitFor(() => {
      expect(inboxQueries(fetchMock)).toContain('status=submitted&limit=20&offset=0');
    });
    expect(window.location.hash).toBe('#/applications?status=submitted');

    fireEvent.click(screen.getByText('Sắp đến hạn'));
    await waitFor(() => {
      expect(inboxQueries(fetchMock)).toContain('status=submitted&due=soon&limit=20&offset=0');
    });

    const search = screen.getByLabelText('Tìm theo mã hồ sơ');
    fireEvent.change(search, { target: { value: 'đăng ký khai sinh' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    fireEvent.keyUp(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    expect(await screen.findByText('Mã hồ sơ chỉ gồm chữ cái không dấu, chữ số, dấu chấm và gạch ngang.')).toBeTruthy();
    const retyped = screen.getByLabelText('Tìm theo mã hồ sơ');
    fireEvent.change(retyped, { target: { value: ' 000.00.00.H53- 2601 ' } });
    fireEvent.keyDown(retyped, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => {
      expect(inboxQueries(fetchMock)).toContain('status=submitted&due=soon&q=000.00.00.H53-2601&limit=20&offset=0');
    });
    expect(inboxQueries(fetchMock)[0]).toBe('limit=20&offset=20');
  });

  it('filters by channel', async () => {
    const fetchMock = renderInbox('#/applications');
    await screen.findByText(overdueItem.code, {}, { timeout: 10_000 });

    fireEvent.mouseDown(screen.getByLabelText('Kênh nộp'));
    fireEvent.click(await screen.findByText('Zalo'));

    await waitFor(() => {
      expect(inboxQueries(fetchMock)).toContain('channel=zalo&limit=20&offset=0');
    });
  });
});
