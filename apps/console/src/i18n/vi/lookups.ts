/** The civic look-up data (land prices, traffic fines, driving licences) in the admin pages. */
export const viLookups = {
  'admin.tab.lookups': 'Dữ liệu tra cứu',
  'lookups.intro':
    'Dữ liệu công dân tra cứu qua Zalo và ứng dụng: bảng giá đất, phạt nguội, giấy phép lái xe. Mỗi lần nhập một tệp CSV (UTF-8) thay toàn bộ dữ liệu của loại đó; tệp có dòng lỗi thì không nhập dòng nào.',
  'lookups.kind': 'Loại tra cứu',
  'lookups.source': 'Nguồn dữ liệu',
  'lookups.importedAt': 'Cập nhật',
  'lookups.importedBy': 'Người nhập',
  'lookups.rows': 'Số dòng',
  'lookups.empty': 'Chưa có dữ liệu',
  'lookups.sampleTag': 'Dữ liệu mẫu',
  'lookups.columns': 'Cột của tệp CSV: {columns}',
  'lookups.upload': 'Nhập tệp CSV',
  'lookups.file': 'Tệp CSV',
  'lookups.fileRequired': 'Vui lòng chọn tệp CSV.',
  'lookups.sourceHelp': 'Ví dụ: số quyết định ban hành bảng giá, hoặc tên tệp.',
  'lookups.sourceRequired': 'Vui lòng nhập nguồn dữ liệu.',
  'lookups.sample': 'Đây là dữ liệu mẫu (mọi câu trả lời sẽ ghi "Dữ liệu mẫu — không dùng cho giao dịch thật")',
  'lookups.submit': 'Nhập và thay dữ liệu',
  'lookups.imported': 'Đã nhập {rows} dòng cho {kind}.',
  'lookups.problems': 'Các dòng lỗi:',
} as const;
