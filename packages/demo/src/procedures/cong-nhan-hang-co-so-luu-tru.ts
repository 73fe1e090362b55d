import type { Fee, ProcedureDefinition, ProcessingTime } from '@motcua/contracts';

// Luật Du lịch 2017 Điều 50(5).
const thirtyDays: ProcessingTime = {
  value: 30,
  unit: 'days',
  text: 'Không quá 30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ; cơ quan chủ trì phối hợp với tổ chức xã hội - nghề nghiệp về du lịch thẩm định.',
};

const fee: Fee = {
  amount: 1_500_000,
  text: 'Phí thẩm định công nhận hạng cơ sở lưu trú du lịch theo quy định của Bộ Tài chính (Thông tư 34/2018/TT-BTC): hạng 1 sao, 2 sao 1.500.000 đồng/hồ sơ; hạng 3 sao 2.000.000 đồng/hồ sơ.',
};

export const congNhanHangCoSoLuuTru: ProcedureDefinition = {
  code: '1.004594',
  name: 'Thủ tục công nhận hạng cơ sở lưu trú du lịch: hạng 1 sao, 2 sao, 3 sao đối với khách sạn, biệt thự du lịch, căn hộ du lịch, tàu thủy lưu trú du lịch',
  field: { name: 'Du lịch' },
  level: 'province',
  authority:
    'Sở Văn hóa, Thể thao và Du lịch tỉnh Tây Ninh (cơ quan chuyên môn về du lịch cấp tỉnh). Hạng 4 sao, 5 sao do Cục Du lịch Quốc gia Việt Nam công nhận (thủ tục 1.004566).',
  unitEids: ['000.00.00.H53', '000.00.06.H53'],
  subjects: ['Doanh nghiệp', 'Hợp tác xã', 'Công dân Việt Nam', 'Tổ chức (không bao gồm doanh nghiệp, HTX)'],
  steps: [
    'Cơ sở lưu trú du lịch nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh hoặc trực tuyến.',
    'Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với tổ chức xã hội - nghề nghiệp về du lịch thẩm định theo tiêu chuẩn quốc gia về xếp hạng.',
    'Ra quyết định công nhận hạng; không công nhận thì trả lời bằng văn bản nêu rõ lý do.',
  ],
  processingTime: thirtyDays,
  fee,
  channels: [
    { channel: 'counter', processingTime: thirtyDays, fee },
    { channel: 'online', processingTime: thirtyDays, fee },
    { channel: 'postal', processingTime: thirtyDays, fee },
  ],
  onlineLevel: 'partial',
  cases: [
    {
      key: 'cong-nhan-hang',
      name: 'Công nhận hạng 1 sao, 2 sao, 3 sao',
      documents: [
        {
          key: 'don-de-nghi',
          name: 'Đơn đề nghị công nhận hạng cơ sở lưu trú du lịch (mẫu của Bộ Văn hóa, Thể thao và Du lịch)',
          originals: 1,
          copies: 0,
          required: true,
        },
        {
          key: 'bao-cao-tu-danh-gia',
          name: 'Bản tự đánh giá chất lượng cơ sở lưu trú du lịch theo tiêu chuẩn quốc gia về xếp hạng',
          originals: 1,
          copies: 0,
          required: true,
        },
        {
          key: 'danh-sach-nhan-su',
          name: 'Danh sách người quản lý và nhân viên trong cơ sở lưu trú du lịch',
          originals: 1,
          copies: 0,
          required: true,
        },
        {
          key: 'van-bang-nguoi-quan-ly',
          name: 'Bản sao có chứng thực văn bằng, chứng chỉ về nghiệp vụ du lịch, ngoại ngữ của người quản lý, trưởng các bộ phận và giấy xác nhận thời gian làm việc trong lĩnh vực du lịch',
          originals: 0,
          copies: 1,
          required: true,
        },
      ],
    },
  ],
  conditions: [
    'Cơ sở lưu trú du lịch đáp ứng tiêu chuẩn quốc gia về xếp hạng tương ứng (TCVN về khách sạn, biệt thự, căn hộ, tàu thủy lưu trú du lịch).',
    'Quyết định công nhận hạng có thời hạn 05 năm (Luật Du lịch Điều 50 khoản 6).',
  ],
  legalBasis: [
    { code: '09/2017/QH14', name: 'Luật Du lịch' },
    { code: '168/2017/NĐ-CP', name: 'Nghị định quy định chi tiết một số điều của Luật Du lịch' },
    { code: '06/2017/TT-BVHTTDL', name: 'Thông tư quy định chi tiết một số điều của Luật Du lịch' },
    {
      code: '34/2018/TT-BTC',
      name: 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định cấp giấy phép kinh doanh dịch vụ lữ hành, phí thẩm định công nhận hạng cơ sở lưu trú du lịch',
    },
  ],
  results: [{ name: 'Quyết định công nhận hạng cơ sở lưu trú du lịch và biển hiệu hạng' }],
  keywords: [
    'xếp hạng khách sạn',
    'công nhận sao khách sạn',
    'khách sạn 3 sao',
    'gắn sao khách sạn',
    'cơ sở lưu trú',
    'xếp hạng sao',
  ],
  uncertainties: [
    'Chưa có bản ghi đầy đủ của CSDL cho mã 1.004594: hồ sơ, thời hạn ghi theo Luật Du lịch 2017 Điều 50.',
    'Mức phí 1.500.000/2.000.000 đồng theo Thông tư 34/2018/TT-BTC ghi theo trí nhớ, chưa kiểm tra văn bản sửa đổi.',
    'Mẫu đơn (Thông tư 06/2017/TT-BVHTTDL), số hiệu NĐ 168/2017/NĐ-CP và kết quả "biển hiệu" ghi theo trí nhớ.',
    'Mức độ DVC trực tuyến và kênh bưu chính chưa xác minh.',
  ],
  source:
    'CSDL quốc gia về TTHC (18/07/2026), danh mục, mã 1.004594 (Bộ Văn hóa, Thể thao và Du lịch); Luật Du lịch 2017 Điều 50, 76.',
};
