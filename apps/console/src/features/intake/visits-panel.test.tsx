import { fireEvent, screen, waitFor } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { mockFetch, requestedUrls } from '../../test/mock-fetch.ts';
import { intakeOfficer, signedIn } from '../../test/officers.ts';
import { renderApp } from '../../test/render-app.tsx';

const VISITS = '/api/v1/tay-ninh/console/visits';

describe('visit bookings', () => {
  it('lists the day’s bookings and asks for another day when it changes', async () => {
    window.location.hash = '#/intake/visits';
    const fetchMock = mockFetch(
      signedIn(intakeOfficer, (url) =>
        url.pathname === VISITS
          ? {
              body: {
                items: [
                  {
                    start: '2026-03-02T08:00:00+07:00',
                    end: '2026-03-02T08:30:00+07:00',
                    code: '000.00.00.H53-260227-0003',
                    applicantName: 'N** V** An',
                    procedureName: 'Đăng ký kết hôn',
                    status: 'Được tiếp nhận',
                  },
                ],
              },
            }
          : undefined,
      ),
    );
    renderApp();

    expect(await screen.findByText('08:00–08:30', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('Đăng ký kết hôn')).toBeTruthy();
    expect(screen.getByText('000.00.00.H53-260227-0003').closest('a')?.getAttribute('href')).toBe(
      '#/applications/000.00.00.H53-260227-0003',
    );
    const today = dayjs().format('YYYY-MM-DD');
    expect(requestedUrls(fetchMock).find((url) => url.pathname === VISITS)?.search).toBe(`?date=${today}`);

    const day = screen.getByLabelText('Ngày');
    fireEvent.mouseDown(day);
    fireEvent.change(day, { target: { value: '02/03/2026' } });
    fireEvent.keyDown(day, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => {
      expect(requestedUrls(fetchMock).some((url) => url.search === '?date=2026-03-02')).toBe(true);
    });
  });
});
