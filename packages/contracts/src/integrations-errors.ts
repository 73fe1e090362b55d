/**
 * Error codes of the integrators' API, webhooks and API keys (`INTEGRATION.*`), part of
 * `errorCatalog`: HTTP status and the messages, Vietnamese first.
 */
export const integrationErrors = {
  /** Thrown when an integrator request has no API key, or an unknown, revoked or another province's key. */
  'INTEGRATION.UNAUTHENTICATED': {
    status: 401,
    vi: 'Khoá API không hợp lệ, đã bị thu hồi hoặc không thuộc tỉnh này. Vui lòng gửi khoá đúng trong tiêu đề Authorization: Bearer <khoá>.',
    en: 'The API key is invalid, revoked or belongs to another province. Send the right key as Authorization: Bearer <key>.',
  },
  /** Thrown when the API key lacks the scope the route needs (`applications:read`, `applications:export`, `webhooks:manage`). */
  'INTEGRATION.SCOPE_MISSING': {
    status: 403,
    vi: 'Khoá API không được cấp quyền cho thao tác này. Vui lòng nhờ quản trị viên của tỉnh cấp khoá có quyền phù hợp.',
    en: 'The API key is not allowed to do this. Ask the province administrator for a key with the right scope.',
  },
  /** Thrown for an unknown API key id, and for another province's key alike. */
  'INTEGRATION.KEY_NOT_FOUND': {
    status: 404,
    vi: 'Không tìm thấy khoá API này. Vui lòng tải lại danh sách khoá.',
    en: 'No such API key. Reload the list of keys.',
  },
  /** Thrown for an unknown webhook endpoint id, and for another province's endpoint alike. */
  'INTEGRATION.WEBHOOK_NOT_FOUND': {
    status: 404,
    vi: 'Không tìm thấy địa chỉ nhận webhook này. Vui lòng tải lại danh sách.',
    en: 'No such webhook endpoint. Reload the list.',
  },
  /** Thrown when a webhook URL is not https (in production), carries a password, or points at a private or loopback address not allowed. */
  'INTEGRATION.WEBHOOK_URL_INVALID': {
    status: 422,
    vi: 'Địa chỉ nhận webhook không được chấp nhận: phải là https://, không chứa mật khẩu và không trỏ tới địa chỉ nội bộ. Vui lòng kiểm tra lại địa chỉ.',
    en: 'The webhook URL is not accepted: it must be https://, carry no password and not point at an internal address. Check the address.',
  },
  /** Thrown when replaying a delivery to an endpoint that is switched off. */
  'INTEGRATION.WEBHOOK_DISABLED': {
    status: 409,
    vi: 'Địa chỉ nhận webhook đang tắt. Vui lòng bật lại địa chỉ rồi gửi lại.',
    en: 'The webhook endpoint is switched off. Switch it on, then send again.',
  },
  /** Thrown for an unknown delivery, or one of another endpoint. */
  'INTEGRATION.DELIVERY_NOT_FOUND': {
    status: 404,
    vi: 'Không tìm thấy lần gửi webhook này. Vui lòng tải lại nhật ký gửi.',
    en: 'No such webhook delivery. Reload the delivery log.',
  },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;
