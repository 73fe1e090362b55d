import type { DocumentRequirement, Fee, ProcedureDefinition, ProcessingTime } from '@motcua/contracts';
import { khaiTuForm } from './khai-tu.form.ts';

// Luật Hộ tịch Điều 34; 15:00 cut-off per the CSDL record's steps.
const sameDay: ProcessingTime = {
  value: 0,
  unit: 'working_days',
  cutoffTime: '15:00',
  text: 'Ngay trong ngày tiếp nhận hồ sơ; hồ sơ nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.',
};

const fee: Fee = {
  amount: 0,
  text: 'Miễn lệ phí đối với đăng ký khai tử đúng hạn (trong 15 ngày kể từ ngày chết), người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật; đăng ký quá hạn: theo mức do HĐND tỉnh Tây Ninh quy định. Phí cấp bản sao Trích lục khai tử (nếu có yêu cầu): 8.000 đồng/bản (Thông tư 281/2016/TT-BTC).',
};

const declaration: DocumentRequirement = {
  key: 'to-khai',
  filledByForm: true,
  name: 'Tờ khai đăng ký khai tử theo mẫu (nộp trực tiếp) hoặc mẫu hộ tịch điện tử tương tác (nộp trực tuyến)',
  originals: 1,
  copies: 0,
  required: true,
};

const authorization: DocumentRequirement = {
  key: 'van-ban-uy-quyen',
  name: 'Văn bản ủy quyền được chứng thực, nếu ủy quyền đăng ký khai tử (không cần chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột)',
  originals: 1,
  copies: 0,
  required: false,
};

const presented: DocumentRequirement[] = [
  {
    key: 'giay-to-tuy-than',
    name: 'Giấy tờ tùy thân có ảnh còn giá trị của người đi đăng ký (chỉ cần cung cấp số định danh nếu tra cứu được)',
    originals: 1,
    copies: 0,
    required: true,
    presentOnly: true,
  },
  {
    key: 'giay-to-noi-cu-tru-cuoi-cung',
    name: 'Giấy tờ chứng minh nơi cư trú cuối cùng của người chết (chỉ khi không khai thác được từ CSDL); nếu không xác định được thì giấy tờ chứng minh nơi chết hoặc nơi phát hiện thi thể',
    originals: 1,
    copies: 0,
    required: false,
    presentOnly: true,
  },
];

export const khaiTu: ProcedureDefinition = {
  code: '1.000656',
  name: 'Thủ tục đăng ký khai tử',
  field: { code: 'G15-TP07', name: 'Hộ tịch' },
  level: 'commune',
  decisionNo: '163/QĐ-BTP',
  authority:
    'Ủy ban nhân dân cấp xã nơi cư trú cuối cùng của người chết; nếu không xác định được thì UBND cấp xã nơi người đó chết hoặc nơi phát hiện thi thể (Luật Hộ tịch Điều 32).',
  unitEids: [],
  subjects: ['Công dân Việt Nam'],
  steps: [
    'Người có trách nhiệm (vợ, chồng, con, cha, mẹ, người thân thích) nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến trong 15 ngày kể từ ngày chết.',
    'Cán bộ tiếp nhận kiểm tra hồ sơ; đủ thì tiếp nhận và hẹn trả (sau 15 giờ thì hẹn ngày làm việc tiếp theo); chưa đủ thì hướng dẫn bổ sung một lần.',
    'Công chức tư pháp - hộ tịch thẩm tra, trình Chủ tịch UBND cấp xã ký Trích lục khai tử; ghi Sổ và cập nhật CSDL hộ tịch điện tử.',
    'Trả Trích lục khai tử (bản chính) và bản điện tử cho người yêu cầu.',
  ],
  processingTime: sameDay,
  fee,
  channels: [
    { channel: 'counter', processingTime: sameDay, fee },
    { channel: 'online', processingTime: sameDay, fee, note: 'Mẫu hộ tịch điện tử tương tác đăng ký khai tử.' },
    {
      channel: 'postal',
      processingTime: sameDay,
      fee,
      note: 'Gửi kèm bản sao có chứng thực các giấy tờ phải xuất trình.',
    },
  ],
  onlineLevel: 'partial',
  cases: [
    {
      key: 'co-giay-bao-tu',
      name: 'Có Giấy báo tử hoặc giấy tờ thay Giấy báo tử',
      documents: [
        declaration,
        {
          key: 'giay-bao-tu',
          name: 'Giấy báo tử hoặc giấy tờ thay Giấy báo tử do cơ quan có thẩm quyền cấp (không nộp bản giấy nếu đã có bản điện tử)',
          originals: 1,
          copies: 0,
          required: true,
        },
        authorization,
        ...presented,
      ],
    },
    {
      key: 'chet-da-lau',
      name: 'Người chết đã lâu, không có Giấy báo tử hoặc giấy tờ thay thế',
      documents: [
        declaration,
        {
          key: 'chung-cu-su-kien-chet',
          name: 'Giấy tờ, tài liệu, chứng cứ do cơ quan, tổ chức có thẩm quyền cấp hoặc xác nhận hợp lệ chứng minh sự kiện chết',
          originals: 1,
          copies: 0,
          required: true,
        },
        authorization,
        ...presented,
      ],
    },
  ],
  conditions: [
    'Vợ, chồng, con, cha, mẹ hoặc người thân thích của người chết có trách nhiệm đăng ký khai tử trong 15 ngày kể từ ngày chết (Luật Hộ tịch Điều 33).',
  ],
  legalBasis: [
    { code: '60/2014/QH13', name: 'Luật Hộ tịch' },
    { code: '123/2015/NĐ-CP', name: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch' },
    { code: '87/2020/NĐ-CP', name: 'Nghị định quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến' },
    {
      code: '104/2022/NĐ-CP',
      name: 'Nghị định sửa đổi các nghị định liên quan đến việc nộp, xuất trình sổ hộ khẩu, sổ tạm trú giấy',
    },
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
    { code: '01/2022/TT-BTP', name: 'Thông tư hướng dẫn Nghị định 87/2020/NĐ-CP' },
    {
      code: '04/2024/TT-BTP',
      name: 'Thông tư sửa đổi, bổ sung các thông tư về mẫu sổ, mẫu giấy tờ hộ tịch, quốc tịch',
    },
    {
      code: '08/2025/TT-BTP',
      name: 'Thông tư về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực của Bộ Tư pháp',
    },
    {
      code: '85/2019/TT-BTC',
      name: 'Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của HĐND cấp tỉnh',
    },
    { code: '281/2016/TT-BTC', name: 'Thông tư quy định phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch' },
  ],
  results: [{ code: 'KQ.G15.000034', name: 'Trích lục khai tử (bản chính) và bản điện tử' }],
  keywords: [
    'khai tử',
    'giấy chứng tử',
    'làm giấy chứng tử',
    'báo tử',
    'trích lục khai tử',
    'người nhà mất',
    'đăng ký người chết',
  ],
  form: khaiTuForm,
  uncertainties: [
    'Mức lệ phí đăng ký khai tử quá hạn do HĐND tỉnh Tây Ninh quy định: chưa xác minh.',
    'Các trường hợp DVC trực tuyến trong CSDL ghi thời hạn 1 ngày, 2 ngày và 5 ngày làm việc (có thể là các nhóm liên thông khai tử – xóa thường trú – trợ cấp mai táng): chưa rõ áp dụng trường hợp nào.',
  ],
  source: 'CSDL quốc gia về TTHC (18/07/2026), mã 1.000656, công bố theo QĐ 163/QĐ-BTP; Luật Hộ tịch 2014 Điều 32–34.',
};
