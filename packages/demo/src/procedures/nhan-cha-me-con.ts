import type { DocumentRequirement, Fee, ProcedureDefinition, ProcessingTime } from '@motcua/contracts';

// Luật Hộ tịch Điều 25(2).
const threeDays: ProcessingTime = {
  value: 3,
  unit: 'working_days',
  text: '03 ngày làm việc kể từ ngày nhận đủ giấy tờ; trường hợp cần xác minh thì kéo dài không quá 05 ngày làm việc.',
};

const fee: Fee = {
  amount: 15_000,
  text: 'Lệ phí theo mức do HĐND tỉnh Tây Ninh quy định; miễn lệ phí cho người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật. Phí cấp bản sao Trích lục đăng ký nhận cha, mẹ, con (nếu có yêu cầu): 8.000 đồng/bản (Thông tư 281/2016/TT-BTC).',
};

const declaration: DocumentRequirement = {
  key: 'to-khai',
  name: 'Tờ khai đăng ký nhận cha, mẹ, con theo mẫu hoặc mẫu hộ tịch điện tử tương tác',
  originals: 1,
  copies: 0,
  required: true,
};

const identity: DocumentRequirement = {
  key: 'giay-to-tuy-than',
  name: 'Giấy tờ tùy thân có ảnh còn giá trị của các bên (chỉ cần cung cấp số định danh nếu tra cứu được)',
  originals: 1,
  copies: 0,
  required: true,
  presentOnly: true,
};

export const nhanChaMeCon: ProcedureDefinition = {
  code: '1.001022',
  name: 'Thủ tục đăng ký nhận cha, mẹ, con',
  field: { code: 'G15-TP07', name: 'Hộ tịch' },
  level: 'commune',
  decisionNo: '163/QĐ-BTP',
  authority:
    'Ủy ban nhân dân cấp xã nơi cư trú của người nhận hoặc người được nhận là cha, mẹ, con (Luật Hộ tịch Điều 24).',
  unitEids: [],
  subjects: ['Công dân Việt Nam'],
  steps: [
    'Người yêu cầu nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến.',
    'Công chức tư pháp - hộ tịch thẩm tra hồ sơ, xác minh nếu cần; báo cáo Chủ tịch UBND cấp xã.',
    'Việc nhận cha, mẹ, con đúng sự thật và không có tranh chấp: ghi vào Sổ hộ tịch; các bên có mặt ký vào Sổ.',
    'Chủ tịch UBND cấp xã cấp Trích lục đăng ký nhận cha, mẹ, con.',
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
      key: 'co-van-ban-xac-nhan',
      name: 'Có văn bản của cơ quan y tế, giám định hoặc cơ quan có thẩm quyền xác nhận quan hệ cha, mẹ, con',
      documents: [
        declaration,
        {
          key: 'van-ban-xac-nhan-quan-he',
          name: 'Văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan khác có thẩm quyền xác nhận quan hệ cha con, mẹ con',
          originals: 1,
          copies: 0,
          required: true,
        },
        identity,
      ],
    },
    {
      key: 'cam-doan-va-nguoi-lam-chung',
      name: 'Không có văn bản xác nhận: cam đoan của các bên và người làm chứng',
      documents: [
        declaration,
        {
          key: 'van-ban-cam-doan',
          name: 'Văn bản cam đoan của các bên về mối quan hệ cha, mẹ, con, có ít nhất hai người làm chứng',
          originals: 1,
          copies: 0,
          required: true,
        },
        identity,
      ],
    },
  ],
  conditions: [
    'Người nhận và người được nhận là cha, mẹ, con còn sống; việc nhận không có tranh chấp.',
    'Các bên phải có mặt khi đăng ký (Luật Hộ tịch Điều 25).',
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
    { code: '04/2020/TT-BTP', name: 'Thông tư hướng dẫn Luật Hộ tịch và Nghị định 123/2015/NĐ-CP' },
    {
      code: '85/2019/TT-BTC',
      name: 'Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của HĐND cấp tỉnh',
    },
    { code: '281/2016/TT-BTC', name: 'Thông tư quy định phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch' },
  ],
  results: [{ code: 'KQ.G15.000033', name: 'Trích lục đăng ký nhận cha, mẹ, con' }],
  keywords: [
    'nhận cha con',
    'nhận mẹ con',
    'nhận con',
    'nhận cha mẹ con',
    'công nhận cha con',
    'làm giấy nhận con',
    'xét nghiệm adn',
  ],
  uncertainties: [
    'Lệ phí do HĐND tỉnh Tây Ninh quy định: số tiền 15.000 đồng là giá trị minh họa, cần cập nhật theo Nghị quyết HĐND tỉnh.',
    'Diễn đạt thẩm quyền (nơi cư trú của người nhận hoặc người được nhận) ghi theo Luật Hộ tịch Điều 24, chưa đối chiếu lại nguyên văn.',
  ],
  source: 'CSDL quốc gia về TTHC (18/07/2026), mã 1.001022, công bố theo QĐ 163/QĐ-BTP; Luật Hộ tịch 2014 Điều 24–25.',
};
