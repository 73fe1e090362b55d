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
  'APPLICATION.NOT_FOUND': {
    status: 404,
    vi: 'Không tìm thấy hồ sơ với mã và mã tra cứu này. Vui lòng kiểm tra lại giấy biên nhận.',
    en: 'No dossier with this code and look-up key. Check the receipt.',
  },
  'APPLICATION.FORM_INVALID': {
    status: 422,
    vi: 'Tờ khai chưa đúng hoặc còn thiếu. Vui lòng sửa các mục được nêu rồi gửi lại.',
    en: 'The form has errors or missing answers. Fix the fields listed and send it again.',
  },
  'APPLICATION.DOCUMENTS_MISSING': {
    status: 422,
    vi: 'Hồ sơ còn thiếu giấy tờ bắt buộc. Vui lòng chụp và đính kèm các giấy tờ được nêu.',
    en: 'Required documents are missing. Attach the documents listed.',
  },
  'APPLICATION.ATTACHMENT_INVALID': {
    status: 422,
    vi: 'Có ảnh hoặc tệp đính kèm không hợp lệ hoặc đã hết hạn. Vui lòng tải lên lại.',
    en: 'An attachment is unknown or expired. Upload it again.',
  },
  'APPLICATION.CASE_INVALID': {
    status: 422,
    vi: 'Trường hợp hồ sơ không đúng với thủ tục này. Vui lòng chọn lại trường hợp.',
    en: 'This case does not belong to the procedure. Choose the case again.',
  },
  'APPLICATION.UNIT_INVALID': {
    status: 422,
    vi: 'Nơi tiếp nhận không nhận thủ tục này. Vui lòng chọn nơi tiếp nhận khác.',
    en: 'This unit does not receive the procedure. Choose another unit.',
  },
  'APPLICATION.TRANSITION_NOT_ALLOWED': {
    status: 409,
    vi: 'Hồ sơ đang ở trạng thái không cho phép thao tác này (có thể cán bộ khác vừa xử lý). Vui lòng tải lại hồ sơ.',
    en: 'The dossier’s status does not allow this action (another officer may have just acted). Reload the dossier.',
  },
  'REQUEST.IDEMPOTENCY_CONFLICT': {
    status: 409,
    vi: 'Yêu cầu này đã được gửi với nội dung khác. Vui lòng tạo yêu cầu mới.',
    en: 'This Idempotency-Key was already used with a different request. Make a new request.',
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
