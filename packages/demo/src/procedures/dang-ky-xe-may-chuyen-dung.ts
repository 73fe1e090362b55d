import type { Fee, ProcedureDefinition, ProcessingTime } from '@motcua/contracts';

const twoDays: ProcessingTime = {
  value: 2,
  unit: 'working_days',
  text: 'Cấp biển số ngay khi hồ sơ hợp lệ; cấp chứng nhận đăng ký xe không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
};

const fee: Fee = {
  amount: 200_000,
  text: 'Lệ phí cấp chứng nhận đăng ký kèm biển số xe máy chuyên dùng theo Thông tư 154/2025/TT-BTC.',
};

export const dangKyXeMayChuyenDung: ProcedureDefinition = {
  code: '1.013067',
  name: 'Đăng ký, cấp biển số xe lần đầu thực hiện bằng dịch vụ công một phần hoặc trực tiếp thực hiện tại cấp trung ương, cấp tỉnh, cấp xã',
  field: { name: 'Đăng ký, quản lý phương tiện giao thông cơ giới, xe máy chuyên dùng' },
  level: 'province',
  authority:
    'Phòng Cảnh sát giao thông Công an tỉnh Tây Ninh; Công an cấp xã theo phân cấp loại phương tiện (từ 01/01/2025 xe máy chuyên dùng do Công an đăng ký, thay Sở Giao thông vận tải).',
  unitEids: ['000.00.00.H53', '000.00.05.H53'],
  subjects: [
    'Công dân Việt Nam',
    'Người Việt Nam định cư ở nước ngoài',
    'Người nước ngoài',
    'Doanh nghiệp',
    'Doanh nghiệp có vốn đầu tư nước ngoài',
    'Hợp tác xã',
    'Tổ chức (không bao gồm doanh nghiệp, HTX)',
  ],
  steps: [
    'Chủ xe kê khai Giấy khai đăng ký xe trên Cổng Dịch vụ công hoặc tại cơ quan đăng ký xe; đưa xe đến để kiểm tra.',
    'Cán bộ đăng ký xe kiểm tra hồ sơ, đối chiếu thực tế phương tiện (số máy, số khung), dữ liệu lệ phí trước bạ.',
    'Cấp biển số; cấp chứng nhận đăng ký xe và trả trực tiếp hoặc qua bưu chính.',
  ],
  processingTime: twoDays,
  fee,
  channels: [
    { channel: 'counter', processingTime: twoDays, fee },
    {
      channel: 'online',
      processingTime: twoDays,
      fee,
      note: 'Một phần: kê khai trực tuyến, chủ xe vẫn đưa xe đến kiểm tra và nhận biển số.',
    },
  ],
  onlineLevel: 'partial',
  cases: [
    {
      key: 'xe-may-chuyen-dung',
      name: 'Đăng ký lần đầu xe máy chuyên dùng',
      documents: [
        {
          key: 'giay-khai-dang-ky-xe',
          name: 'Giấy khai đăng ký xe (mẫu ban hành kèm Thông tư 79/2024/TT-BCA, đã sửa đổi)',
          originals: 1,
          copies: 0,
          required: true,
        },
        {
          key: 'chung-tu-nguon-goc',
          name: 'Chứng từ nguồn gốc xe (phiếu kiểm tra chất lượng xuất xưởng đối với xe sản xuất, lắp ráp trong nước; tờ khai hàng hóa nhập khẩu đối với xe nhập khẩu) hoặc dữ liệu điện tử tương ứng',
          originals: 1,
          copies: 0,
          required: true,
        },
        {
          key: 'chung-tu-chuyen-quyen',
          name: 'Chứng từ chuyển quyền sở hữu xe (hóa đơn, hợp đồng mua bán…)',
          originals: 1,
          copies: 0,
          required: true,
        },
        {
          key: 'chung-tu-le-phi-truoc-ba',
          name: 'Chứng từ nộp lệ phí trước bạ hoặc dữ liệu nộp lệ phí trước bạ điện tử (trường hợp phải nộp)',
          originals: 1,
          copies: 0,
          required: false,
        },
        {
          key: 'giay-to-chu-xe',
          name: 'Giấy tờ của chủ xe (thẻ căn cước/tài khoản định danh điện tử mức 2 đối với cá nhân; thông tin mã số doanh nghiệp đối với tổ chức)',
          originals: 1,
          copies: 0,
          required: true,
          presentOnly: true,
        },
      ],
    },
  ],
  conditions: [
    'Xe máy chuyên dùng có nguồn gốc hợp pháp, đã kiểm tra chất lượng, an toàn kỹ thuật và bảo vệ môi trường theo quy định.',
  ],
  legalBasis: [
    { code: '36/2024/QH15', name: 'Luật Trật tự, an toàn giao thông đường bộ' },
    {
      code: '79/2024/TT-BCA',
      name: 'Thông tư quy định về cấp, thu hồi chứng nhận đăng ký, biển số phương tiện giao thông cơ giới đường bộ, xe máy chuyên dùng',
    },
    {
      code: '154/2025/TT-BTC',
      name: 'Thông tư quy định lệ phí cấp giấy phép lái xe và đăng ký, cấp biển số xe máy chuyên dùng',
    },
  ],
  results: [{ name: 'Chứng nhận đăng ký xe và biển số xe' }],
  keywords: [
    'biển số xe máy chuyên dùng',
    'đăng ký xe máy chuyên dùng',
    'đăng ký máy cày',
    'đăng ký xe cẩu',
    'xe công trình',
    'biển số máy xúc',
    'đăng ký xe lần đầu',
  ],
  uncertainties: [
    'Việc xếp xe máy chuyên dùng vào mã 1.013067 là suy luận từ tên lĩnh vực "Đăng ký, quản lý phương tiện giao thông cơ giới, xe máy chuyên dùng"; các biến thể toàn trình là 1.012575 (xe trong nước) và 1.013066 (xe nhập khẩu).',
    'Thời hạn 02 ngày làm việc, thành phần hồ sơ ghi theo Thông tư 79/2024/TT-BCA (theo trí nhớ), chưa đối chiếu danh mục QĐ 1383/QĐ-BCA.',
    'Lệ phí: số tiền 200.000 đồng là giá trị minh họa; mức tại Thông tư 154/2025/TT-BTC chưa xác minh.',
    'Phân cấp giữa Phòng CSGT Công an tỉnh và Công an cấp xã theo loại phương tiện chưa xác minh; hợp đồng dữ liệu không thể hiện được thủ tục nhiều cấp.',
  ],
  source:
    'CSDL quốc gia về TTHC (18/07/2026), danh mục, mã 1.013067 (Bộ Công an); Luật Trật tự, an toàn giao thông đường bộ 2024.',
};
