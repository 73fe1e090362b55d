import type { DocumentRequirement, Fee, ProcedureDefinition, ProcessingTime } from '@motcua/contracts';
import { khaiSinhForm } from './khai-sinh.form.ts';

// Luật Hộ tịch Điều 16; 15:00 cut-off per the CSDL record's steps.
const sameDay: ProcessingTime = {
  value: 0,
  unit: 'working_days',
  cutoffTime: '15:00',
  text: 'Ngay trong ngày tiếp nhận hồ sơ; hồ sơ nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo. Trường hợp phải xác minh tình trạng hôn nhân của cha mẹ ở nơi khác, nơi được hỏi trả lời trong 03 ngày làm việc.',
};

const fee: Fee = {
  amount: 0,
  text: 'Miễn lệ phí đăng ký khai sinh đúng hạn (trong 60 ngày kể từ ngày sinh) và cho người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật (Luật Hộ tịch Điều 11); đăng ký quá hạn: theo mức do HĐND tỉnh Tây Ninh quy định. Phí cấp bản sao Giấy khai sinh (nếu có yêu cầu): 8.000 đồng/bản (Thông tư 281/2016/TT-BTC).',
};

const identityPapers: DocumentRequirement = {
  key: 'giay-to-tuy-than',
  name: 'Hộ chiếu, thẻ căn cước/căn cước công dân, căn cước điện tử hoặc giấy tờ tùy thân khác có ảnh còn giá trị của người đi đăng ký (chỉ cần cung cấp số định danh nếu tra cứu được trong CSDL)',
  originals: 1,
  copies: 0,
  required: true,
  presentOnly: true,
};

const residenceProof: DocumentRequirement = {
  key: 'giay-to-cu-tru',
  name: 'Giấy tờ chứng minh nơi cư trú, chỉ khi cơ quan không khai thác được thông tin cư trú từ CSDL quốc gia về dân cư (NĐ 104/2022 Điều 14)',
  originals: 1,
  copies: 0,
  required: false,
  presentOnly: true,
};

const declaration: DocumentRequirement = {
  key: 'to-khai',
  filledByForm: true,
  name: 'Tờ khai đăng ký khai sinh theo mẫu (nộp trực tiếp/bưu chính) hoặc mẫu hộ tịch điện tử tương tác (nộp trực tuyến)',
  originals: 1,
  copies: 0,
  required: true,
};

const authorization: DocumentRequirement = {
  key: 'van-ban-uy-quyen',
  name: 'Văn bản ủy quyền được chứng thực (không cần chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột; ông, bà, người thân thích đi khai sinh không cần ủy quyền)',
  originals: 1,
  copies: 0,
  required: false,
};

export const khaiSinh: ProcedureDefinition = {
  code: '1.001193',
  name: 'Thủ tục đăng ký khai sinh',
  field: { code: 'G15-TP07', name: 'Hộ tịch' },
  level: 'commune',
  decisionNo: '163/QĐ-BTP',
  authority:
    'Ủy ban nhân dân cấp xã nơi cư trú của người cha hoặc người mẹ (Luật Hộ tịch Điều 13); người dân có thể nộp tại Bộ phận Một cửa của bất kỳ xã, phường nào, nơi tiếp nhận chuyển hồ sơ điện tử đến UBND cấp xã có thẩm quyền.',
  unitEids: [],
  subjects: ['Công dân Việt Nam', 'Người Việt Nam định cư ở nước ngoài'],
  steps: [
    'Người yêu cầu nộp hồ sơ tại Bộ phận Một cửa cấp xã, qua bưu chính, hoặc trực tuyến trên Cổng Dịch vụ công quốc gia/ứng dụng VNeID.',
    'Cán bộ tiếp nhận kiểm tra hồ sơ; hồ sơ đủ thì tiếp nhận và hẹn trả (sau 15 giờ thì hẹn ngày làm việc tiếp theo); chưa đủ thì hướng dẫn bổ sung một lần.',
    'Công chức tư pháp - hộ tịch tra cứu CSDL, thẩm tra hồ sơ, trình Chủ tịch UBND cấp xã ký Giấy khai sinh.',
    'Ghi vào Sổ đăng ký khai sinh, cập nhật CSDL hộ tịch điện tử; trả Giấy khai sinh bản chính và bản điện tử vào kho dữ liệu của công dân.',
  ],
  processingTime: sameDay,
  fee,
  channels: [
    { channel: 'counter', processingTime: sameDay, fee },
    {
      channel: 'online',
      processingTime: sameDay,
      fee,
      note: 'Mẫu hộ tịch điện tử tương tác; giấy tờ đính kèm là bản chụp rõ nét hoặc bản điện tử.',
    },
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
      key: 'thong-thuong',
      name: 'Khai sinh cho trẻ em (trường hợp thông thường)',
      documents: [
        declaration,
        {
          key: 'giay-chung-sinh',
          name: 'Giấy chứng sinh; nếu không có thì văn bản của người làm chứng xác nhận việc sinh; nếu không có người làm chứng thì giấy cam đoan về việc sinh (không nộp bản giấy nếu đã có Giấy chứng sinh điện tử)',
          originals: 1,
          copies: 0,
          required: true,
        },
        authorization,
        identityPapers,
        residenceProof,
      ],
    },
    {
      key: 'tre-bi-bo-roi',
      name: 'Khai sinh cho trẻ em bị bỏ rơi',
      documents: [
        declaration,
        {
          key: 'bien-ban-tre-bi-bo-roi',
          name: 'Biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập',
          originals: 1,
          copies: 0,
          required: true,
        },
        identityPapers,
      ],
    },
    {
      key: 'mang-thai-ho',
      name: 'Khai sinh cho trẻ em sinh ra do mang thai hộ',
      documents: [
        declaration,
        {
          key: 'van-ban-xac-nhan-mang-thai-ho',
          name: 'Văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản cho việc mang thai hộ',
          originals: 1,
          copies: 0,
          required: true,
        },
        {
          key: 'giay-chung-sinh',
          name: 'Giấy chứng sinh (không nộp bản giấy nếu đã có Giấy chứng sinh điện tử)',
          originals: 1,
          copies: 0,
          required: true,
        },
        authorization,
        identityPapers,
        residenceProof,
      ],
    },
  ],
  conditions: [
    'Cha, mẹ có trách nhiệm đăng ký khai sinh cho con trong thời hạn 60 ngày kể từ ngày sinh (Luật Hộ tịch Điều 15).',
    'Không phải nộp, xuất trình Giấy chứng nhận kết hôn của cha mẹ: cơ quan đăng ký tự tra cứu.',
    'Họ, dân tộc, quê quán của con xác định theo thỏa thuận của cha mẹ; tên không quá dài, khó sử dụng.',
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
    { code: '03/2023/TT-BTP', name: 'Thông tư sửa đổi Thông tư 01/2022/TT-BTP' },
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
    { code: '106/2021/TT-BTC', name: 'Thông tư sửa đổi Thông tư 85/2019/TT-BTC' },
    {
      code: '281/2016/TT-BTC',
      name: 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch, phí xác nhận có quốc tịch Việt Nam, phí xác nhận là người gốc Việt Nam, lệ phí quốc tịch',
    },
  ],
  results: [{ code: 'KQ.G15.000031', name: 'Giấy khai sinh (bản chính) và bản điện tử Giấy khai sinh' }],
  keywords: [
    'giấy khai sinh',
    'làm giấy khai sinh',
    'gks',
    'đăng ký cho con',
    'khai sinh cho con',
    'làm khai sinh cho bé',
    'đăng ký khai sinh',
  ],
  form: khaiSinhForm,
  uncertainties: [
    'CSDL đánh dấu isFullProcess=false (một phần) nhưng một số tỉnh công bố khai sinh đủ điều kiện toàn trình: cần đối chiếu danh mục DVC toàn trình của tỉnh.',
    'Mức lệ phí đăng ký khai sinh quá hạn do HĐND tỉnh Tây Ninh quy định: chưa xác minh, chưa ghi số tiền.',
    'Số hiệu phụ lục mẫu Tờ khai (Thông tư 04/2020/TT-BTP, đã được Thông tư 04/2024/TT-BTP thay thế một số mẫu) chưa đối chiếu.',
    'NĐ 120/2025/NĐ-CP (Phụ lục mục I) có thể rút ngắn thời hạn so với văn bản cũ: chưa đọc được nguyên văn.',
  ],
  source:
    'CSDL quốc gia về TTHC (18/07/2026), mã 1.001193, công bố theo QĐ 163/QĐ-BTP; Luật Hộ tịch 2014 Điều 11, 13–16; Thông tư 281/2016/TT-BTC.',
};
