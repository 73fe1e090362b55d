import type { DocumentRequirement, Fee, ProcedureDefinition, ProcessingTime } from '@motcua/contracts';
import { lyLichTuPhapForm } from './ly-lich-tu-phap.form.ts';

// Luật Lý lịch tư pháp Điều 48: calendar days.
const tenDays: ProcessingTime = {
  value: 10,
  unit: 'days',
  text: 'Không quá 10 ngày kể từ ngày nhận yêu cầu hợp lệ; không quá 15 ngày đối với người đã cư trú ở nhiều tỉnh, thành phố, người nước ngoài, người đã cư trú ở nước ngoài, hoặc trường hợp phải xác minh điều kiện đương nhiên được xóa án tích.',
};

const fee: Fee = {
  amount: 200_000,
  text: 'Phí cung cấp thông tin lý lịch tư pháp: 200.000 đồng/lần/người; sinh viên, người có công với cách mạng, thân nhân liệt sĩ: 100.000 đồng/lần/người; từ Phiếu thứ 3 trở đi trong cùng một lần yêu cầu: thêm 5.000 đồng/Phiếu. Miễn phí cho trẻ em, người cao tuổi, người khuyết tật, người thuộc hộ nghèo, người cư trú tại xã đặc biệt khó khăn, xã biên giới (mức của Thông tư 244/2016/TT-BTC; nay áp dụng Thông tư 16/2025/TT-BTC).',
};

const requestForm: DocumentRequirement = {
  key: 'to-khai',
  filledByForm: true,
  name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (trực tuyến: tờ khai điện tử trên VNeID/Cổng Dịch vụ công; gửi qua bưu chính: tờ khai có chứng thực chữ ký)',
  originals: 1,
  copies: 0,
  required: true,
};

const identity: DocumentRequirement = {
  key: 'giay-to-tuy-than',
  name: 'Thẻ căn cước/căn cước công dân hoặc hộ chiếu của người được cấp Phiếu (chỉ cần số định danh nếu tra cứu được trong CSDL quốc gia về dân cư)',
  originals: 1,
  copies: 0,
  required: true,
  presentOnly: true,
};

const feeExemptionProof: DocumentRequirement = {
  key: 'giay-to-mien-giam-phi',
  name: 'Giấy tờ chứng minh thuộc diện miễn, giảm phí (nếu có và thông tin chưa có trong CSDL)',
  originals: 0,
  copies: 1,
  required: false,
};

export const lyLichTuPhap: ProcedureDefinition = {
  code: '3.000333',
  name: 'Cấp Phiếu Lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam, người Việt Nam đang cư trú ở nước ngoài',
  field: { name: 'Lý lịch tư pháp' },
  level: 'province',
  authority:
    'Công an tỉnh Tây Ninh (từ 01/7/2026, thay Sở Tư pháp); Cục Hồ sơ nghiệp vụ - Bộ Công an đối với một số trường hợp người nước ngoài, người Việt Nam cư trú ở nước ngoài.',
  unitEids: ['000.00.00.H53', '000.00.05.H53'],
  subjects: ['Công dân Việt Nam', 'Người nước ngoài cư trú tại Việt Nam', 'Người Việt Nam định cư ở nước ngoài'],
  steps: [
    'Người yêu cầu nộp tờ khai trực tuyến trên VNeID/Cổng Dịch vụ công, trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua bưu chính; mỗi loại Phiếu một tờ khai.',
    'Công an tỉnh tra cứu, xác minh thông tin lý lịch tư pháp trong CSDL và với các cơ quan liên quan.',
    'Lập và cấp Phiếu lý lịch tư pháp số 1 hoặc số 2 (bản điện tử trên VNeID/Cổng Dịch vụ công, hoặc bản giấy trả trực tiếp, qua bưu chính).',
  ],
  processingTime: tenDays,
  fee,
  channels: [
    {
      channel: 'online',
      processingTime: tenDays,
      fee,
      note: 'Toàn trình qua VNeID hoặc Cổng Dịch vụ công quốc gia; Phiếu điện tử có giá trị như Phiếu giấy.',
    },
    { channel: 'counter', processingTime: tenDays, fee },
    { channel: 'postal', processingTime: tenDays, fee, note: 'Tờ khai phải được chứng thực chữ ký.' },
  ],
  onlineLevel: 'full',
  cases: [
    {
      key: 'phieu-so-1-tu-yeu-cau',
      name: 'Cá nhân yêu cầu cấp Phiếu lý lịch tư pháp số 1 cho mình',
      documents: [requestForm, identity, feeExemptionProof],
    },
    {
      key: 'phieu-so-1-uy-quyen',
      name: 'Ủy quyền cho người khác làm thủ tục yêu cầu cấp Phiếu lý lịch tư pháp số 1',
      documents: [
        requestForm,
        {
          key: 'van-ban-uy-quyen',
          name: 'Văn bản ủy quyền được công chứng hoặc chứng thực (không cần nếu người được ủy quyền là cha, mẹ, vợ, chồng, con của người ủy quyền)',
          originals: 1,
          copies: 0,
          required: false,
        },
        {
          ...identity,
          name: 'Giấy tờ tùy thân của người được ủy quyền và thông tin giấy tờ tùy thân của người ủy quyền',
        },
        feeExemptionProof,
      ],
    },
    {
      key: 'phieu-so-2',
      name: 'Cá nhân yêu cầu cấp Phiếu lý lịch tư pháp số 2 cho mình (không được ủy quyền)',
      documents: [requestForm, identity, feeExemptionProof],
    },
  ],
  conditions: [
    'Phiếu số 2 chỉ cấp cho chính người yêu cầu, không được ủy quyền (Luật Lý lịch tư pháp Điều 46).',
    'Từ 01/7/2026, cơ quan, tổ chức không được yêu cầu cá nhân cung cấp Phiếu số 2; chỉ yêu cầu Phiếu số 1 khi luật, nghị định có quy định.',
  ],
  legalBasis: [
    {
      code: '28/2009/QH12',
      name: 'Luật Lý lịch tư pháp (sửa đổi, bổ sung năm 2020 và ngày 05/12/2025, hiệu lực 01/7/2026)',
    },
    {
      code: '216/2026/NĐ-CP',
      name: 'Nghị định quy định chi tiết Luật Lý lịch tư pháp (thay thế Nghị định 111/2010/NĐ-CP)',
    },
    {
      code: '16/2025/TT-BTC',
      name: 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý phí cung cấp thông tin lý lịch tư pháp',
    },
    {
      code: '132/QĐ-TTg',
      name: 'Quyết định ngày 19/01/2026 ban hành Kế hoạch triển khai Luật sửa đổi, bổ sung Luật Lý lịch tư pháp',
    },
  ],
  results: [{ name: 'Phiếu lý lịch tư pháp số 1 hoặc số 2 (bản điện tử hoặc bản giấy)' }],
  keywords: [
    'lltp',
    'lý lịch',
    'phiếu lý lịch',
    'lý lịch tư pháp',
    'xin lý lịch tư pháp',
    'giấy không tiền án',
    'phiếu số 1',
    'phiếu số 2',
    'lý lịch đi xuất khẩu lao động',
  ],
  form: lyLichTuPhapForm,
  uncertainties: [
    'Việc Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hồ sơ lý lịch tư pháp sau khi chuyển sang Công an tỉnh (01/7/2026) cần xác nhận; Công an tỉnh có thể tiếp nhận tại trụ sở riêng.',
    'Mức phí 200.000/100.000 đồng là mức của Thông tư 244/2016/TT-BTC; chưa xác minh Thông tư 16/2025/TT-BTC có giữ nguyên hay không. NQ 66.22/2026/NQ-CP dự kiến 0 đồng cho "công dân số" từ 15/8/2026.',
    'Mã 3.000333 (Bộ Công an) dùng chung cho Phiếu số 1 và số 2; không tìm thấy mã riêng cho từng loại Phiếu. Mã cũ của Bộ Tư pháp (2.000488) không còn trong danh mục 2026.',
    'Chưa rõ Luật sửa đổi 2025 có thay đổi thời hạn Điều 48 (10/15 ngày) hay không.',
    'Quy tắc "Phiếu số 2 không được ủy quyền" ghi theo trí nhớ (Luật Lý lịch tư pháp Điều 45–46); có thể có ngoại lệ chưa thể hiện trong tờ khai.',
    'Thành phần hồ sơ lấy theo NĐ 216/2026/NĐ-CP Điều 22 từ bản chép lại của bên thứ ba, chưa đối chiếu bản gốc.',
  ],
  source:
    'CSDL quốc gia về TTHC (18/07/2026), danh mục, mã 3.000333; Luật Lý lịch tư pháp 2009 Điều 45–48; NĐ 216/2026/NĐ-CP Điều 22, 25; Thông tư 244/2016/TT-BTC.',
};
