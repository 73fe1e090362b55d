import type { Fee, ProcedureDefinition, ProcessingTime } from '@motcua/contracts';
import { ketHonForm } from './ket-hon.form.ts';

// Luật Hộ tịch Điều 18: on receipt; up to 05 working days when the conditions must be verified.
const onReceipt: ProcessingTime = {
  value: 0,
  unit: 'working_days',
  text: 'Ngay sau khi nhận đủ giấy tờ, nếu thấy đủ điều kiện kết hôn; trường hợp cần xác minh điều kiện kết hôn thì không quá 05 ngày làm việc (Luật Hộ tịch Điều 18). Nơi được hỏi về tình trạng hôn nhân trả lời trong 03 ngày làm việc.',
};

const fee: Fee = {
  amount: 0,
  text: 'Miễn lệ phí đăng ký kết hôn cho công dân Việt Nam cư trú ở trong nước (Luật Hộ tịch Điều 11). Phí cấp bản sao Trích lục kết hôn (nếu có yêu cầu): 8.000 đồng/bản (Thông tư 281/2016/TT-BTC).',
};

export const ketHon: ProcedureDefinition = {
  code: '1.000894',
  name: 'Thủ tục đăng ký kết hôn',
  field: { code: 'G15-TP07', name: 'Hộ tịch' },
  level: 'commune',
  decisionNo: '163/QĐ-BTP',
  authority: 'Ủy ban nhân dân cấp xã nơi cư trú của bên nam hoặc bên nữ (Luật Hộ tịch Điều 17).',
  unitEids: [],
  subjects: ['Công dân Việt Nam'],
  steps: [
    'Hai bên nam, nữ nộp Tờ khai (có thể khai chung một tờ) trực tiếp, qua bưu chính hoặc trực tuyến.',
    'Cán bộ tiếp nhận kiểm tra hồ sơ; công chức tư pháp - hộ tịch tra cứu tình trạng hôn nhân trong CSDL hộ tịch điện tử, CSDL quốc gia về dân cư; nếu không có dữ liệu thì hỏi nơi cư trú/nơi đăng ký trước đây (trả lời trong 03 ngày làm việc).',
    'Đủ điều kiện: Chủ tịch UBND cấp xã ký Giấy chứng nhận kết hôn; ghi Sổ đăng ký kết hôn.',
    'Hai bên cùng có mặt, ký vào Sổ và Giấy chứng nhận kết hôn; mỗi bên nhận một bản chính.',
  ],
  processingTime: onReceipt,
  fee,
  channels: [
    { channel: 'counter', processingTime: onReceipt, fee },
    {
      channel: 'online',
      processingTime: onReceipt,
      fee,
      note: 'Hai bên vẫn phải có mặt khi nhận Giấy chứng nhận kết hôn.',
    },
    {
      channel: 'postal',
      processingTime: onReceipt,
      fee,
      note: 'Gửi kèm bản sao có chứng thực các giấy tờ phải xuất trình.',
    },
  ],
  onlineLevel: 'partial',
  cases: [
    {
      key: 'thong-thuong',
      name: 'Đăng ký kết hôn giữa công dân Việt Nam cư trú trong nước',
      documents: [
        {
          key: 'to-khai',
          filledByForm: true,
          name: 'Tờ khai đăng ký kết hôn theo mẫu, có đủ thông tin của hai bên (có thể khai chung một tờ), hoặc mẫu hộ tịch điện tử tương tác',
          originals: 1,
          copies: 0,
          required: true,
        },
        {
          key: 'giay-to-tuy-than',
          name: 'Giấy tờ tùy thân có ảnh còn giá trị của hai bên (chỉ cần cung cấp số định danh nếu tra cứu được)',
          originals: 1,
          copies: 0,
          required: true,
          presentOnly: true,
        },
        {
          key: 'giay-to-cu-tru',
          name: 'Giấy tờ chứng minh nơi cư trú, chỉ khi không khai thác được thông tin từ CSDL quốc gia về dân cư',
          originals: 1,
          copies: 0,
          required: false,
          presentOnly: true,
        },
        {
          key: 'trich-luc-ghi-chu-ly-hon',
          name: 'Trích lục ghi chú ly hôn/hủy việc kết hôn, nếu đã ly hôn ở nước ngoài mà CSDL chưa có thông tin',
          originals: 0,
          copies: 1,
          required: false,
        },
      ],
    },
  ],
  conditions: [
    'Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi; tự nguyện; không bị mất năng lực hành vi dân sự; không thuộc trường hợp cấm kết hôn (Luật Hôn nhân và gia đình Điều 8).',
    'Hai bên phải cùng có mặt khi đăng ký kết hôn (Luật Hộ tịch Điều 18).',
  ],
  legalBasis: [
    { code: '52/2014/QH13', name: 'Luật Hôn nhân và gia đình' },
    { code: '60/2014/QH13', name: 'Luật Hộ tịch' },
    { code: '123/2015/NĐ-CP', name: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch' },
    { code: '87/2020/NĐ-CP', name: 'Nghị định quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến' },
    {
      code: '07/2025/NĐ-CP',
      name: 'Nghị định sửa đổi, bổ sung một số điều của các nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực',
    },
    {
      code: '120/2025/NĐ-CP',
      name: 'Nghị định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp',
    },
    {
      code: '18/2026/NĐ-CP',
      name: 'Nghị định sửa đổi, bổ sung một số nghị định để cắt giảm, đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý của Bộ Tư pháp',
    },
    { code: '66.7/2025/NQ-CP', name: 'Nghị quyết quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu' },
    { code: '04/2020/TT-BTP', name: 'Thông tư hướng dẫn Luật Hộ tịch và Nghị định 123/2015/NĐ-CP' },
    {
      code: '04/2024/TT-BTP',
      name: 'Thông tư sửa đổi, bổ sung các thông tư về mẫu sổ, mẫu giấy tờ hộ tịch, quốc tịch',
    },
    { code: '281/2016/TT-BTC', name: 'Thông tư quy định phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch' },
  ],
  results: [{ code: 'KQ.G15.000032', name: 'Giấy chứng nhận kết hôn (mỗi bên một bản chính)' }],
  keywords: ['đăng ký kết hôn', 'giấy đăng ký kết hôn', 'giấy kết hôn', 'làm giấy hôn thú', 'hôn thú', 'đkkh', 'cưới'],
  form: ketHonForm,
  uncertainties: [
    'CSDL ghi thời hạn "1" cho mọi kênh và trường hợp trực tuyến .01 là 1 ngày: ở đây ghi theo Luật Hộ tịch Điều 18 (ngay khi nhận đủ hồ sơ; xác minh ≤ 05 ngày làm việc).',
  ],
  source:
    'CSDL quốc gia về TTHC (18/07/2026), mã 1.000894, công bố theo QĐ 163/QĐ-BTP; Luật Hộ tịch 2014 Điều 11, 17–18; Luật Hôn nhân và gia đình 2014.',
};
