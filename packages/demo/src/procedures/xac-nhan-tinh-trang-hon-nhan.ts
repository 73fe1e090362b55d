import type { Fee, ProcedureDefinition, ProcessingTime } from '@motcua/contracts';
import { xacNhanTinhTrangHonNhanForm } from './xac-nhan-tinh-trang-hon-nhan.form.ts';

const threeDays: ProcessingTime = {
  value: 3,
  unit: 'working_days',
  text: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ. Trường hợp người yêu cầu đã cư trú ở nhiều nơi, cơ quan có văn bản đề nghị nơi cư trú trước đây xác minh (gửi trong 03 ngày làm việc, nơi được hỏi trả lời trong 03 ngày làm việc); thời gian xác minh không tính vào thời hạn giải quyết.',
};

const fee: Fee = {
  amount: 15_000,
  text: 'Lệ phí theo mức do HĐND tỉnh Tây Ninh quy định; miễn lệ phí cho người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật.',
};

export const xacNhanTinhTrangHonNhan: ProcedureDefinition = {
  code: '1.004873',
  name: 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân',
  field: { code: 'G15-TP07', name: 'Hộ tịch' },
  level: 'commune',
  decisionNo: '163/QĐ-BTP',
  authority:
    'Ủy ban nhân dân cấp xã nơi thường trú của công dân Việt Nam; nếu không có nơi thường trú thì nơi tạm trú. Người yêu cầu được chọn nơi cư trú để thực hiện.',
  unitEids: [],
  subjects: ['Công dân Việt Nam', 'Người Việt Nam định cư ở nước ngoài'],
  steps: [
    'Người yêu cầu nộp Tờ khai trực tiếp, qua bưu chính hoặc trực tuyến.',
    'Công chức tư pháp - hộ tịch tra cứu CSDL hộ tịch điện tử, CSDL quốc gia về dân cư; nếu đã cư trú nhiều nơi thì đề nghị nơi cư trú trước đây xác minh.',
    'Đủ điều kiện: Chủ tịch UBND cấp xã ký Giấy xác nhận tình trạng hôn nhân và trả cho người yêu cầu.',
  ],
  processingTime: threeDays,
  fee,
  channels: [
    { channel: 'counter', processingTime: threeDays, fee },
    { channel: 'online', processingTime: threeDays, fee },
    { channel: 'postal', processingTime: threeDays, fee },
  ],
  onlineLevel: 'partial',
  cases: [
    {
      key: 'cap-moi',
      name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
      documents: [
        {
          key: 'to-khai',
          filledByForm: true,
          name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu hoặc mẫu điện tử tương tác',
          originals: 1,
          copies: 0,
          required: true,
        },
        {
          key: 'van-ban-uy-quyen',
          name: 'Văn bản ủy quyền theo quy định, nếu ủy quyền (không cần chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột)',
          originals: 1,
          copies: 0,
          required: false,
        },
        {
          key: 'giay-to-tuy-than',
          name: 'Giấy tờ tùy thân có ảnh còn giá trị (chỉ cần cung cấp số định danh nếu tra cứu được)',
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
      ],
    },
    {
      key: 'cap-lai',
      name: 'Cấp lại để dùng vào mục đích khác hoặc do giấy đã cấp hết thời hạn sử dụng',
      documents: [
        {
          key: 'to-khai',
          filledByForm: true,
          name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu hoặc mẫu điện tử tương tác',
          originals: 1,
          copies: 0,
          required: true,
        },
        {
          key: 'giay-xac-nhan-da-cap',
          name: 'Giấy xác nhận tình trạng hôn nhân đã được cấp trước đây',
          originals: 1,
          copies: 0,
          required: true,
        },
        {
          key: 'giay-to-tuy-than',
          name: 'Giấy tờ tùy thân có ảnh còn giá trị (chỉ cần cung cấp số định danh nếu tra cứu được)',
          originals: 1,
          copies: 0,
          required: true,
          presentOnly: true,
        },
      ],
    },
  ],
  conditions: [
    'Đã ly hôn hoặc vợ/chồng đã chết: chỉ cần cung cấp thông tin về bản án/quyết định ly hôn, trích lục khai tử; cơ quan đăng ký tự tra cứu.',
    'Giấy xác nhận có giá trị 06 tháng kể từ ngày cấp và chỉ dùng cho mục đích ghi trên giấy.',
  ],
  legalBasis: [
    { code: '60/2014/QH13', name: 'Luật Hộ tịch' },
    { code: '52/2014/QH13', name: 'Luật Hôn nhân và gia đình' },
    { code: '123/2015/NĐ-CP', name: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch' },
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
    { code: '04/2020/TT-BTP', name: 'Thông tư hướng dẫn Luật Hộ tịch và Nghị định 123/2015/NĐ-CP' },
    {
      code: '85/2019/TT-BTC',
      name: 'Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của HĐND cấp tỉnh',
    },
  ],
  results: [{ code: 'KQ.G15.000038', name: 'Giấy xác nhận tình trạng hôn nhân' }],
  keywords: [
    'xác nhận độc thân',
    'giấy xác nhận độc thân',
    'giấy độc thân',
    'xác nhận tình trạng hôn nhân',
    'tthn',
    'xin giấy độc thân để kết hôn',
    'xác nhận độc thân vay ngân hàng',
  ],
  form: xacNhanTinhTrangHonNhanForm,
  uncertainties: [
    'Lệ phí do HĐND tỉnh Tây Ninh quy định: số tiền 15.000 đồng là giá trị minh họa, cần cập nhật theo Nghị quyết HĐND tỉnh.',
    'NĐ 18/2026/NĐ-CP sửa Điều 22 NĐ 123/2015 (trình tự xác nhận, xác minh): chưa đọc được nội dung mới.',
    'Một văn bản cấp tỉnh ghi "03 ngày làm việc; trường hợp xác minh không quá 23 ngày": chưa đối chiếu.',
    'Thẩm quyền (nơi thường trú, nếu không có thì nơi tạm trú) và hiệu lực 06 tháng ghi theo NĐ 123/2015 Điều 21, 23, chưa đối chiếu lại.',
  ],
  source: 'CSDL quốc gia về TTHC (18/07/2026), mã 1.004873, công bố theo QĐ 163/QĐ-BTP; NĐ 123/2015/NĐ-CP Điều 21–23.',
};
