import type { Fee, ProcedureDefinition, ProcessingTime } from '@motcua/contracts';
import { thanhLapHoKinhDoanhForm } from './thanh-lap-ho-kinh-doanh.form.ts';

const threeDays: ProcessingTime = {
  value: 3,
  unit: 'working_days',
  text: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; hồ sơ chưa hợp lệ thì thông báo bằng văn bản trong thời hạn này.',
};

const fee: Fee = {
  amount: 100_000,
  text: 'Lệ phí đăng ký hộ kinh doanh theo mức do HĐND tỉnh Tây Ninh quy định (Thông tư 85/2019/TT-BTC, sửa đổi bởi Thông tư 106/2021/TT-BTC).',
};

export const thanhLapHoKinhDoanh: ProcedureDefinition = {
  code: '1.001612',
  name: 'Đăng ký thành lập hộ kinh doanh',
  field: { name: 'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)' },
  level: 'commune',
  authority:
    'Cơ quan đăng ký kinh doanh cấp xã (phòng chuyên môn về kinh tế của UBND xã, phường) nơi đặt trụ sở hộ kinh doanh.',
  unitEids: [],
  subjects: ['Công dân Việt Nam', 'Tổ chức (không bao gồm doanh nghiệp, HTX)'],
  steps: [
    'Cá nhân hoặc người đại diện hộ gia đình nộp hồ sơ tại Bộ phận Một cửa cấp xã hoặc trực tuyến.',
    'Cơ quan đăng ký kinh doanh cấp xã kiểm tra tính hợp lệ của hồ sơ, tên hộ kinh doanh; hồ sơ chưa hợp lệ thì thông báo một lần bằng văn bản.',
    'Cấp Giấy chứng nhận đăng ký hộ kinh doanh (mã số hộ kinh doanh đồng thời là mã số thuế) và chia sẻ thông tin cho cơ quan thuế.',
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
      key: 'ca-nhan',
      name: 'Hộ kinh doanh do một cá nhân đăng ký thành lập',
      documents: [
        {
          key: 'giay-de-nghi',
          filledByForm: true,
          name: 'Giấy đề nghị đăng ký hộ kinh doanh (Mẫu số 01 Phụ lục II Thông tư 68/2025/TT-BTC)',
          originals: 1,
          copies: 0,
          required: true,
        },
        {
          key: 'giay-to-tuy-than',
          name: 'Thông tin số định danh cá nhân của chủ hộ kinh doanh (không phải nộp bản sao giấy tờ tùy thân nếu tra cứu được trong CSDL quốc gia về dân cư)',
          originals: 1,
          copies: 0,
          required: true,
          presentOnly: true,
        },
      ],
    },
    {
      key: 'ho-gia-dinh',
      name: 'Hộ kinh doanh do các thành viên hộ gia đình đăng ký thành lập',
      documents: [
        {
          key: 'giay-de-nghi',
          filledByForm: true,
          name: 'Giấy đề nghị đăng ký hộ kinh doanh (Mẫu số 01 Phụ lục II Thông tư 68/2025/TT-BTC)',
          originals: 1,
          copies: 0,
          required: true,
        },
        {
          key: 'bien-ban-hop-thanh-vien',
          name: 'Bản sao biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh',
          originals: 0,
          copies: 1,
          required: true,
        },
        {
          key: 'van-ban-uy-quyen',
          name: 'Bản sao văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh',
          originals: 0,
          copies: 1,
          required: true,
        },
        {
          key: 'giay-to-tuy-than',
          name: 'Thông tin số định danh cá nhân của các thành viên hộ gia đình (không phải nộp bản sao nếu tra cứu được)',
          originals: 1,
          copies: 0,
          required: true,
          presentOnly: true,
        },
      ],
    },
  ],
  conditions: [
    'Cá nhân, thành viên hộ gia đình là công dân Việt Nam có năng lực hành vi dân sự đầy đủ; mỗi cá nhân chỉ được đăng ký một hộ kinh doanh trong phạm vi toàn quốc.',
    'Tên hộ kinh doanh gồm cụm từ "Hộ kinh doanh" và tên riêng, không trùng với tên hộ kinh doanh đã đăng ký trong cùng xã, phường.',
  ],
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
    { code: '106/2021/TT-BTC', name: 'Thông tư sửa đổi Thông tư 85/2019/TT-BTC' },
  ],
  results: [{ name: 'Giấy chứng nhận đăng ký hộ kinh doanh' }],
  keywords: [
    'hkd',
    'mở quán',
    'mở cửa hàng',
    'đăng ký kinh doanh',
    'giấy phép kinh doanh',
    'đăng ký hộ kinh doanh',
    'mở tiệm',
    'kinh doanh cá thể',
    'buôn bán nhỏ',
  ],
  form: thanhLapHoKinhDoanhForm,
  uncertainties: [
    'Chưa có bản ghi đầy đủ của CSDL cho mã 1.001612: thời hạn 03 ngày làm việc, điều kiện và thành phần hồ sơ lấy theo quy định trước đây (NĐ 01/2021/NĐ-CP), chưa đối chiếu NĐ 168/2025/NĐ-CP.',
    'Lệ phí do HĐND tỉnh Tây Ninh quy định: số tiền 100.000 đồng là giá trị minh họa; nhiều tỉnh miễn hoặc giảm khi nộp trực tuyến.',
    'Mức độ DVC trực tuyến (toàn trình hay một phần) chưa xác minh.',
    'Tên phòng chuyên môn tiếp nhận (Phòng Kinh tế / Phòng Kinh tế, Hạ tầng và Đô thị) khác nhau giữa xã và phường: chưa xác minh.',
  ],
  source:
    'CSDL quốc gia về TTHC (18/07/2026), danh mục, mã 1.001612 (Bộ Tài chính, UBND cấp xã); NĐ 168/2025/NĐ-CP; Thông tư 68/2025/TT-BTC.',
};
