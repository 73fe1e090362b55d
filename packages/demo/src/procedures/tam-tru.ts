import type { DocumentRequirement, Fee, ProcedureDefinition, ProcessingTime } from '@motcua/contracts';
import { tamTruForm } from './tam-tru.form.ts';

const threeDays: ProcessingTime = { value: 3, unit: 'working_days' };

const exemptions =
  'Miễn lệ phí cho các đối tượng tại Điều 4 Thông tư 75/2022/TT-BTC (sửa đổi bởi Thông tư 71/2025/TT-BTC); phải xuất trình giấy tờ chứng minh trừ khi thông tin đã có trong CSDL.';

const counterFee: Fee = {
  amount: 15_000,
  text: `Cá nhân, hộ gia đình: 15.000 đồng/lần đăng ký; đăng ký theo danh sách: 10.000 đồng/người/lần. ${exemptions}`,
};

const onlineFee: Fee = {
  amount: 7_000,
  text: `Nộp qua cổng dịch vụ công, VNeID: cá nhân, hộ gia đình 7.000 đồng/lần đăng ký; đăng ký theo danh sách 5.000 đồng/người/lần. ${exemptions}`,
};

const declaration: DocumentRequirement = {
  key: 'to-khai-ct01',
  filledByForm: true,
  name: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01, Thông tư 53/2025/TT-BCA); người chưa thành niên phải có ý kiến đồng ý của cha, mẹ hoặc người giám hộ trong tờ khai',
  originals: 1,
  copies: 0,
  required: true,
};

export const tamTru: ProcedureDefinition = {
  code: '1.004194',
  name: 'Đăng ký tạm trú',
  field: { code: 'G01-CA05', name: 'Đăng ký, quản lý cư trú' },
  level: 'commune',
  decisionNo: '9354/QĐ-BCA-C06',
  authority: 'Công an cấp xã nơi người đề nghị đến tạm trú.',
  unitEids: [],
  subjects: ['Công dân Việt Nam', 'Doanh nghiệp', 'Hợp tác xã', 'Tổ chức (không bao gồm doanh nghiệp, HTX)'],
  steps: [
    'Người đề nghị nộp hồ sơ trực tiếp tại Công an cấp xã hoặc trực tuyến qua Cổng Dịch vụ công quốc gia, Cổng DVC Bộ Công an, ứng dụng VNeID.',
    'Công an cấp xã kiểm tra, khai thác thông tin chỗ ở hợp pháp trong các cơ sở dữ liệu; hồ sơ đủ thì cấp phiếu hẹn, chưa đủ thì hướng dẫn bổ sung.',
    'Thẩm định, cập nhật thông tin tạm trú vào CSDL về cư trú và thông báo kết quả cho người đăng ký.',
  ],
  processingTime: threeDays,
  fee: counterFee,
  channels: [
    {
      channel: 'counter',
      processingTime: threeDays,
      fee: counterFee,
      note: 'Tiếp nhận giờ hành chính từ thứ Hai đến thứ Sáu và sáng thứ Bảy.',
    },
    {
      channel: 'online',
      processingTime: threeDays,
      fee: onlineFee,
      note: 'Toàn trình qua Cổng Dịch vụ công quốc gia, Cổng DVC Bộ Công an, VNeID.',
    },
  ],
  onlineLevel: 'full',
  cases: [
    {
      key: 'ca-nhan-ho-gia-dinh',
      name: 'Đăng ký tạm trú cho cá nhân, hộ gia đình',
      documents: [
        declaration,
        {
          key: 'giay-to-cho-o-hop-phap',
          name: 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp (NĐ 154/2024/NĐ-CP Điều 5), chỉ nộp khi không khai thác được trên VNeID/CSDL; văn bản cho thuê, cho mượn, cho ở nhờ không bắt buộc công chứng, chứng thực',
          originals: 1,
          copies: 0,
          required: false,
        },
      ],
    },
    {
      key: 'theo-danh-sach',
      name: 'Đăng ký tạm trú theo danh sách',
      documents: [
        {
          key: 'van-ban-de-nghi',
          name: 'Văn bản đề nghị đăng ký tạm trú, ghi rõ thông tin chỗ ở hợp pháp, kèm danh sách người tạm trú (họ tên, ngày sinh, giới tính, số định danh, thời hạn tạm trú)',
          originals: 1,
          copies: 1,
          required: true,
        },
        { ...declaration, name: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01) của từng người' },
      ],
    },
    {
      key: 'don-vi-vu-trang',
      name: 'Đăng ký tạm trú tại nơi đơn vị đóng quân trong Công an nhân dân, Quân đội nhân dân',
      documents: [
        declaration,
        {
          key: 'giay-gioi-thieu',
          name: 'Giấy giới thiệu của đơn vị (Quân đội: cấp trung đoàn và tương đương trở lên; Công an: thủ trưởng đơn vị quản lý trực tiếp) ghi rõ nội dung đăng ký tạm trú',
          originals: 1,
          copies: 0,
          required: true,
        },
      ],
    },
  ],
  conditions: [
    'Công dân đến sinh sống tại chỗ ở hợp pháp ngoài phạm vi xã nơi đã đăng ký thường trú để lao động, học tập hoặc vì mục đích khác từ 30 ngày trở lên (Luật Cư trú Điều 27).',
    'Thời hạn tạm trú tối đa 02 năm và có thể tiếp tục gia hạn nhiều lần.',
  ],
  legalBasis: [
    { code: '68/2020/QH14', name: 'Luật Cư trú' },
    { code: '154/2024/NĐ-CP', name: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú' },
    { code: '55/2021/TT-BCA', name: 'Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú' },
    { code: '56/2021/TT-BCA', name: 'Thông tư quy định về biểu mẫu trong đăng ký, quản lý cư trú' },
    { code: '57/2021/TT-BCA', name: 'Thông tư quy định quy trình đăng ký cư trú' },
    { code: '66/2023/TT-BCA', name: 'Thông tư sửa đổi, bổ sung một số điều của Thông tư 55/2021/TT-BCA' },
    {
      code: '53/2025/TT-BCA',
      name: 'Thông tư sửa đổi, bổ sung một số điều của Thông tư 55/2021/TT-BCA (mẫu CT01, CT02)',
    },
    { code: '54/2025/TT-BCA', name: 'Thông tư quy định về quy trình đăng ký cư trú' },
    { code: '75/2022/TT-BTC', name: 'Thông tư quy định mức thu, chế độ thu, nộp và quản lý lệ phí đăng ký cư trú' },
    { code: '71/2025/TT-BTC', name: 'Thông tư sửa đổi, bổ sung Thông tư 75/2022/TT-BTC' },
    { code: '66.7/2025/NQ-CP', name: 'Nghị quyết quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu' },
  ],
  results: [
    { code: 'KQ.G01.000066', name: 'Cập nhật thông tin trong Cơ sở dữ liệu về cư trú' },
    { code: 'KQ.G01.000065', name: 'Thông báo kết quả giải quyết thủ tục về cư trú' },
  ],
  keywords: [
    'tạm trú',
    'đăng ký tạm trú',
    'khai báo tạm trú',
    'sổ tạm trú',
    'kt3',
    'tạm trú nhà trọ',
    'đăng ký ở trọ',
    'xác nhận tạm trú',
  ],
  form: tamTruForm,
  uncertainties: [
    'Thủ tục ngành dọc do Công an cấp xã giải quyết; việc Bộ phận Một cửa của UBND cấp xã tiếp nhận thay (unitEids rỗng = mọi xã, phường) cần xác nhận theo cách tổ chức thực tế của tỉnh.',
    'Từ 15/8/2026 đến 28/02/2027, NQ 66.22/2026/NQ-CP dự kiến miễn lệ phí cư trú cho "công dân số" (VNeID mức 2): chờ Thông tư sửa đổi Thông tư 75/2022/TT-BTC.',
    'Tên đầy đủ của Thông tư 56/2021, 57/2021/TT-BCA ghi theo trí nhớ.',
  ],
  source:
    'CSDL quốc gia về TTHC (18/07/2026), mã 1.004194, công bố theo QĐ 9354/QĐ-BCA-C06; Luật Cư trú 2020 Điều 27–28; Thông tư 75/2022/TT-BTC.',
};
