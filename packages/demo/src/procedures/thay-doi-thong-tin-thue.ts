import type { Fee, ProcedureDefinition, ProcessingTime } from '@motcua/contracts';

const twoDays: ProcessingTime = {
  value: 2,
  unit: 'working_days',
  text: 'Cơ quan thuế cập nhật thông tin trong 02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
};

const fee: Fee = { amount: 0, text: 'Không thu phí, lệ phí.' };

export const thayDoiThongTinThue: ProcedureDefinition = {
  code: '1.008503',
  name: 'Đăng ký thay đổi thông tin đăng ký thuế không làm thay đổi cơ quan thuế quản lý trực tiếp (trừ trường hợp đăng ký thuế theo cơ chế một cửa liên thông qua cơ quan đăng ký kinh doanh)',
  field: { name: 'Thuế' },
  level: 'province',
  authority: 'Cơ quan thuế quản lý trực tiếp: Thuế tỉnh Tây Ninh hoặc Thuế cơ sở (ngành dọc, Cục Thuế - Bộ Tài chính).',
  unitEids: ['000.00.00.H53'],
  subjects: [
    'Công dân Việt Nam',
    'Người nước ngoài',
    'Doanh nghiệp',
    'Tổ chức (không bao gồm doanh nghiệp, HTX)',
    'Cán bộ, công chức, viên chức',
  ],
  steps: [
    'Người nộp thuế nộp Tờ khai điều chỉnh thông tin đăng ký thuế và giấy tờ liên quan tới cơ quan thuế quản lý trực tiếp (trực tiếp, qua bưu chính hoặc điện tử qua Cổng Dịch vụ công/eTax).',
    'Cơ quan thuế kiểm tra hồ sơ, cập nhật thông tin vào hệ thống đăng ký thuế.',
    'Cơ quan thuế cấp lại Giấy chứng nhận đăng ký thuế/Thông báo mã số thuế nếu thông tin trên đó thay đổi.',
  ],
  processingTime: twoDays,
  fee,
  channels: [
    { channel: 'counter', processingTime: twoDays, fee },
    {
      channel: 'online',
      processingTime: twoDays,
      fee,
      note: 'Qua Cổng Dịch vụ công quốc gia hoặc Cổng thông tin điện tử của ngành thuế (eTax).',
    },
    { channel: 'postal', processingTime: twoDays, fee },
  ],
  onlineLevel: 'full',
  cases: [
    {
      key: 'ca-nhan',
      name: 'Cá nhân thay đổi thông tin đăng ký thuế (địa chỉ, thông tin liên lạc…)',
      documents: [
        {
          key: 'to-khai-08-mst',
          name: 'Tờ khai điều chỉnh thông tin đăng ký thuế (mẫu 08-MST, Thông tư 86/2024/TT-BTC)',
          originals: 1,
          copies: 0,
          required: true,
        },
        {
          key: 'giay-to-lien-quan',
          name: 'Bản sao giấy tờ liên quan đến thông tin thay đổi (nếu thông tin chưa có trong CSDL quốc gia về dân cư)',
          originals: 0,
          copies: 1,
          required: false,
        },
      ],
    },
    {
      key: 'to-chuc-ho-kinh-doanh',
      name: 'Tổ chức, hộ kinh doanh không đăng ký qua cơ quan đăng ký kinh doanh thay đổi thông tin đăng ký thuế',
      documents: [
        {
          key: 'to-khai-08-mst',
          name: 'Tờ khai điều chỉnh thông tin đăng ký thuế (mẫu 08-MST, Thông tư 86/2024/TT-BTC)',
          originals: 1,
          copies: 0,
          required: true,
        },
        {
          key: 'giay-to-lien-quan',
          name: 'Bản sao giấy phép, quyết định hoặc văn bản của cơ quan có thẩm quyền liên quan đến nội dung thay đổi',
          originals: 0,
          copies: 1,
          required: true,
        },
      ],
    },
  ],
  conditions: [
    'Người nộp thuế thông báo thay đổi trong 10 ngày làm việc kể từ ngày phát sinh thay đổi.',
    'Cá nhân thay đổi họ tên, số định danh, ngày sinh: không phải làm thủ tục nếu hệ thống thuế đã đồng bộ với CSDL quốc gia về dân cư; nếu chưa, thực hiện trong 20 ngày làm việc (30 ngày ở địa bàn khó khăn) kể từ khi CSDL dân cư được cập nhật.',
    'Hộ kinh doanh đã đăng ký qua cơ quan đăng ký kinh doanh thì thay đổi thông tin qua thủ tục đăng ký thay đổi nội dung đăng ký hộ kinh doanh (liên thông).',
  ],
  legalBasis: [
    { code: '108/2025/QH15', name: 'Luật Quản lý thuế' },
    { code: '252/2026/NĐ-CP', name: 'Nghị định hướng dẫn Luật Quản lý thuế' },
    { code: '86/2024/TT-BTC', name: 'Thông tư quy định về đăng ký thuế' },
    { code: '89/2026/TT-BTC', name: 'Thông tư hướng dẫn Luật Quản lý thuế (hiệu lực 01/7/2026)' },
  ],
  results: [
    {
      name: 'Thông tin đăng ký thuế được cập nhật; Giấy chứng nhận đăng ký thuế/Thông báo mã số thuế cấp lại (nếu có thay đổi)',
    },
  ],
  keywords: [
    'mã số thuế',
    'mst',
    'thay đổi mã số thuế',
    'cập nhật thông tin thuế',
    'đổi địa chỉ mã số thuế',
    'thuế thu nhập cá nhân',
    'đăng ký thuế',
  ],
  uncertainties: [
    'Cơ quan thuế là ngành dọc, không có đơn vị tương ứng trong danh sách đơn vị demo: tạm gán cho Trung tâm Phục vụ hành chính công tỉnh; cần xác định tỉnh có tiếp nhận thủ tục thuế tại Trung tâm hay không.',
    'Chưa có bản ghi đầy đủ của CSDL cho mã 1.008503: thời hạn 02 ngày làm việc, mẫu 08-MST và mức độ toàn trình ghi theo Thông tư 86/2024/TT-BTC (theo trí nhớ).',
    'Thông tư 89/2026/TT-BTC (hiệu lực 01/7/2026) hướng dẫn Luật Quản lý thuế 2025 có thể đổi số hiệu mẫu tờ khai.',
    'Từ 01/7/2025 số định danh cá nhân được dùng thay mã số thuế của cá nhân: chưa xác minh văn bản.',
  ],
  source:
    'CSDL quốc gia về TTHC (18/07/2026), danh mục, mã 1.008503 (Bộ Tài chính; Thuế tỉnh, Thuế cơ sở); NĐ 252/2026/NĐ-CP; Thông tư 86/2024/TT-BTC.',
};
