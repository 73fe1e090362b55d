/**
 * Stable error codes (`MODULE.REASON`) with their HTTP status and the messages the apps show.
 * Vietnamese first; every message says what the person can do next.
 */
export const errorCatalog = {
  'REQUEST.INVALID': {
    status: 400,
    vi: 'Yêu cầu không hợp lệ. Vui lòng kiểm tra lại các trường được nêu.',
    en: 'The request is invalid. Check the fields listed.',
  },
  'REQUEST.NOT_FOUND': {
    status: 404,
    vi: 'Không tìm thấy địa chỉ này. Vui lòng kiểm tra lại đường dẫn.',
    en: 'No such route. Check the address.',
  },
  'REQUEST.TOO_MANY': {
    status: 429,
    vi: 'Bạn thao tác quá nhanh. Vui lòng thử lại sau ít phút.',
    en: 'Too many requests. Try again in a few minutes.',
  },
  'TENANT.NOT_FOUND': {
    status: 404,
    vi: 'Không tìm thấy tỉnh/thành phố này. Vui lòng kiểm tra lại đường dẫn.',
    en: 'No such province. Check the address.',
  },
  'TENANT.UNITS_INVALID': {
    status: 422,
    vi: 'Danh sách đơn vị có lỗi; chưa có đơn vị nào được nhập. Hãy sửa các dòng được nêu rồi nhập lại.',
    en: 'The unit list has errors; nothing was imported. Fix the rows listed and import again.',
  },
  'TENANT.ADMIN_UNITS_INVALID': {
    status: 422,
    vi: 'Tệp đơn vị hành chính có lỗi; chưa có gì được nhập. Hãy sửa các dòng được nêu rồi nhập lại.',
    en: 'The administrative-units file has errors; nothing was imported. Fix the rows listed and import again.',
  },
  'CATALOG.PROCEDURE_NOT_FOUND': {
    status: 404,
    vi: 'Không tìm thấy thủ tục hành chính với mã này. Vui lòng tìm theo tên thủ tục.',
    en: 'No procedure with this code. Search by name instead.',
  },
  'CATALOG.IMPORT_INVALID': {
    status: 422,
    vi: 'Tệp danh mục có lỗi; chưa có thủ tục nào được nhập. Hãy sửa các dòng được nêu rồi nhập lại.',
    en: 'The catalogue file has errors; nothing was imported. Fix the rows listed and import again.',
  },
  'SERVICE.UNAVAILABLE': {
    status: 503,
    vi: 'Hệ thống đang tạm gián đoạn. Vui lòng thử lại sau ít phút.',
    en: 'The service is temporarily unavailable. Try again in a few minutes.',
  },
  INTERNAL: {
    status: 500,
    vi: 'Đã có lỗi ngoài ý muốn. Vui lòng thử lại; nếu vẫn lỗi, hãy báo mã yêu cầu cho tổng đài.',
    en: 'Something went wrong. Try again; if it persists, quote the request id to the help desk.',
  },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

export type ErrorCode = keyof typeof errorCatalog;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(errorCatalog, code);
}
