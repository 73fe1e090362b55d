import type { Fee, ProcedureDefinition, ProcessingTime } from '@motcua/contracts';

const fiveDays: ProcessingTime = { value: 5, unit: 'working_days' };

const fee: Fee = {
  amount: 135_000,
  text: 'Lệ phí cấp giấy phép lái xe quốc tế: 135.000 đồng/lần (mức của Thông tư 37/2023/TT-BTC; nay quy định tại Thông tư 154/2025/TT-BTC).',
};

export const giayPhepLaiXeQuocTe: ProcedureDefinition = {
  code: '3.000353',
  name: 'Cấp giấy phép lái xe quốc tế',
  field: { name: 'Sát hạch, cấp giấy phép lái xe' },
  level: 'province',
  authority: 'Phòng Cảnh sát giao thông Công an tỉnh Tây Ninh (từ 3/2025, thay Sở Giao thông vận tải).',
  unitEids: ['000.00.00.H53', '000.00.05.H53'],
  subjects: ['Công dân Việt Nam'],
  steps: [
    'Người đề nghị nộp hồ sơ trực tuyến hoặc trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh/điểm tiếp nhận của Công an tỉnh.',
    'Phòng Cảnh sát giao thông kiểm tra giấy phép lái xe Việt Nam trong hệ thống dữ liệu.',
    'Cấp giấy phép lái xe quốc tế (mẫu theo Công ước Viên 1968 về giao thông đường bộ) và trả kết quả trực tiếp hoặc qua bưu chính.',
  ],
  processingTime: fiveDays,
  fee,
  channels: [
    { channel: 'counter', processingTime: fiveDays, fee },
    { channel: 'online', processingTime: fiveDays, fee },
  ],
  onlineLevel: 'partial',
  cases: [
    {
      key: 'cap-moi',
      name: 'Cấp giấy phép lái xe quốc tế cho người có giấy phép lái xe Việt Nam dạng thẻ PET còn giá trị',
      documents: [
        {
          key: 'to-khai',
          name: 'Tờ khai đề nghị cấp giấy phép lái xe quốc tế theo mẫu của Bộ Công an',
          originals: 1,
          copies: 0,
          required: true,
        },
        {
          key: 'anh-chan-dung',
          name: 'Ảnh chân dung (hoặc ảnh chụp trực tiếp khi nộp hồ sơ)',
          originals: 1,
          copies: 0,
          required: true,
        },
        {
          key: 'gplx-viet-nam',
          name: 'Giấy phép lái xe Việt Nam còn giá trị sử dụng',
          originals: 1,
          copies: 0,
          required: true,
          presentOnly: true,
        },
        {
          key: 'ho-chieu',
          name: 'Hộ chiếu còn giá trị sử dụng (kèm thị thực nếu có)',
          originals: 1,
          copies: 0,
          required: true,
          presentOnly: true,
        },
      ],
    },
  ],
  conditions: [
    'Có giấy phép lái xe Việt Nam còn giá trị sử dụng, có trong hệ thống dữ liệu giấy phép lái xe.',
    'Giấy phép lái xe quốc tế có thời hạn không quá 03 năm và không vượt quá thời hạn của giấy phép lái xe Việt Nam.',
  ],
  legalBasis: [
    { code: '36/2024/QH15', name: 'Luật Trật tự, an toàn giao thông đường bộ' },
    {
      code: '12/2025/TT-BCA',
      name: 'Thông tư quy định về sát hạch, cấp giấy phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế',
    },
    {
      code: '154/2025/TT-BTC',
      name: 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý lệ phí cấp giấy phép lái xe',
    },
  ],
  results: [{ name: 'Giấy phép lái xe quốc tế' }],
  keywords: [
    'bằng lái quốc tế',
    'idp',
    'gplx quốc tế',
    'bằng lái xe quốc tế',
    'lái xe ở nước ngoài',
    'bằng lái đi nước ngoài',
  ],
  uncertainties: [
    'Chưa có bản ghi đầy đủ của CSDL cho mã 3.000353: thời hạn, hồ sơ và điều kiện ghi theo quy định trước đây (theo trí nhớ), cần đối chiếu Thông tư của Bộ Công an.',
    'Lệ phí 135.000 đồng là mức của Thông tư 37/2023/TT-BTC; mức tại Thông tư 154/2025/TT-BTC chưa xác minh.',
    'Mẫu giấy phép (Công ước Viên 1968) và thời hạn 03 năm ghi theo trí nhớ.',
    'Mức độ DVC trực tuyến chưa xác minh (để "một phần").',
  ],
  source:
    'CSDL quốc gia về TTHC (18/07/2026), danh mục, mã 3.000353 (Bộ Công an); Luật Trật tự, an toàn giao thông đường bộ 2024.',
};
