import type { DocumentRequirement, Fee, ProcedureDefinition, ProcessingTime } from '@motcua/contracts';

// Luật Quốc tịch Việt Nam 2008 Điều 21: a chain of steps with mixed units; the value is an approximate total.
const chain: ProcessingTime = {
  value: 115,
  unit: 'days',
  text: 'Sở Tư pháp gửi Công an tỉnh xác minh trong 05 ngày làm việc; Công an tỉnh xác minh 30 ngày; Sở Tư pháp hoàn tất hồ sơ 10 ngày làm việc; Chủ tịch UBND tỉnh đề xuất 10 ngày làm việc; Bộ Tư pháp 20 ngày; Chủ tịch nước xem xét, quyết định 30 ngày. Không tính thời gian làm thủ tục thôi quốc tịch nước ngoài (nếu phải thôi).',
};

const fee: Fee = {
  amount: 3_000_000,
  text: 'Lệ phí nhập quốc tịch Việt Nam: 3.000.000 đồng/trường hợp (Thông tư 281/2016/TT-BTC). Miễn lệ phí cho người có công lao đặc biệt đóng góp cho sự nghiệp xây dựng và bảo vệ Tổ quốc; người không quốc tịch có hoàn cảnh kinh tế khó khăn được UBND cấp xã xác nhận; người di cư từ Lào theo điều ước quốc tế.',
};

function doc(key: string, name: string): DocumentRequirement {
  return { key, name, originals: 1, copies: 0, required: true };
}

export const nhapQuocTich: ProcedureDefinition = {
  code: '2.002039',
  name: 'Nhập quốc tịch Việt Nam ở trong nước',
  field: { name: 'Quốc tịch' },
  level: 'province',
  authority:
    'Sở Tư pháp tỉnh Tây Ninh tiếp nhận; Công an tỉnh xác minh; Chủ tịch UBND tỉnh đề xuất; Bộ Tư pháp thẩm định; Chủ tịch nước quyết định.',
  unitEids: ['000.00.00.H53', '000.00.01.H53'],
  subjects: ['Người nước ngoài'],
  steps: [
    'Người xin nhập quốc tịch trực tiếp nộp hồ sơ tại Sở Tư pháp nơi cư trú (không ủy quyền).',
    'Sở Tư pháp gửi Công an tỉnh xác minh nhân thân; hoàn tất hồ sơ trình Chủ tịch UBND tỉnh.',
    'Chủ tịch UBND tỉnh có ý kiến đề xuất gửi Bộ Tư pháp; Bộ Tư pháp kiểm tra, thông báo để làm thủ tục thôi quốc tịch nước ngoài (nếu phải thôi), báo cáo Thủ tướng trình Chủ tịch nước.',
    'Chủ tịch nước quyết định cho nhập quốc tịch Việt Nam.',
  ],
  processingTime: chain,
  fee,
  channels: [
    { channel: 'counter', processingTime: chain, fee, note: 'Người xin nhập quốc tịch phải trực tiếp nộp hồ sơ.' },
  ],
  onlineLevel: 'info',
  cases: [
    {
      key: 'thong-thuong',
      name: 'Người nước ngoài, người không quốc tịch thường trú ở Việt Nam xin nhập quốc tịch Việt Nam',
      documents: [
        doc(
          'don-xin-nhap-quoc-tich',
          'Đơn xin nhập quốc tịch Việt Nam (mẫu ban hành kèm Thông tư 02/2020/TT-BTP, sửa đổi bởi Thông tư 04/2024/TT-BTP)',
        ),
        {
          ...doc(
            'ban-sao-giay-khai-sinh-ho-chieu',
            'Bản sao Giấy khai sinh, hộ chiếu hoặc giấy tờ khác có giá trị thay thế',
          ),
          originals: 0,
          copies: 1,
        },
        doc('ban-khai-ly-lich', 'Bản khai lý lịch (theo mẫu)'),
        doc(
          'phieu-lltp',
          'Phiếu lý lịch tư pháp do cơ quan có thẩm quyền của Việt Nam cấp và Phiếu lý lịch tư pháp (hoặc giấy tờ tương đương) do nước mà người đó là công dân cấp, cấp không quá 90 ngày tính đến ngày nộp hồ sơ',
        ),
        doc(
          'giay-to-tieng-viet',
          'Giấy tờ chứng minh trình độ tiếng Việt (văn bằng do cơ sở đào tạo của Việt Nam cấp hoặc kết quả kiểm tra tiếng Việt)',
        ),
        {
          ...doc(
            'giay-to-thuong-tru',
            'Bản sao Thẻ thường trú và giấy tờ chứng minh thời gian thường trú tại Việt Nam',
          ),
          originals: 0,
          copies: 1,
        },
        doc(
          'giay-to-kha-nang-ban-dam-cuoc-song',
          'Giấy tờ chứng minh khả năng bảo đảm cuộc sống tại Việt Nam (tài sản, thu nhập hoặc bảo lãnh)',
        ),
      ],
    },
  ],
  conditions: [
    'Có năng lực hành vi dân sự đầy đủ; tuân thủ Hiến pháp và pháp luật Việt Nam; biết tiếng Việt đủ để hòa nhập; đã thường trú ở Việt Nam từ 05 năm trở lên; có khả năng bảo đảm cuộc sống tại Việt Nam (Luật Quốc tịch Việt Nam Điều 19).',
    'Giấy tờ do nước ngoài cấp phải được hợp pháp hóa lãnh sự (trừ trường hợp được miễn) và dịch sang tiếng Việt.',
  ],
  legalBasis: [
    { code: '24/2008/QH12', name: 'Luật Quốc tịch Việt Nam (sửa đổi, bổ sung năm 2014 và 2025)' },
    {
      code: '16/2020/NĐ-CP',
      name: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Quốc tịch Việt Nam',
    },
    {
      code: '02/2020/TT-BTP',
      name: 'Thông tư ban hành, hướng dẫn sử dụng, quản lý mẫu sổ quốc tịch và mẫu giấy tờ về quốc tịch',
    },
    { code: '04/2024/TT-BTP', name: 'Thông tư sửa đổi, bổ sung một số điều của Thông tư 02/2020/TT-BTP' },
    { code: '281/2016/TT-BTC', name: 'Thông tư quy định phí, lệ phí trong lĩnh vực hộ tịch, quốc tịch' },
  ],
  results: [{ name: 'Quyết định của Chủ tịch nước cho nhập quốc tịch Việt Nam' }],
  keywords: [
    'nhập quốc tịch',
    'xin quốc tịch việt nam',
    'quốc tịch việt nam',
    'người nước ngoài xin quốc tịch',
    'nhập tịch',
  ],
  uncertainties: [
    'Giá trị 115 ngày là tổng gần đúng của chuỗi thời hạn (quy đổi ngày làm việc sang ngày); thời hạn từng bước ghi theo Luật Quốc tịch 2008 Điều 21.',
    'Luật sửa đổi Luật Quốc tịch (hiệu lực 01/7/2025) có thể đã thay đổi trình tự, thời hạn và điều kiện: chưa xác minh.',
    'Chưa có bản ghi đầy đủ của CSDL cho mã 2.002039: hồ sơ ghi theo Luật Quốc tịch Điều 20.',
    'Cổng công bố ghi thủ tục thuộc Bộ Tư pháp; hợp đồng dữ liệu chỉ có cấp "province": ghi theo nơi nộp hồ sơ (Sở Tư pháp).',
  ],
  source:
    'CSDL quốc gia về TTHC (18/07/2026), danh mục, mã 2.002039 (Bộ Tư pháp); Luật Quốc tịch Việt Nam 2008 Điều 19–21; NĐ 16/2020/NĐ-CP Điều 3; Thông tư 281/2016/TT-BTC Điều 4.',
};
