import type { Fee, ProcedureDefinition, ProcessingTime } from '@motcua/contracts';

const fiveDays: ProcessingTime = {
  value: 5,
  unit: 'working_days',
  text: '05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; không cấp thì trả lời bằng văn bản nêu rõ lý do.',
};

const fee: Fee = {
  amount: 200_000,
  text: 'Lệ phí cấp giấy phép kinh doanh vận tải bằng xe ô tô theo quy định của Bộ Tài chính.',
};

export const giayPhepKinhDoanhVanTai: ProcedureDefinition = {
  code: '1.000703',
  name: 'Cấp Giấy phép kinh doanh vận tải bằng xe ô tô, bằng xe bốn bánh có gắn động cơ',
  field: { name: 'Đường bộ' },
  level: 'province',
  authority: 'Sở Xây dựng tỉnh Tây Ninh (tiếp nhận chức năng quản lý vận tải của Sở Giao thông vận tải từ năm 2025).',
  unitEids: ['000.00.00.H53', '000.00.02.H53'],
  subjects: [
    'Doanh nghiệp',
    'Hợp tác xã',
    'Công dân Việt Nam',
    'Doanh nghiệp có vốn đầu tư nước ngoài',
    'Tổ chức (không bao gồm doanh nghiệp, HTX)',
  ],
  steps: [
    'Đơn vị kinh doanh vận tải nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh hoặc trực tuyến.',
    'Sở Xây dựng thẩm định hồ sơ, điều kiện kinh doanh vận tải.',
    'Cấp Giấy phép kinh doanh vận tải bằng xe ô tô; không cấp thì trả lời bằng văn bản.',
  ],
  processingTime: fiveDays,
  fee,
  channels: [
    { channel: 'counter', processingTime: fiveDays, fee },
    { channel: 'online', processingTime: fiveDays, fee },
    { channel: 'postal', processingTime: fiveDays, fee },
  ],
  onlineLevel: 'partial',
  cases: [
    {
      key: 'doanh-nghiep-htx',
      name: 'Doanh nghiệp, hợp tác xã kinh doanh vận tải',
      documents: [
        {
          key: 'giay-de-nghi',
          name: 'Giấy đề nghị cấp Giấy phép kinh doanh vận tải bằng xe ô tô (mẫu tại Phụ lục Nghị định 158/2024/NĐ-CP)',
          originals: 1,
          copies: 0,
          required: true,
        },
        {
          key: 'phuong-an-kinh-doanh',
          name: 'Phương án kinh doanh vận tải (đối với loại hình kinh doanh vận tải có yêu cầu)',
          originals: 1,
          copies: 0,
          required: false,
        },
        {
          key: 'trinh-do-nguoi-dieu-hanh',
          name: 'Bản sao văn bằng, chứng chỉ của người trực tiếp điều hành hoạt động vận tải (nếu có yêu cầu)',
          originals: 0,
          copies: 1,
          required: false,
        },
      ],
    },
    {
      key: 'ho-kinh-doanh',
      name: 'Hộ kinh doanh vận tải',
      documents: [
        {
          key: 'giay-de-nghi',
          name: 'Giấy đề nghị cấp Giấy phép kinh doanh vận tải bằng xe ô tô (mẫu tại Phụ lục Nghị định 158/2024/NĐ-CP)',
          originals: 1,
          copies: 0,
          required: true,
        },
      ],
    },
  ],
  conditions: [
    'Đã đăng ký kinh doanh ngành, nghề vận tải bằng xe ô tô; phương tiện, người điều hành và bộ phận quản lý an toàn đáp ứng điều kiện kinh doanh vận tải theo Nghị định 158/2024/NĐ-CP.',
  ],
  legalBasis: [
    { code: '36/2024/QH15', name: 'Luật Trật tự, an toàn giao thông đường bộ' },
    { code: '35/2024/QH15', name: 'Luật Đường bộ' },
    { code: '158/2024/NĐ-CP', name: 'Nghị định quy định về hoạt động vận tải đường bộ' },
    { code: '218/2026/NĐ-CP', name: 'Nghị định sửa đổi, bổ sung Nghị định 158/2024/NĐ-CP (hiệu lực 10/8/2026)' },
  ],
  results: [{ name: 'Giấy phép kinh doanh vận tải bằng xe ô tô' }],
  keywords: [
    'giấy phép kinh doanh vận tải',
    'gpkd vận tải',
    'giấy phép vận tải',
    'kinh doanh xe khách',
    'xe tải kinh doanh',
    'taxi',
  ],
  uncertainties: [
    'Chưa có bản ghi đầy đủ của CSDL cho mã 1.000703: thời hạn, thành phần hồ sơ và điều kiện ghi theo NĐ 158/2024/NĐ-CP (theo trí nhớ).',
    'Lệ phí: số tiền 200.000 đồng và văn bản quy định chưa xác minh.',
    'NĐ 218/2026/NĐ-CP (hiệu lực 10/8/2026) sửa NĐ 158/2024: nội dung thay đổi chưa đọc.',
    'Cơ quan cấp phép sau hợp nhất Sở Giao thông vận tải vào Sở Xây dựng ghi theo trí nhớ.',
    'Mức độ DVC trực tuyến và kênh bưu chính chưa xác minh.',
  ],
  source:
    'CSDL quốc gia về TTHC (18/07/2026), danh mục, mã 1.000703 (Bộ Xây dựng, lĩnh vực Đường bộ); NĐ 158/2024/NĐ-CP.',
};
