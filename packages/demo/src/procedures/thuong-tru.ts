import type { DocumentRequirement, Fee, ProcedureDefinition, ProcessingTime } from '@motcua/contracts';
import { thuongTruForm } from './thuong-tru.form.ts';

// Luật Cư trú 2020 Điều 22.
const sevenDays: ProcessingTime = { value: 7, unit: 'working_days' };

const exemptions =
  'Miễn lệ phí cho các đối tượng tại Điều 4 Thông tư 75/2022/TT-BTC (sửa đổi bởi Thông tư 71/2025/TT-BTC); phải xuất trình giấy tờ chứng minh trừ khi thông tin đã có trong CSDL.';

const counterFee: Fee = { amount: 20_000, text: `Nộp trực tiếp: 20.000 đồng/lần đăng ký. ${exemptions}` };
const onlineFee: Fee = {
  amount: 10_000,
  text: `Nộp qua cổng dịch vụ công, VNeID: 10.000 đồng/lần đăng ký. ${exemptions}`,
};

const declaration: DocumentRequirement = {
  key: 'to-khai-ct01',
  filledByForm: true,
  name: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01, Thông tư 53/2025/TT-BCA), có ý kiến đồng ý của chủ hộ/chủ sở hữu khi đăng ký vào chỗ ở không thuộc sở hữu của mình; người Việt Nam định cư ở nước ngoài không có hộ chiếu Việt Nam còn giá trị dùng mẫu CT02',
  originals: 1,
  copies: 0,
  required: true,
};

function doc(key: string, name: string, required = true): DocumentRequirement {
  return { key, name, originals: 1, copies: 0, required };
}

export const thuongTru: ProcedureDefinition = {
  code: '1.004222',
  name: 'Đăng ký thường trú',
  field: { code: 'G01-CA05', name: 'Đăng ký, quản lý cư trú' },
  level: 'commune',
  decisionNo: '1523/QĐ-BCA-C06',
  authority: 'Công an cấp xã nơi người đề nghị đăng ký thường trú.',
  unitEids: [],
  subjects: ['Công dân Việt Nam', 'Người Việt Nam định cư ở nước ngoài'],
  steps: [
    'Người đề nghị nộp hồ sơ trực tiếp tại Công an cấp xã hoặc trực tuyến qua Cổng Dịch vụ công quốc gia, Cổng DVC Bộ Công an, ứng dụng VNeID.',
    'Công an cấp xã kiểm tra, khai thác thông tin về chỗ ở hợp pháp, quan hệ nhân thân trong CSDL; hồ sơ đủ thì cấp phiếu hẹn, chưa đủ thì hướng dẫn bổ sung.',
    'Thẩm định, cập nhật thông tin thường trú vào CSDL về cư trú, CSDL quốc gia về dân cư; thông báo kết quả cho người đăng ký.',
  ],
  processingTime: sevenDays,
  fee: counterFee,
  channels: [
    { channel: 'counter', processingTime: sevenDays, fee: counterFee },
    {
      channel: 'online',
      processingTime: sevenDays,
      fee: onlineFee,
      note: 'Một phần: có thể phải xuất trình bản chính giấy tờ khi được yêu cầu.',
    },
  ],
  onlineLevel: 'partial',
  cases: [
    {
      key: 'nha-so-huu',
      name: 'Đăng ký thường trú vào chỗ ở hợp pháp thuộc quyền sở hữu của mình',
      documents: [
        declaration,
        doc(
          'giay-to-cho-o-hop-phap',
          'Giấy tờ chứng minh chỗ ở hợp pháp, chỉ nộp khi không khai thác được trên VNeID/CSDL',
          false,
        ),
      ],
    },
    {
      key: 've-o-voi-nguoi-than',
      name: 'Đăng ký thường trú vào chỗ ở của người thân (Luật Cư trú Điều 20 khoản 2)',
      documents: [
        declaration,
        doc(
          'giay-to-quan-he-nhan-than',
          'Giấy tờ chứng minh quan hệ nhân thân với chủ hộ, thành viên hộ gia đình, chỉ nộp khi không khai thác được trên VNeID/CSDL',
          false,
        ),
      ],
    },
    {
      key: 'thue-muon-o-nho',
      name: 'Đăng ký thường trú vào chỗ ở hợp pháp do thuê, mượn, ở nhờ',
      documents: [
        declaration,
        doc(
          'hop-dong-thue-muon',
          'Hợp đồng, văn bản về việc cho thuê, cho mượn, cho ở nhờ được công chứng hoặc chứng thực',
        ),
        doc(
          'giay-to-dien-tich-nha-o',
          'Giấy tờ chứng minh đủ diện tích nhà ở tối thiểu theo quy định của HĐND tỉnh, chỉ nộp khi không khai thác được',
          false,
        ),
      ],
    },
    {
      key: 'co-so-ton-giao',
      name: 'Đăng ký thường trú tại cơ sở tín ngưỡng, cơ sở tôn giáo có công trình phụ trợ là nhà ở',
      documents: [
        declaration,
        doc(
          'xac-nhan-ubnd-xa',
          'Văn bản xác nhận của UBND cấp xã về việc cơ sở tín ngưỡng, tôn giáo có công trình phụ trợ là nhà ở (và người đăng ký thuộc đối tượng Luật Cư trú Điều 17 khoản 2, nếu có)',
        ),
        doc(
          'giay-to-chuc-sac',
          'Giấy tờ chứng minh là nhà tu hành, chức sắc, chức việc hoặc người hoạt động tôn giáo tại cơ sở đó',
          false,
        ),
      ],
    },
    {
      key: 'co-so-tro-giup-xa-hoi',
      name: 'Người được chăm sóc, nuôi dưỡng, trợ giúp đăng ký tại cơ sở trợ giúp xã hội hoặc hộ gia đình nhận chăm sóc',
      documents: [
        declaration,
        doc('van-ban-de-nghi-co-so', 'Văn bản đề nghị của người đứng đầu cơ sở trợ giúp xã hội', false),
        doc('giay-to-cham-soc', 'Giấy tờ, tài liệu xác nhận về việc chăm sóc, nuôi dưỡng, trợ giúp'),
      ],
    },
    {
      key: 'don-vi-vu-trang',
      name: 'Đăng ký thường trú tại nơi đơn vị đóng quân, nhà ở công vụ trong Công an nhân dân, Quân đội nhân dân',
      documents: [
        declaration,
        doc(
          'giay-gioi-thieu',
          'Giấy giới thiệu của đơn vị (Quân đội: cấp trung đoàn và tương đương trở lên; Công an: thủ trưởng đơn vị quản lý trực tiếp)',
        ),
      ],
    },
  ],
  conditions: [
    'Người đăng ký đã được thu thập, cập nhật thông tin vào CSDL quốc gia về dân cư, CSDL về cư trú.',
    'Không yêu cầu xuất trình Giấy khai sinh đối với trẻ em mới sinh đăng ký thường trú lần đầu; trong 60 ngày kể từ ngày đăng ký khai sinh phải đăng ký thường trú cho người chưa thành niên.',
    'Thuê, mượn, ở nhờ: bảo đảm diện tích nhà ở tối thiểu do HĐND tỉnh quy định và được chủ sở hữu đồng ý (Luật Cư trú Điều 20 khoản 3).',
  ],
  legalBasis: [
    { code: '68/2020/QH14', name: 'Luật Cư trú' },
    { code: '154/2024/NĐ-CP', name: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú' },
    {
      code: '58/2026/NĐ-CP',
      name: 'Nghị định sửa đổi, bổ sung một số điều của các nghị định liên quan đến điều kiện về an ninh, trật tự',
    },
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
    { code: 'KQ.G01.000064', name: 'Cập nhật thông tin trong Cơ sở dữ liệu quốc gia về dân cư' },
    { code: 'KQ.G01.000066', name: 'Cập nhật thông tin trong Cơ sở dữ liệu về cư trú' },
    { code: 'KQ.G01.000065', name: 'Thông báo kết quả giải quyết thủ tục về cư trú' },
  ],
  keywords: [
    'hộ khẩu',
    'nhập hộ khẩu',
    'chuyển hộ khẩu',
    'đăng ký thường trú',
    'thường trú',
    'nhập khẩu',
    'chuyển khẩu',
    'kt1',
  ],
  form: thuongTruForm,
  uncertainties: [
    'Thủ tục ngành dọc do Công an cấp xã giải quyết; việc Bộ phận Một cửa của UBND cấp xã tiếp nhận thay (unitEids rỗng = mọi xã, phường) cần xác nhận theo cách tổ chức thực tế của tỉnh.',
    'Từ 15/8/2026 đến 28/02/2027, NQ 66.22/2026/NQ-CP dự kiến miễn lệ phí cư trú cho "công dân số": chờ Thông tư sửa đổi Thông tư 75/2022/TT-BTC.',
    'Diện tích nhà ở tối thiểu để đăng ký thường trú ở nhà thuê, mượn, ở nhờ do HĐND tỉnh Tây Ninh quy định: chưa xác minh mức cụ thể.',
    'CSDL không có kênh bưu chính cho thủ tục này; một số bản ghi cũ còn trích Thông tư 66/2023/TT-BCA cho mẫu CT01.',
  ],
  source:
    'CSDL quốc gia về TTHC (18/07/2026), mã 1.004222, công bố theo QĐ 1523/QĐ-BCA-C06; Luật Cư trú 2020 Điều 20–22; Thông tư 75/2022/TT-BTC.',
};
