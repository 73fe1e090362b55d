/** Error codes of the civic look-ups (land prices, traffic fines, driving licences); part of `errorCatalog`. */
export const lookupErrors = {
  /** Thrown for a look-up kind the system does not have (anything but land-price, traffic-fines, driving-licence). */
  'LOOKUP.KIND_NOT_FOUND': {
    status: 404,
    vi: 'Không có loại tra cứu này. Các loại tra cứu: giá đất, phạt nguội, giấy phép lái xe.',
    en: 'No such look-up. The look-ups are land prices, traffic fines and driving licences.',
  },
  /** Thrown when the province has not imported data for this look-up kind. */
  'LOOKUP.NOT_AVAILABLE': {
    status: 404,
    vi: 'Tỉnh chưa cung cấp dữ liệu cho loại tra cứu này. Vui lòng thử lại sau hoặc hỏi Trung tâm Phục vụ hành chính công.',
    en: 'The province has not provided data for this look-up yet. Try later or ask the public service centre.',
  },
  /** Thrown when the query is not a street name, a licence plate or a 12-digit licence number as the kind needs. */
  'LOOKUP.QUERY_INVALID': {
    status: 422,
    vi: 'Nội dung tra cứu chưa đúng. Vui lòng xem ví dụ rồi nhập lại.',
    en: 'The query is not valid for this look-up. See the example and type it again.',
  },
  /** Thrown when a look-up CSV has bad rows (every one listed with its line); nothing was imported. */
  'LOOKUP.IMPORT_INVALID': {
    status: 422,
    vi: 'Tệp dữ liệu tra cứu có lỗi; chưa có dòng nào được nhập. Hãy sửa các dòng được nêu rồi nhập lại.',
    en: 'The look-up file has errors; nothing was imported. Fix the rows listed and import again.',
  },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;
