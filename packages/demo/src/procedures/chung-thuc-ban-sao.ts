import type { Fee, ProcedureDefinition, ProcessingTime } from '@motcua/contracts';

// NĐ 23/2015/NĐ-CP Điều 7.
const sameDay: ProcessingTime = {
  value: 0,
  unit: 'working_days',
  cutoffTime: '15:00',
  text: 'Trong ngày tiếp nhận hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ; yêu cầu chứng thực với số lượng lớn, văn bản nhiều trang, nội dung phức tạp thì được kéo dài không quá 02 ngày làm việc hoặc lâu hơn theo thỏa thuận bằng văn bản với người yêu cầu (NĐ 23/2015/NĐ-CP Điều 7).',
};

const fee: Fee = {
  amount: 2_000,
  text: '2.000 đồng/trang đối với trang thứ nhất và thứ hai; từ trang thứ ba trở lên 1.000 đồng/trang; tối đa không quá 200.000 đồng/bản. Số trang tính theo số trang của bản chính (Thông tư 226/2016/TT-BTC Điều 4).',
};

export const chungThucBanSao: ProcedureDefinition = {
  code: '2.000815',
  name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam; cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận',
  field: { name: 'Chứng thực' },
  level: 'commune',
  authority:
    'Ủy ban nhân dân cấp xã; tổ chức hành nghề công chứng; Cơ quan đại diện ngoại giao, lãnh sự của Việt Nam ở nước ngoài.',
  unitEids: [],
  subjects: [
    'Công dân Việt Nam',
    'Người Việt Nam định cư ở nước ngoài',
    'Doanh nghiệp',
    'Hợp tác xã',
    'Tổ chức (không bao gồm doanh nghiệp, HTX)',
    'Cán bộ, công chức, viên chức',
  ],
  steps: [
    'Người yêu cầu xuất trình bản chính (hoặc bản sao có chứng thực từ bản chính) và bản sao cần chứng thực tại Bộ phận Một cửa cấp xã.',
    'Người thực hiện chứng thực kiểm tra bản chính, đối chiếu với bản sao; bản chính thuộc trường hợp không được chứng thực thì từ chối và giải thích lý do.',
    'Người có thẩm quyền ghi lời chứng, ký, đóng dấu vào bản sao; ghi Sổ chứng thực; thu phí và trả bản sao có chứng thực.',
  ],
  processingTime: sameDay,
  fee,
  channels: [
    { channel: 'counter', processingTime: sameDay, fee, note: 'Người yêu cầu phải mang theo bản chính để đối chiếu.' },
  ],
  onlineLevel: 'info',
  cases: [
    {
      key: 'giay-to-viet-nam',
      name: 'Giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
      documents: [
        {
          key: 'ban-chinh',
          name: 'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao, hoặc bản sao có chứng thực từ bản chính',
          originals: 1,
          copies: 0,
          required: true,
          presentOnly: true,
        },
        {
          key: 'ban-sao-can-chung-thuc',
          name: 'Bản sao cần chứng thực (người yêu cầu tự chụp; nếu không có thì cơ quan chụp và thu chi phí)',
          originals: 0,
          copies: 1,
          required: true,
        },
      ],
    },
    {
      key: 'giay-to-nuoc-ngoai',
      name: 'Giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận',
      documents: [
        {
          key: 'ban-chinh-hop-phap-hoa',
          name: 'Bản chính giấy tờ, văn bản đã được hợp pháp hóa lãnh sự (trừ trường hợp được miễn theo điều ước quốc tế hoặc nguyên tắc có đi có lại)',
          originals: 1,
          copies: 0,
          required: true,
          presentOnly: true,
        },
        {
          key: 'ban-sao-can-chung-thuc',
          name: 'Bản sao cần chứng thực',
          originals: 0,
          copies: 1,
          required: true,
        },
      ],
    },
  ],
  conditions: [
    'Không chứng thực bản sao từ bản chính bị tẩy xóa, sửa chữa, thêm bớt nội dung không hợp lệ; bị hư hỏng, cũ nát không xác định được nội dung; đóng dấu mật hoặc ghi rõ không được sao chụp; có nội dung trái pháp luật, đạo đức xã hội.',
  ],
  legalBasis: [
    {
      code: '23/2015/NĐ-CP',
      name: 'Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch',
    },
    {
      code: '07/2025/NĐ-CP',
      name: 'Nghị định sửa đổi, bổ sung một số điều của các nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực',
    },
    {
      code: '01/2020/TT-BTP',
      name: 'Thông tư quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định 23/2015/NĐ-CP',
    },
    { code: '226/2016/TT-BTC', name: 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực' },
  ],
  results: [{ name: 'Bản sao có chứng thực' }],
  keywords: [
    'công chứng',
    'sao y',
    'sao y bản chính',
    'photo công chứng',
    'chứng thực bản sao',
    'công chứng giấy tờ',
    'sao y cccd',
  ],
  uncertainties: [
    'Chưa có bản ghi đầy đủ của CSDL cho mã 2.000815: thời hạn, phí và thành phần hồ sơ ghi theo NĐ 23/2015/NĐ-CP và Thông tư 226/2016/TT-BTC.',
    'Thủ tục chứng thực bản sao điện tử từ bản chính (NĐ 45/2020/NĐ-CP) là thủ tục khác, chưa đưa vào danh mục demo; kênh trực tuyến để "info".',
    'Số điều và tên Thông tư 01/2020/TT-BTP ghi theo trí nhớ.',
  ],
  source:
    'CSDL quốc gia về TTHC (18/07/2026), danh mục, mã 2.000815; NĐ 23/2015/NĐ-CP Điều 7; Thông tư 226/2016/TT-BTC Điều 4.',
};
