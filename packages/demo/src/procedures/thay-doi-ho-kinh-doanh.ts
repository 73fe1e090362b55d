import type { DocumentRequirement, Fee, ProcedureDefinition, ProcessingTime } from '@motcua/contracts';

const threeDays: ProcessingTime = { value: 3, unit: 'working_days' };

const fee: Fee = {
  amount: 50_000,
  text: 'Lệ phí đăng ký thay đổi nội dung đăng ký hộ kinh doanh theo mức do HĐND tỉnh Tây Ninh quy định (Thông tư 85/2019/TT-BTC, sửa đổi bởi Thông tư 106/2021/TT-BTC).',
};

const notice: DocumentRequirement = {
  key: 'thong-bao-thay-doi',
  name: 'Thông báo thay đổi nội dung đăng ký hộ kinh doanh (mẫu tại Phụ lục II Thông tư 68/2025/TT-BTC)',
  originals: 1,
  copies: 0,
  required: true,
};

export const thayDoiHoKinhDoanh: ProcedureDefinition = {
  code: '2.000720',
  name: 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
  field: { name: 'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)' },
  level: 'commune',
  authority:
    'Cơ quan đăng ký kinh doanh cấp xã nơi đặt trụ sở hộ kinh doanh; chuyển trụ sở sang xã, phường khác thì nộp tại cơ quan đăng ký kinh doanh nơi đặt trụ sở mới.',
  unitEids: [],
  subjects: ['Công dân Việt Nam', 'Tổ chức (không bao gồm doanh nghiệp, HTX)'],
  steps: [
    'Chủ hộ kinh doanh nộp Thông báo thay đổi và giấy tờ kèm theo tại Bộ phận Một cửa cấp xã hoặc trực tuyến.',
    'Cơ quan đăng ký kinh doanh cấp xã kiểm tra hồ sơ; chưa hợp lệ thì thông báo một lần bằng văn bản.',
    'Cấp Giấy chứng nhận đăng ký hộ kinh doanh mới ghi nội dung đã thay đổi.',
  ],
  processingTime: threeDays,
  fee,
  channels: [
    { channel: 'counter', processingTime: threeDays, fee },
    { channel: 'online', processingTime: threeDays, fee },
  ],
  onlineLevel: 'partial',
  cases: [
    {
      key: 'thay-doi-thong-thuong',
      name: 'Thay đổi ngành, nghề, vốn, tên, địa chỉ trụ sở hoặc thông tin liên lạc',
      documents: [notice],
    },
    {
      key: 'thay-doi-chu-ho',
      name: 'Thay đổi chủ hộ kinh doanh',
      documents: [
        notice,
        {
          key: 'bien-ban-hop-thanh-vien',
          name: 'Bản sao biên bản họp thành viên hộ gia đình về việc thay đổi chủ hộ kinh doanh (hộ do các thành viên hộ gia đình thành lập)',
          originals: 0,
          copies: 1,
          required: false,
        },
        {
          key: 'hop-dong-chuyen-nhuong',
          name: 'Bản sao hợp đồng tặng cho, mua bán hoặc văn bản thừa kế hộ kinh doanh (trường hợp thay đổi chủ hộ do tặng cho, mua bán, thừa kế)',
          originals: 0,
          copies: 1,
          required: false,
        },
      ],
    },
    {
      key: 'chuyen-tru-so-khac-xa',
      name: 'Chuyển địa chỉ trụ sở sang xã, phường khác',
      documents: [
        notice,
        {
          key: 'giay-chung-nhan-cu',
          name: 'Giấy chứng nhận đăng ký hộ kinh doanh đã được cấp',
          originals: 1,
          copies: 0,
          required: true,
        },
      ],
    },
  ],
  conditions: ['Hộ kinh doanh phải đăng ký thay đổi trong thời hạn 10 ngày kể từ ngày có thay đổi.'],
  legalBasis: [
    { code: '59/2020/QH14', name: 'Luật Doanh nghiệp (sửa đổi, bổ sung năm 2025)' },
    { code: '168/2025/NĐ-CP', name: 'Nghị định về đăng ký doanh nghiệp' },
    {
      code: '68/2025/TT-BTC',
      name: 'Thông tư ban hành biểu mẫu sử dụng trong đăng ký doanh nghiệp, đăng ký hộ kinh doanh',
    },
    {
      code: '85/2019/TT-BTC',
      name: 'Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của HĐND cấp tỉnh',
    },
  ],
  results: [{ name: 'Giấy chứng nhận đăng ký hộ kinh doanh (cấp mới theo nội dung thay đổi)' }],
  keywords: [
    'thay đổi hộ kinh doanh',
    'đổi giấy phép kinh doanh',
    'đổi địa chỉ kinh doanh',
    'thêm ngành nghề',
    'sang tên hộ kinh doanh',
    'đổi chủ hộ kinh doanh',
    'hkd',
  ],
  uncertainties: [
    'Chưa có bản ghi đầy đủ của CSDL cho mã 2.000720: thời hạn, thời hạn thông báo 10 ngày và thành phần hồ sơ theo quy định trước đây, chưa đối chiếu NĐ 168/2025/NĐ-CP.',
    'Số hiệu mẫu Thông báo thay đổi trong Phụ lục II Thông tư 68/2025/TT-BTC chưa xác minh.',
    'Lệ phí do HĐND tỉnh Tây Ninh quy định: số tiền 50.000 đồng là giá trị minh họa.',
  ],
  source:
    'CSDL quốc gia về TTHC (18/07/2026), danh mục, mã 2.000720 (Bộ Tài chính, UBND cấp xã); NĐ 168/2025/NĐ-CP; Thông tư 68/2025/TT-BTC.',
};
