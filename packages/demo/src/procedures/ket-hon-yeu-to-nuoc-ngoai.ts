import type { DocumentRequirement, Fee, ProcedureDefinition, ProcessingTime } from '@motcua/contracts';

const fiveDays: ProcessingTime = {
  value: 5,
  unit: 'working_days',
  text: '05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp cần xác minh thì không quá 10 ngày làm việc. Nếu hai bên không thể có mặt nhận Giấy chứng nhận, được gia hạn không quá 60 ngày, quá hạn thì Giấy chứng nhận bị hủy.',
};

const fee: Fee = {
  amount: 1_000_000,
  text: 'Lệ phí theo mức do HĐND tỉnh Tây Ninh quy định; miễn lệ phí cho người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật. Phí cấp bản sao Trích lục kết hôn (nếu có yêu cầu): 8.000 đồng/bản (Thông tư 281/2016/TT-BTC).',
};

function submitted(key: string, name: string, required: boolean): DocumentRequirement {
  return { key, name, originals: 1, copies: 0, required };
}

const commonDocuments: DocumentRequirement[] = [
  submitted(
    'to-khai',
    'Tờ khai đăng ký kết hôn theo mẫu, có đủ thông tin của hai bên (có thể khai chung một tờ), hoặc mẫu hộ tịch điện tử tương tác',
    true,
  ),
  submitted(
    'giay-xac-nhan-y-te',
    'Giấy xác nhận của tổ chức y tế có thẩm quyền của Việt Nam hoặc nước ngoài xác nhận mỗi bên không mắc bệnh tâm thần hoặc bệnh khác mà không có khả năng nhận thức, làm chủ hành vi',
    true,
  ),
  submitted(
    'giay-to-tinh-trang-hon-nhan-nguoi-nuoc-ngoai',
    'Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài do cơ quan có thẩm quyền nước mà người đó là công dân cấp, còn giá trị (hoặc giấy tờ xác nhận người đó có đủ điều kiện kết hôn)',
    true,
  ),
  {
    key: 'ban-sao-ho-chieu',
    name: 'Bản sao hộ chiếu hoặc giấy tờ có giá trị thay thế hộ chiếu của người nước ngoài, công dân Việt Nam định cư ở nước ngoài',
    originals: 0,
    copies: 1,
    required: true,
  },
  submitted(
    'van-ban-dong-y-cua-co-quan',
    'Văn bản của cơ quan, đơn vị quản lý xác nhận việc kết hôn với người nước ngoài không trái quy định của ngành (công chức, viên chức, người trong lực lượng vũ trang)',
    false,
  ),
  submitted(
    'xac-nhan-tthn-co-quan-dai-dien',
    'Giấy xác nhận tình trạng hôn nhân do Cơ quan đại diện của Việt Nam ở nước ngoài cấp (người đang công tác, học tập, lao động có thời hạn ở nước ngoài)',
    false,
  ),
  {
    key: 'trich-luc-ghi-chu-ly-hon',
    name: 'Bản sao Trích lục ghi chú ly hôn/hủy việc kết hôn (công dân Việt Nam đã ly hôn ở nước ngoài)',
    originals: 0,
    copies: 1,
    required: false,
  },
  {
    key: 'giay-to-tuy-than',
    name: 'Giấy tờ tùy thân của bên Việt Nam; hộ chiếu hoặc giấy tờ thay thế hộ chiếu của bên nước ngoài',
    originals: 1,
    copies: 0,
    required: true,
    presentOnly: true,
  },
];

export const ketHonYeuToNuocNgoai: ProcedureDefinition = {
  code: '2.000806',
  name: 'Thủ tục đăng ký kết hôn có yếu tố nước ngoài',
  field: { code: 'G15-TP07', name: 'Hộ tịch' },
  level: 'commune',
  decisionNo: '163/QĐ-BTP',
  authority:
    'Ủy ban nhân dân cấp xã nơi cư trú của công dân Việt Nam (từ 01/7/2025, thay cho UBND cấp huyện, theo NĐ 120/2025/NĐ-CP).',
  unitEids: [],
  subjects: ['Công dân Việt Nam', 'Người Việt Nam định cư ở nước ngoài'],
  steps: [
    'Một trong hai bên nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến tại UBND cấp xã nơi cư trú của công dân Việt Nam.',
    'Công chức tư pháp - hộ tịch nghiên cứu, thẩm tra hồ sơ, xác minh nếu cần; báo cáo Chủ tịch UBND cấp xã.',
    'Đủ điều kiện: Chủ tịch UBND cấp xã ký Giấy chứng nhận kết hôn.',
    'Hai bên cùng có mặt nhận Giấy chứng nhận kết hôn, ký vào Sổ đăng ký kết hôn.',
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
      key: 'thong-thuong',
      name: 'Kết hôn giữa công dân Việt Nam với người nước ngoài hoặc có yếu tố nước ngoài',
      documents: commonDocuments,
    },
  ],
  conditions: [
    'Giấy tờ do cơ quan nước ngoài cấp phải được hợp pháp hóa lãnh sự (trừ trường hợp được miễn) và dịch sang tiếng Việt (Luật Hộ tịch Điều 10).',
    'Giấy tờ chứng minh tình trạng hôn nhân và giấy xác nhận y tế không ghi thời hạn chỉ có giá trị 06 tháng kể từ ngày cấp.',
    'Hai bên phải cùng có mặt khi nhận Giấy chứng nhận kết hôn.',
  ],
  legalBasis: [
    { code: '52/2014/QH13', name: 'Luật Hôn nhân và gia đình' },
    { code: '60/2014/QH13', name: 'Luật Hộ tịch' },
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
      code: '08/2025/TT-BTP',
      name: 'Thông tư về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực của Bộ Tư pháp',
    },
    {
      code: '85/2019/TT-BTC',
      name: 'Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của HĐND cấp tỉnh',
    },
  ],
  results: [{ code: 'KQ.G15.000032', name: 'Giấy chứng nhận kết hôn' }],
  keywords: [
    'kết hôn với người nước ngoài',
    'lấy chồng nước ngoài',
    'lấy vợ nước ngoài',
    'kết hôn yếu tố nước ngoài',
    'đăng ký kết hôn ytnn',
    'kết hôn việt kiều',
  ],
  uncertainties: [
    'Lệ phí do HĐND tỉnh Tây Ninh quy định: số tiền 1.000.000 đồng chỉ là giá trị minh họa (ví dụ Cần Thơ 2025: 1.500.000 đồng, trực tuyến 750.000 đồng), cần cập nhật theo Nghị quyết HĐND tỉnh.',
    'CSDL ghi 5 ngày cho mọi kênh nhưng trường hợp DVC trực tuyến 2.000806.01 ghi 10 ngày làm việc; Luật Hộ tịch Điều 38 (15 ngày) đã được NĐ 120/2025 rút ngắn — chưa đọc nguyên văn Phụ lục.',
  ],
  source:
    'CSDL quốc gia về TTHC (18/07/2026), mã 2.000806, công bố theo QĐ 163/QĐ-BTP; Luật Hộ tịch 2014 Điều 10, 37–38; NĐ 120/2025/NĐ-CP.',
};
