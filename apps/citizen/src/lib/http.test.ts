import { describe, expect, it } from 'vitest';
import { mockFetch, problem } from '../test/mock-fetch.ts';
import { errorText } from './error-message.ts';
import { ApiError, sendJson } from './http.ts';

describe('sendJson', () => {
  it('reads the field errors of a problem answer and sends the Idempotency-Key', async () => {
    const fetchMock = mockFetch(() =>
      problem(422, 'APPLICATION.FORM_INVALID', 'Tờ khai chưa đúng', [{ pointer: '/body/form/a', message: 'Sai' }]),
    );
    const error: unknown = await sendJson('POST', '/api/x', { body: { a: 1 }, idempotencyKey: 'k-12345678' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem.errors).toEqual([{ pointer: '/body/form/a', message: 'Sai' }]);
    expect((error as ApiError).isOutcomeUnknown).toBe(false);
    const init = fetchMock.mock.calls[0]?.[1];
    expect(new Headers(init?.headers).get('idempotency-key')).toBe('k-12345678');
  });

  it('treats no answer and server failures as an unknown outcome', async () => {
    mockFetch(() => 'network-error');
    const offline = (await sendJson('POST', '/api/x').catch((e: unknown) => e)) as ApiError;
    expect(offline.isOutcomeUnknown).toBe(true);
    mockFetch(() => ({ status: 503, body: {} }));
    const busy = (await sendJson('POST', '/api/x').catch((e: unknown) => e)) as ApiError;
    expect(busy.isOutcomeUnknown).toBe(true);
  });
});

describe('errorText', () => {
  it('words known codes from the shared catalogue, in the app language', () => {
    const error = new ApiError(409, { code: 'REQUEST.IDEMPOTENCY_CONFLICT' });
    expect(errorText(error, 'vi')).toBe('Yêu cầu này đã được gửi với nội dung khác. Vui lòng tạo yêu cầu mới.');
    expect(errorText(error, 'en')).toMatch(/Idempotency-Key/);
  });

  it('says what to do for newer codes, and falls back on the status', () => {
    expect(errorText(new ApiError(409, { code: 'VISIT.SLOT_FULL' }), 'vi')).toBe(
      'Khung giờ này vừa hết chỗ. Vui lòng chọn khung giờ khác.',
    );
    expect(errorText(new ApiError(0, {}), 'vi')).toMatch(/kiểm tra mạng/);
    expect(errorText(new ApiError(429, {}), 'en')).toMatch(/few minutes/);
  });
});
