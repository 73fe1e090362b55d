import type { DocumentRequirement, Fee, ProcedureDefinition, ProcessingTime } from '@motcua/contracts';

// Luật Hộ tịch Điều 20(2).
const threeDays: ProcessingTime = { value: 3, unit: 'working_days' };

const fee: Fee = {
  amount: 0,
  text: 'Miễn lệ phí đăng ký giám hộ cho công dân Việt Nam cư trú ở trong nước (Luật Hộ tịch Điều 11). Phí cấp bản sao Trích lục đăng ký giám hộ (nếu có yêu cầu): 8.000 đồng/bản (Thông tư 281/2016/TT-BTC).',
};

const declaration: DocumentRequirement = {
  key: 'to-khai',
  name: 'Tờ khai đăng ký giám hộ theo mẫu hoặc mẫu hộ tịch điện tử tương tác',
  originals: 1,
  copies: 0,
  required: true,
};

const authorization: DocumentRequirement = {
  key: 'van-ban-uy-quyen',
  name: 'Văn bản ủy quyền theo quy định, nếu ủy quyền thực hiện (không cần chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột)',
  originals: 1,
  copies: 0,
  required: false,
};

const presented: DocumentRequirement[] = [
  {
    key: 'giay-to-tuy-than',
    name: 'Giấy tờ tùy thân có ảnh còn giá trị của người yêu cầu (chỉ cần cung cấp số định danh nếu tra cứu được)',
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
];

export const giamHo: ProcedureDefinition = {
  code: '1.004837',
  name: 'Thủ tục đăng ký giám hộ',
  field: { code: 'G15-TP07', name: 'Hộ tịch' },
  level: 'commune',
  decisionNo: '163/QĐ-BTP',
  authority: 'Ủy ban nhân dân cấp xã nơi cư trú của người được giám hộ hoặc người giám hộ (Luật Hộ tịch Điều 19).',
  unitEids: [],
  subjects: ['Công dân Việt Nam', 'Người Việt Nam định cư ở nước ngoài'],
  steps: [
    'Người yêu cầu nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến.',
    'Công chức tư pháp - hộ tịch thẩm tra; thấy đủ điều kiện thì ghi vào Sổ hộ tịch, cùng người đi đăng ký ký vào Sổ.',
    'Chủ tịch UBND cấp xã cấp Trích lục đăng ký giám hộ.',
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
      key: 'giam-ho-cu',
      name: 'Đăng ký giám hộ cử',
      documents: [
        declaration,
        {
          key: 'van-ban-cu-giam-ho',
          name: 'Văn bản cử người giám hộ theo quy định của Bộ luật Dân sự',
          originals: 1,
          copies: 0,
          required: true,
        },
        authorization,
        ...presented,
      ],
    },
    {
      key: 'giam-ho-duong-nhien',
      name: 'Đăng ký giám hộ đương nhiên',
      documents: [
        declaration,
        {
          key: 'giay-to-chung-minh-dieu-kien',
          name: 'Giấy tờ chứng minh điều kiện giám hộ đương nhiên theo Bộ luật Dân sự; nếu nhiều người cùng đủ điều kiện thì kèm văn bản thỏa thuận cử một người làm giám hộ',
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
    'Người giám hộ đáp ứng điều kiện của Bộ luật Dân sự 2015 (Điều 49, 50) và được cử hoặc là giám hộ đương nhiên.',
  ],
  legalBasis: [
    { code: '91/2015/QH13', name: 'Bộ luật Dân sự' },
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
    { code: '04/2020/TT-BTP', name: 'Thông tư hướng dẫn Luật Hộ tịch và Nghị định 123/2015/NĐ-CP' },
    { code: '281/2016/TT-BTC', name: 'Thông tư quy định phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch' },
  ],
  results: [{ code: 'KQ.G15.000035', name: 'Trích lục đăng ký giám hộ' }],
  keywords: ['giám hộ', 'người giám hộ', 'đăng ký giám hộ cho cháu', 'giám hộ trẻ em', 'giám hộ người mất năng lực'],
  uncertainties: [
    'CSDL ghi 03 ngày làm việc cho mọi kênh nhưng trường hợp DVC trực tuyến 1.004837.01 ghi 05 ngày làm việc.',
    'Số điều của Bộ luật Dân sự về điều kiện người giám hộ (Điều 49, 50) ghi theo trí nhớ, cần đối chiếu.',
  ],
  source:
    'CSDL quốc gia về TTHC (18/07/2026), mã 1.004837, công bố theo QĐ 163/QĐ-BTP; Luật Hộ tịch 2014 Điều 11, 19–21.',
};
