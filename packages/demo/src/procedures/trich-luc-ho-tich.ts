import type { Fee, ProcedureDefinition, ProcessingTime } from '@motcua/contracts';
import { trichLucHoTichForm } from './trich-luc-ho-tich.form.ts';

// Luật Hộ tịch Điều 64(2): issued immediately; after 15:00 → next working day (CSDL record).
const sameDay: ProcessingTime = {
  value: 0,
  unit: 'working_days',
  cutoffTime: '15:00',
  text: 'Ngay khi nhận đủ hồ sơ hợp lệ; hồ sơ nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.',
};

const fee: Fee = {
  amount: 8_000,
  text: 'Phí cấp bản sao trích lục hộ tịch: 8.000 đồng/bản sao/sự kiện hộ tịch đã đăng ký (Thông tư 281/2016/TT-BTC Điều 4).',
};

export const trichLucHoTich: ProcedureDefinition = {
  code: '2.000635',
  name: 'Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh',
  field: { code: 'G15-TP07', name: 'Hộ tịch' },
  level: 'commune',
  decisionNo: '163/QĐ-BTP',
  authority:
    'Cơ quan quản lý Cơ sở dữ liệu hộ tịch điện tử: Ủy ban nhân dân cấp xã, Sở Tư pháp (Luật Hộ tịch Điều 63–64). Người dân có thể yêu cầu tại bất kỳ UBND cấp xã nào khai thác được dữ liệu hộ tịch điện tử.',
  unitEids: [],
  subjects: ['Công dân Việt Nam', 'Tổ chức (không bao gồm doanh nghiệp, HTX)'],
  steps: [
    'Cá nhân nộp Tờ khai (tổ chức nộp văn bản yêu cầu nêu rõ lý do) trực tiếp, qua bưu chính hoặc trực tuyến.',
    'Cán bộ tiếp nhận kiểm tra; công chức tư pháp - hộ tịch tra cứu Sổ hộ tịch, CSDL hộ tịch điện tử.',
    'Người có thẩm quyền ký bản sao trích lục hộ tịch/bản sao Giấy khai sinh; trả kết quả ngay trong ngày.',
  ],
  processingTime: sameDay,
  fee,
  channels: [
    { channel: 'counter', processingTime: sameDay, fee },
    {
      channel: 'online',
      processingTime: sameDay,
      fee,
      note: 'Mẫu điện tử tương tác yêu cầu cấp bản sao; có thể nhận bản sao điện tử.',
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
      key: 'ca-nhan',
      name: 'Cá nhân yêu cầu',
      documents: [
        {
          key: 'to-khai',
          filledByForm: true,
          name: 'Tờ khai đề nghị cấp bản sao trích lục hộ tịch theo mẫu, hoặc mẫu điện tử tương tác',
          originals: 1,
          copies: 0,
          required: true,
        },
        {
          key: 'van-ban-uy-quyen',
          name: 'Văn bản ủy quyền theo quy định, nếu ủy quyền (không cần chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột)',
          originals: 1,
          copies: 0,
          required: false,
        },
        {
          key: 'giay-to-tuy-than',
          name: 'Giấy tờ tùy thân có ảnh còn giá trị của người yêu cầu (chỉ cần cung cấp số định danh nếu tra cứu được)',
          originals: 1,
          copies: 0,
          required: true,
          presentOnly: true,
        },
      ],
    },
    {
      key: 'co-quan-to-chuc',
      name: 'Cơ quan, tổ chức yêu cầu',
      documents: [
        {
          key: 'van-ban-yeu-cau',
          name: 'Văn bản yêu cầu cấp bản sao trích lục hộ tịch, nêu rõ lý do',
          originals: 1,
          copies: 0,
          required: true,
        },
      ],
    },
  ],
  conditions: [
    'Sự kiện hộ tịch đã được đăng ký tại cơ quan có thẩm quyền của Việt Nam và còn lưu trong Sổ hộ tịch hoặc CSDL hộ tịch điện tử.',
  ],
  legalBasis: [
    { code: '60/2014/QH13', name: 'Luật Hộ tịch' },
    { code: '123/2015/NĐ-CP', name: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch' },
    { code: '87/2020/NĐ-CP', name: 'Nghị định quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến' },
    {
      code: '07/2025/NĐ-CP',
      name: 'Nghị định sửa đổi, bổ sung một số điều của các nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực',
    },
    {
      code: '120/2025/NĐ-CP',
      name: 'Nghị định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp',
    },
    { code: '04/2020/TT-BTP', name: 'Thông tư hướng dẫn Luật Hộ tịch và Nghị định 123/2015/NĐ-CP' },
    { code: '01/2022/TT-BTP', name: 'Thông tư hướng dẫn Nghị định 87/2020/NĐ-CP' },
    { code: '281/2016/TT-BTC', name: 'Thông tư quy định phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch' },
  ],
  results: [{ code: 'KQ.G15.000342', name: 'Bản sao Trích lục hộ tịch, bản sao Giấy khai sinh' }],
  keywords: [
    'trích lục',
    'trích lục khai sinh',
    'bản sao giấy khai sinh',
    'xin bản sao khai sinh',
    'trích lục kết hôn',
    'bản sao giấy kết hôn',
    'trích lục khai tử',
    'mất giấy khai sinh',
  ],
  form: trichLucHoTichForm,
  uncertainties: [
    'CSDL đánh dấu thủ tục ở cả cấp xã và cấp tỉnh (Sở Tư pháp); hợp đồng dữ liệu chỉ cho một cấp nên ghi "commune" (mọi xã, phường). Nếu Sở Tư pháp cũng nhận qua Trung tâm Phục vụ hành chính công tỉnh thì cần thêm phiên bản cấp tỉnh.',
    'CSDL ghi isFullProcess=false, trong khi một số tỉnh công bố thủ tục này đủ điều kiện toàn trình.',
    'Trường hợp DVC trực tuyến 2.000635.01 ghi 15 ngày làm việc: chưa rõ áp dụng cho trường hợp nào.',
    'Miễn phí cho người có công, hộ nghèo, người khuyết tật chỉ thấy trong văn bản của một tỉnh, chưa thấy trong CSDL: chưa ghi vào mức phí.',
  ],
  source:
    'CSDL quốc gia về TTHC (18/07/2026), mã 2.000635, công bố theo QĐ 163/QĐ-BTP; Luật Hộ tịch 2014 Điều 63–64; Thông tư 281/2016/TT-BTC Điều 4.',
};
