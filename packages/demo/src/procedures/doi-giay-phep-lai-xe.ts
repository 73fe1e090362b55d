import type { Fee, ProcedureDefinition, ProcessingTime } from '@motcua/contracts';
import { doiGiayPhepLaiXeForm } from './doi-giay-phep-lai-xe.form.ts';

const fiveDays: ProcessingTime = {
  value: 5,
  unit: 'working_days',
  text: 'Không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; hồ sơ thiếu được thông báo trong 02 ngày làm việc.',
};

const counterFee: Fee = {
  amount: 135_000,
  text: 'Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần (mức của Thông tư 37/2023/TT-BTC; nay quy định tại Thông tư 154/2025/TT-BTC).',
};

const onlineFee: Fee = {
  amount: 115_000,
  text: 'Nộp trực tuyến: 115.000 đồng/lần (mức giảm khi thực hiện dịch vụ công trực tuyến; Thông tư 154/2025/TT-BTC).',
};

export const doiGiayPhepLaiXe: ProcedureDefinition = {
  code: '3.000347',
  name: 'Đổi giấy phép lái xe',
  field: { name: 'Sát hạch, cấp giấy phép lái xe' },
  level: 'province',
  authority:
    'Phòng Cảnh sát giao thông Công an tỉnh Tây Ninh; Công an cấp xã là điểm tiếp nhận hồ sơ (từ 01/3/2025, thay Sở Giao thông vận tải).',
  unitEids: ['000.00.00.H53', '000.00.05.H53'],
  subjects: ['Công dân Việt Nam', 'Người nước ngoài', 'Người Việt Nam định cư ở nước ngoài'],
  steps: [
    'Người đề nghị nộp hồ sơ trực tuyến trên VNeID/Cổng Dịch vụ công hoặc trực tiếp tại điểm tiếp nhận của Công an.',
    'Cơ quan Công an kiểm tra hồ sơ, đối chiếu dữ liệu giấy phép lái xe, giấy khám sức khỏe và vi phạm giao thông chưa giải quyết; hồ sơ thiếu thì thông báo trong 02 ngày làm việc.',
    'In và trả giấy phép lái xe mới (thẻ PET, đồng thời tích hợp trên VNeID) trực tiếp hoặc qua bưu chính.',
  ],
  processingTime: fiveDays,
  fee: counterFee,
  channels: [
    {
      channel: 'online',
      processingTime: fiveDays,
      fee: onlineFee,
      note: 'Toàn trình qua VNeID hoặc Cổng Dịch vụ công; nhận kết quả qua bưu chính.',
    },
    { channel: 'counter', processingTime: fiveDays, fee: counterFee },
  ],
  onlineLevel: 'full',
  cases: [
    {
      key: 'gplx-viet-nam',
      name: 'Đổi giấy phép lái xe do cơ quan có thẩm quyền của Việt Nam cấp',
      documents: [
        {
          key: 'don-de-nghi',
          filledByForm: true,
          name: 'Đơn đề nghị đổi giấy phép lái xe (tờ khai điện tử trên VNeID/Cổng Dịch vụ công hoặc mẫu giấy)',
          originals: 1,
          copies: 0,
          required: true,
        },
        {
          key: 'giay-kham-suc-khoe',
          name: 'Giấy khám sức khỏe của người lái xe (Thông tư 36/2024/TT-BYT) đối với hạng giấy phép có yêu cầu; không nộp bản giấy nếu cơ sở y tế đã liên thông dữ liệu',
          originals: 1,
          copies: 0,
          required: false,
        },
        {
          key: 'gplx-dang-co',
          name: 'Giấy phép lái xe đang có (nộp lại khi nhận giấy phép mới, trừ trường hợp đã tích hợp dữ liệu)',
          originals: 1,
          copies: 0,
          required: true,
          presentOnly: true,
        },
      ],
    },
  ],
  conditions: [
    'Giấy phép lái xe có trong hệ thống dữ liệu của cơ quan Công an, không bị tẩy xóa, không đang bị tạm giữ hoặc tước quyền sử dụng.',
    'Không có vi phạm hành chính về giao thông đường bộ chưa chấp hành xong.',
    'Không phải nộp giấy tờ cư trú hoặc Phiếu lý lịch tư pháp: cơ quan tự khai thác dữ liệu.',
  ],
  legalBasis: [
    { code: '36/2024/QH15', name: 'Luật Trật tự, an toàn giao thông đường bộ' },
    {
      code: '12/2025/TT-BCA',
      name: 'Thông tư quy định về sát hạch, cấp giấy phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế',
    },
    {
      code: '36/2024/TT-BYT',
      name: 'Thông tư quy định về tiêu chuẩn sức khỏe, việc khám sức khỏe đối với người lái xe',
    },
    {
      code: '154/2025/TT-BTC',
      name: 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý lệ phí cấp giấy phép lái xe',
    },
  ],
  results: [{ name: 'Giấy phép lái xe (thẻ PET) và giấy phép lái xe điện tử trên VNeID' }],
  keywords: [
    'bằng lái',
    'gplx',
    'đổi bằng lái',
    'đổi bằng lái xe',
    'bằng lái hết hạn',
    'đổi bằng lái xe ô tô',
    'đổi bằng giấy sang thẻ',
    'đổi gplx online',
  ],
  form: doiGiayPhepLaiXeForm,
  uncertainties: [
    'Chưa có bản ghi đầy đủ của CSDL cho mã 3.000347: thời hạn 05 ngày làm việc và mức 115.000 đồng trực tuyến lấy từ văn bản của một tỉnh trích DVCQG.',
    'Lệ phí 135.000 đồng là mức của Thông tư 37/2023/TT-BTC; chưa đọc mức mới tại Thông tư 154/2025/TT-BTC. NQ 66.22/2026/NQ-CP dự kiến 0 đồng cho "công dân số" từ 15/8/2026.',
    'Thông tư 12/2025/TT-BCA đang được thay bằng Thông tư 108/2026/TT-BCA: có thể thay đổi hồ sơ, thời hạn.',
    'Danh sách hạng không phải nộp giấy khám sức khỏe trong e-form (A1, A, A2, A3) là suy luận, cần đối chiếu thông tư.',
    'Tên trích yếu của Thông tư 12/2025/TT-BCA, 36/2024/TT-BYT, 154/2025/TT-BTC ghi tóm tắt, chưa đối chiếu nguyên văn.',
    'Công an cấp xã cũng là điểm tiếp nhận theo danh mục CSDL; hợp đồng dữ liệu không thể hiện được thủ tục vừa cấp tỉnh vừa cấp xã.',
  ],
  source:
    'CSDL quốc gia về TTHC (18/07/2026), danh mục, mã 3.000347 (Bộ Công an); Luật Trật tự, an toàn giao thông đường bộ 2024; Thông tư 12/2025/TT-BCA.',
};
