import type { Fee, ProcedureDefinition, ProcessingTime } from '@motcua/contracts';

const sevenDays: ProcessingTime = {
  value: 7,
  unit: 'working_days',
  text: '07 ngày làm việc đối với nhà ở riêng lẻ (10 ngày làm việc đối với công trình khác) kể từ ngày nhận đủ hồ sơ hợp lệ. Hồ sơ cần bổ sung: cơ quan thông báo một lần trong thời hạn thẩm định.',
};

const fee: Fee = {
  amount: 75_000,
  text: 'Lệ phí cấp giấy phép xây dựng theo quy định của HĐND tỉnh Tây Ninh.',
};

export const giayPhepXayDung: ProcedureDefinition = {
  code: '1.013225',
  name: 'Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV (Công trình không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ',
  field: { code: 'G17-XD11', name: 'Hoạt động xây dựng' },
  level: 'commune',
  decisionNo: '1077/QĐ-BXD',
  authority:
    'Ủy ban nhân dân cấp xã nơi xây dựng công trình (từ 01/7/2025, thay UBND cấp huyện, theo NĐ 140/2025/NĐ-CP).',
  unitEids: [],
  subjects: [
    'Công dân Việt Nam',
    'Doanh nghiệp',
    'Doanh nghiệp có vốn đầu tư nước ngoài',
    'Tổ chức (không bao gồm doanh nghiệp, HTX)',
  ],
  steps: [
    'Chủ đầu tư nộp hồ sơ tại Bộ phận Một cửa cấp xã, qua bưu chính hoặc trực tuyến.',
    'Cơ quan cấp phép kiểm tra hồ sơ, thẩm định và kiểm tra thực địa trong 07 ngày làm việc; hồ sơ cần bổ sung thì thông báo một lần.',
    'Chủ tịch UBND cấp xã cấp giấy phép xây dựng kèm hồ sơ thiết kế có đóng dấu; không cấp thì trả lời bằng văn bản nêu rõ lý do.',
  ],
  processingTime: sevenDays,
  fee,
  channels: [
    { channel: 'counter', processingTime: sevenDays, fee },
    { channel: 'online', processingTime: sevenDays, fee },
    { channel: 'postal', processingTime: sevenDays, fee },
  ],
  onlineLevel: 'partial',
  cases: [
    {
      key: 'nha-o-rieng-le',
      name: 'Nhà ở riêng lẻ của hộ gia đình, cá nhân',
      documents: [
        {
          key: 'don-de-nghi',
          name: 'Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 1 Phụ lục II Nghị định 175/2024/NĐ-CP)',
          originals: 1,
          copies: 1,
          required: true,
        },
        {
          key: 'giay-to-dat-dai',
          name: 'Một trong những giấy tờ hợp pháp về đất đai theo Điều 53 Nghị định 175/2024/NĐ-CP (Giấy chứng nhận quyền sử dụng đất…); được thay bằng dữ liệu khi CSDL quốc gia về đất đai vận hành',
          originals: 1,
          copies: 1,
          required: true,
        },
        {
          key: 'ban-ve-thiet-ke',
          name: '02 bộ bản vẽ thiết kế xây dựng: mặt bằng vị trí công trình trên lô đất, mặt bằng các tầng, mặt đứng, mặt cắt chính; mặt bằng móng và sơ đồ đấu nối hạ tầng kỹ thuật',
          originals: 2,
          copies: 0,
          required: true,
        },
        {
          key: 'ket-qua-pccc',
          name: 'Kết quả thực hiện thủ tục về phòng cháy, chữa cháy (trường hợp pháp luật PCCC yêu cầu)',
          originals: 1,
          copies: 0,
          required: false,
        },
        {
          key: 'bao-cao-tham-tra',
          name: 'Báo cáo kết quả thẩm tra thiết kế xây dựng (trường hợp pháp luật xây dựng yêu cầu)',
          originals: 1,
          copies: 0,
          required: false,
        },
        {
          key: 'cam-ket-an-toan-lien-ke',
          name: 'Văn bản cam kết bảo đảm an toàn đối với công trình liền kề (công trình xây chen có tầng hầm)',
          originals: 1,
          copies: 0,
          required: false,
        },
      ],
    },
  ],
  conditions: [
    'Phù hợp mục đích sử dụng đất theo quy hoạch sử dụng đất được phê duyệt; phù hợp quy hoạch chi tiết xây dựng, quy chế quản lý kiến trúc (nếu có).',
    'Bảo đảm an toàn cho công trình, công trình lân cận và yêu cầu về bảo vệ môi trường, phòng cháy, chữa cháy.',
  ],
  legalBasis: [
    { code: '50/2014/QH13', name: 'Luật Xây dựng' },
    { code: '62/2020/QH14', name: 'Luật sửa đổi, bổ sung một số điều của Luật Xây dựng' },
    {
      code: '175/2024/NĐ-CP',
      name: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng',
    },
    {
      code: '105/2025/NĐ-CP',
      name: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ',
    },
    {
      code: '140/2025/NĐ-CP',
      name: 'Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Xây dựng',
    },
    {
      code: '144/2025/NĐ-CP',
      name: 'Nghị định quy định về phân quyền, phân cấp trong lĩnh vực quản lý nhà nước của Bộ Xây dựng',
    },
    {
      code: '14/2026/NĐ-CP',
      name: 'Nghị định sửa đổi, bổ sung một số điều của các nghị định để cắt giảm, đơn giản hóa thủ tục hành chính',
    },
    {
      code: '66.18/2026/NQ-CP',
      name: 'Nghị quyết về phân quyền, cắt giảm, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh',
    },
  ],
  results: [
    { code: 'KQ.G17.000311', name: 'Giấy phép xây dựng kèm theo hồ sơ thiết kế có đóng dấu của cơ quan cấp giấy phép' },
  ],
  keywords: [
    'giấy phép xây dựng',
    'xin phép xây nhà',
    'gpxd',
    'xây nhà',
    'phép xây dựng',
    'xin giấy phép xây dựng nhà ở',
    'cất nhà',
  ],
  uncertainties: [
    'Lệ phí do HĐND tỉnh Tây Ninh quy định: số tiền 75.000 đồng/giấy phép là giá trị minh họa, cần cập nhật theo Nghị quyết HĐND tỉnh.',
    'Một trường hợp DVC trực tuyến cũ trong CSDL còn ghi 20 ngày; mẫu đơn trong bản ghi CSDL bị ghi nhầm là "giấy phép sửa chữa, cải tạo".',
    'Luật Xây dựng mới (2025) chưa có trong căn cứ pháp lý của bản ghi CSDL: chưa xác minh hiệu lực và thay đổi về giấy phép.',
    'Thủ tục chung cho công trình cấp III, IV và nhà ở riêng lẻ: danh mục demo chỉ ghi trường hợp nhà ở riêng lẻ (mục 1.7 của bản ghi CSDL).',
  ],
  source:
    'CSDL quốc gia về TTHC (18/07/2026), mã 1.013225, công bố theo QĐ 1077/QĐ-BXD; NĐ 175/2024/NĐ-CP Điều 53 và Phụ lục II.',
};
