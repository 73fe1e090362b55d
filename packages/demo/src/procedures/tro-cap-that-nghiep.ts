import type { Fee, ProcedureDefinition, ProcessingTime } from '@motcua/contracts';

const twentyDays: ProcessingTime = {
  value: 20,
  unit: 'days',
  text: 'Quyết định hưởng trợ cấp thất nghiệp trong 20 ngày kể từ ngày nhận đủ hồ sơ (quy định trước Luật Việc làm 2025); thời gian chờ 10 ngày làm việc, hưởng trợ cấp từ ngày làm việc thứ 11.',
};

const fee: Fee = { amount: 0, text: 'Không thu phí, lệ phí.' };

export const troCapThatNghiep: ProcedureDefinition = {
  code: '1.014748',
  name: 'Hưởng trợ cấp thất nghiệp (Cấp tỉnh)',
  field: { name: 'Việc làm' },
  level: 'province',
  authority: 'Sở Nội vụ tỉnh Tây Ninh (Trung tâm Dịch vụ việc làm tiếp nhận hồ sơ); Ủy ban nhân dân tỉnh.',
  unitEids: ['000.00.00.H53', '000.00.04.H53'],
  subjects: ['Công dân Việt Nam'],
  steps: [
    'Người lao động nộp đề nghị hưởng trợ cấp thất nghiệp tại Trung tâm Dịch vụ việc làm hoặc trực tuyến trong thời hạn 03 tháng kể từ ngày chấm dứt hợp đồng lao động.',
    'Trung tâm Dịch vụ việc làm kiểm tra hồ sơ, khai thác dữ liệu đóng bảo hiểm thất nghiệp, trình quyết định.',
    'Cơ quan có thẩm quyền ban hành quyết định hưởng trợ cấp thất nghiệp; cơ quan bảo hiểm xã hội chi trả; người lao động thông báo tìm kiếm việc làm hằng tháng.',
  ],
  processingTime: twentyDays,
  fee,
  channels: [
    { channel: 'counter', processingTime: twentyDays, fee },
    {
      channel: 'online',
      processingTime: twentyDays,
      fee,
      note: 'Nộp qua Cổng Dịch vụ công quốc gia hoặc ứng dụng VssID.',
    },
    { channel: 'postal', processingTime: twentyDays, fee },
  ],
  onlineLevel: 'partial',
  cases: [
    {
      key: 'thong-thuong',
      name: 'Người lao động chấm dứt hợp đồng lao động, hợp đồng làm việc',
      documents: [
        {
          key: 'de-nghi-huong-tctn',
          name: 'Đề nghị hưởng trợ cấp thất nghiệp theo mẫu',
          originals: 1,
          copies: 0,
          required: true,
        },
        {
          key: 'giay-to-cham-dut-hdld',
          name: 'Bản chính hoặc bản sao có chứng thực giấy tờ xác nhận chấm dứt hợp đồng lao động/hợp đồng làm việc (quyết định thôi việc, thông báo chấm dứt, hợp đồng đã hết hạn…)',
          originals: 1,
          copies: 0,
          required: true,
        },
        {
          key: 'so-bhxh',
          name: 'Sổ bảo hiểm xã hội, chỉ khi không khai thác được dữ liệu đóng bảo hiểm thất nghiệp',
          originals: 1,
          copies: 0,
          required: false,
        },
      ],
    },
  ],
  conditions: [
    'Đã chấm dứt hợp đồng lao động/hợp đồng làm việc (trừ trường hợp đơn phương chấm dứt trái pháp luật, hưởng lương hưu).',
    'Đã đóng bảo hiểm thất nghiệp đủ thời gian theo quy định; nộp hồ sơ trong 03 tháng kể từ ngày chấm dứt hợp đồng; chưa tìm được việc làm.',
    'Mức hưởng hằng tháng bằng 60% bình quân tiền lương đóng bảo hiểm thất nghiệp của 06 tháng gần nhất, tối đa 05 lần lương tối thiểu vùng; đóng 12–36 tháng được hưởng 03 tháng, thêm mỗi 12 tháng được thêm 01 tháng, tối đa 12 tháng.',
  ],
  legalBasis: [
    { code: '74/2025/QH15', name: 'Luật Việc làm (hiệu lực 01/01/2026)' },
    {
      code: '374/2025/NĐ-CP',
      name: 'Nghị định quy định chi tiết Luật Việc làm về bảo hiểm thất nghiệp (thay thế Nghị định 28/2015/NĐ-CP)',
    },
  ],
  results: [{ name: 'Quyết định về việc hưởng trợ cấp thất nghiệp' }],
  keywords: [
    'trợ cấp thất nghiệp',
    'bảo hiểm thất nghiệp',
    'bhtn',
    'lãnh thất nghiệp',
    'nhận tiền thất nghiệp',
    'mất việc',
    'nghỉ việc lãnh bảo hiểm',
  ],
  uncertainties: [
    'Thời hạn 20 ngày là quy định của Luật Việc làm 2013; thời hạn ra quyết định theo Luật Việc làm 74/2025/QH15 và NĐ 374/2025/NĐ-CP chưa xác minh.',
    'Chưa có bản ghi đầy đủ của CSDL cho mã 1.014748: thành phần hồ sơ, mẫu đề nghị và người ký quyết định (Giám đốc Sở Nội vụ hay Chủ tịch UBND tỉnh) ghi theo quy định trước đây.',
    'Kênh bưu chính và nộp qua VssID ghi theo trí nhớ.',
    'Điều kiện thời gian đóng bảo hiểm thất nghiệp theo Luật Việc làm 2025 chưa đối chiếu (chỉ ghi "đủ thời gian").',
  ],
  source:
    'CSDL quốc gia về TTHC (18/07/2026), danh mục, mã 1.014748 (Bộ Nội vụ; UBND tỉnh, Sở Nội vụ); Luật Việc làm 74/2025/QH15; NĐ 374/2025/NĐ-CP.',
};
