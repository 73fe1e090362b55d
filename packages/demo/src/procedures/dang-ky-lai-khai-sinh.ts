import type { DocumentRequirement, Fee, ProcedureDefinition, ProcessingTime } from '@motcua/contracts';

const fiveDays: ProcessingTime = {
  value: 5,
  unit: 'working_days',
  text: '05 ngày làm việc kể từ ngày nhận đủ hồ sơ; trường hợp phải xác minh thì kéo dài thêm thời gian xác minh.',
};

const fee: Fee = {
  amount: 5_000,
  text: 'Lệ phí theo mức do HĐND tỉnh Tây Ninh quy định; miễn lệ phí cho người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật. Phí cấp bản sao Giấy khai sinh (nếu có yêu cầu): 8.000 đồng/bản (Thông tư 281/2016/TT-BTC).',
};

const declaration: DocumentRequirement = {
  key: 'to-khai',
  name: 'Tờ khai đăng ký lại khai sinh theo mẫu, có cam đoan đã nộp đủ các giấy tờ hiện có (hoặc mẫu hộ tịch điện tử tương tác, có cam đoan không còn bản chính Giấy khai sinh)',
  originals: 1,
  copies: 0,
  required: true,
};

const authorization: DocumentRequirement = {
  key: 'van-ban-uy-quyen',
  name: 'Văn bản ủy quyền theo quy định, nếu ủy quyền (không cần chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột)',
  originals: 1,
  copies: 0,
  required: false,
};

const identity: DocumentRequirement = {
  key: 'giay-to-tuy-than',
  name: 'Giấy tờ tùy thân có ảnh còn giá trị (chỉ cần cung cấp số định danh nếu tra cứu được)',
  originals: 1,
  copies: 0,
  required: true,
  presentOnly: true,
};

export const dangKyLaiKhaiSinh: ProcedureDefinition = {
  code: '1.004884',
  name: 'Thủ tục đăng ký lại khai sinh',
  field: { code: 'G15-TP07', name: 'Hộ tịch' },
  level: 'commune',
  decisionNo: '163/QĐ-BTP',
  authority: 'Ủy ban nhân dân cấp xã nơi đã đăng ký khai sinh trước đây hoặc nơi người yêu cầu thường trú.',
  unitEids: [],
  subjects: ['Công dân Việt Nam'],
  steps: [
    'Người yêu cầu nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến.',
    'Công chức tư pháp - hộ tịch kiểm tra, xác minh; nếu đăng ký lại tại nơi khác nơi đã đăng ký trước đây thì đề nghị nơi đó kiểm tra việc lưu giữ Sổ hộ tịch.',
    'Đủ điều kiện: Chủ tịch UBND cấp xã ký Giấy khai sinh (đăng ký lại); ghi Sổ, cập nhật CSDL hộ tịch điện tử.',
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
      key: 'co-ban-sao-giay-khai-sinh',
      name: 'Còn bản sao Giấy khai sinh hoặc giấy tờ thay thế',
      documents: [
        declaration,
        {
          key: 'ban-sao-giay-khai-sinh',
          name: 'Bản sao Giấy khai sinh hợp lệ (chứng thực từ bản chính hoặc cấp từ Sổ đăng ký khai sinh); hoặc bản chính/bản sao giấy tờ có giá trị thay thế Giấy khai sinh cấp trước 1945 ở miền Bắc, trước 1975 ở miền Nam',
          originals: 0,
          copies: 1,
          required: true,
        },
        authorization,
        identity,
      ],
    },
    {
      key: 'khong-con-giay-khai-sinh',
      name: 'Không còn bản sao Giấy khai sinh',
      documents: [
        declaration,
        {
          key: 'giay-to-co-thong-tin-khai-sinh',
          name: 'Bản sao các giấy tờ có thông tin khai sinh do cơ quan có thẩm quyền của Việt Nam cấp hợp lệ: căn cước/CMND, hộ chiếu, giấy tờ cư trú, học bạ, bằng tốt nghiệp, lý lịch đảng viên, giấy tờ khác',
          originals: 0,
          copies: 1,
          required: true,
        },
        {
          key: 'xac-nhan-co-quan',
          name: 'Văn bản xác nhận của thủ trưởng cơ quan, đơn vị về nội dung khai sinh (cán bộ, công chức, viên chức, người trong lực lượng vũ trang), trừ khi khai thác được dữ liệu',
          originals: 1,
          copies: 0,
          required: false,
        },
        authorization,
        identity,
      ],
    },
  ],
  conditions: [
    'Việc khai sinh đã đăng ký tại cơ quan có thẩm quyền của Việt Nam trước ngày 01/01/2016 nhưng Sổ hộ tịch và bản chính Giấy khai sinh đều bị mất.',
    'Người yêu cầu phải nộp đủ bản sao các giấy tờ hiện có và cam đoan; chịu trách nhiệm về việc cam đoan không đúng sự thật.',
  ],
  legalBasis: [
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
      code: '85/2019/TT-BTC',
      name: 'Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của HĐND cấp tỉnh',
    },
  ],
  results: [{ code: 'KQ.G15.000031', name: 'Giấy khai sinh (đăng ký lại)' }],
  keywords: [
    'đăng ký lại khai sinh',
    'làm lại giấy khai sinh',
    'mất giấy khai sinh',
    'khai sinh lại',
    'giấy khai sinh bị mất',
    'cấp lại giấy khai sinh',
  ],
  uncertainties: [
    'Lệ phí do HĐND tỉnh Tây Ninh quy định: số tiền 5.000 đồng là giá trị minh họa.',
    'NĐ 18/2026/NĐ-CP sửa Điều 24, 26, 27 NĐ 123/2015 (đăng ký lại): nội dung mới chưa đọc.',
    'Thẩm quyền và điều kiện (đăng ký trước 01/01/2016, mất cả Sổ và bản chính) ghi theo NĐ 123/2015 Điều 24–25 (theo trí nhớ).',
    'Giấy khai sinh đăng ký lại có ghi chú "đăng ký lại" hay không: chưa xác minh.',
  ],
  source: 'CSDL quốc gia về TTHC (18/07/2026), mã 1.004884, công bố theo QĐ 163/QĐ-BTP; NĐ 123/2015/NĐ-CP Điều 24–26.',
};
