import type { DocumentRequirement, Fee, ProcedureDefinition, ProcessingTime } from '@motcua/contracts';

const twentyDays: ProcessingTime = {
  value: 20,
  unit: 'working_days',
  text: 'Đăng ký đất đai lần đầu không quá 17 ngày làm việc; đăng ký và cấp Giấy chứng nhận lần đầu không quá 20 ngày làm việc; xã vùng sâu, vùng xa, biên giới, có điều kiện kinh tế - xã hội khó khăn tăng thêm 10 ngày làm việc. Không tính thời gian thực hiện nghĩa vụ tài chính, thời gian xem xét xử lý vi phạm.',
};

const fee: Fee = {
  amount: 100_000,
  text: 'Phí thẩm định hồ sơ cấp Giấy chứng nhận và lệ phí cấp Giấy chứng nhận theo Nghị quyết của HĐND tỉnh Tây Ninh (có mức giảm khi nộp trực tuyến); miễn, giảm cho người có công với cách mạng, người khuyết tật, hộ nghèo theo Nghị quyết HĐND. Ngoài ra nộp tiền sử dụng đất, lệ phí trước bạ (nếu có) theo thông báo của cơ quan thuế.',
};

function doc(key: string, name: string, required: boolean): DocumentRequirement {
  return { key, name, originals: 1, copies: 0, required };
}

const application = doc(
  'don-dang-ky',
  'Đơn đăng ký đất đai, tài sản gắn liền với đất (theo mẫu do Bộ Nông nghiệp và Môi trường/UBND tỉnh ban hành)',
  true,
);
const representation = doc(
  'van-ban-dai-dien',
  'Văn bản về việc đại diện theo pháp luật dân sự (nếu thực hiện thông qua người đại diện)',
  false,
);
const coOwnerAgreement = doc(
  'thoa-thuan-cap-chung',
  'Văn bản thỏa thuận cấp chung một Giấy chứng nhận (nhiều người chung quyền sử dụng đất, sở hữu tài sản)',
  false,
);

export const capGiayChungNhanDatLanDau: ProcedureDefinition = {
  code: '1.013978',
  name: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với hộ gia đình, cá nhân, cộng đồng dân cư, người gốc Việt Nam định cư ở nước ngoài',
  field: { code: 'G13-TN02', name: 'Đất đai' },
  level: 'commune',
  authority:
    'Chủ tịch Ủy ban nhân dân cấp xã cấp Giấy chứng nhận; Văn phòng đăng ký đất đai/Chi nhánh Văn phòng đăng ký đất đai (thuộc Sở Nông nghiệp và Môi trường) và công chức địa chính cấp xã xử lý hồ sơ; cơ quan thuế xác định nghĩa vụ tài chính.',
  unitEids: [],
  subjects: ['Công dân Việt Nam', 'Người Việt Nam định cư ở nước ngoài'],
  steps: [
    'Người sử dụng đất nộp hồ sơ tại Bộ phận Một cửa cấp xã, qua bưu chính hoặc trực tuyến.',
    'UBND cấp xã kiểm tra hiện trạng, nguồn gốc, tình trạng tranh chấp, sự phù hợp quy hoạch; niêm yết công khai kết quả kiểm tra.',
    'Văn phòng/Chi nhánh Văn phòng đăng ký đất đai trích đo (nếu cần), cập nhật hồ sơ địa chính, gửi thông tin xác định nghĩa vụ tài chính cho cơ quan thuế.',
    'Người sử dụng đất nộp nghĩa vụ tài chính (nếu có); Chủ tịch UBND cấp xã ký Giấy chứng nhận; trả kết quả.',
  ],
  processingTime: twentyDays,
  fee,
  channels: [
    { channel: 'counter', processingTime: twentyDays, fee },
    { channel: 'online', processingTime: twentyDays, fee },
    { channel: 'postal', processingTime: twentyDays, fee },
  ],
  onlineLevel: 'partial',
  cases: [
    {
      key: 'ho-gia-dinh-ca-nhan',
      name: 'Đăng ký, cấp Giấy chứng nhận lần đầu cho hộ gia đình, cá nhân, cộng đồng dân cư',
      documents: [
        application,
        doc(
          'giay-to-ve-quyen-su-dung-dat',
          'Một trong các giấy tờ về quyền sử dụng đất theo Điều 137, khoản 1 và khoản 5 Điều 148, khoản 1 và khoản 5 Điều 149 Luật Đất đai; sơ đồ nhà ở, công trình xây dựng (nếu có)',
          false,
        ),
        doc(
          'giay-to-thua-ke',
          'Giấy tờ về việc nhận thừa kế quyền sử dụng đất (trường hợp nhận thừa kế chưa được cấp Giấy chứng nhận)',
          false,
        ),
        doc(
          'giay-to-chuyen-quyen',
          'Giấy tờ về việc chuyển quyền sử dụng đất, quyền sở hữu tài sản có chữ ký của các bên (nhận chuyển quyền chưa làm thủ tục)',
          false,
        ),
        doc(
          'giay-to-giao-dat-sai-tham-quyen',
          'Giấy tờ về giao đất không đúng thẩm quyền hoặc mua, nhận thanh lý, hóa giá nhà ở gắn liền với đất (Luật Đất đai Điều 140)',
          false,
        ),
        doc(
          'xu-phat-vi-pham',
          'Quyết định xử phạt vi phạm hành chính trong lĩnh vực đất đai và chứng từ nộp phạt (nếu có vi phạm)',
          false,
        ),
        doc(
          'quyen-doi-voi-thua-dat-lien-ke',
          'Hợp đồng, văn bản thỏa thuận hoặc quyết định của Tòa án về quyền đối với thửa đất liền kề, kèm sơ đồ',
          false,
        ),
        doc(
          'danh-sach-thanh-vien-ho',
          'Văn bản xác định các thành viên có chung quyền sử dụng đất của hộ gia đình (hộ gia đình đang sử dụng đất)',
          false,
        ),
        doc(
          'trich-do-dia-chinh',
          'Mảnh trích đo bản đồ địa chính thửa đất (nếu có nhu cầu đo đạc xác định lại kích thước, diện tích)',
          false,
        ),
        doc(
          'ho-so-xay-dung',
          'Hồ sơ thiết kế đã được thẩm định hoặc văn bản chấp thuận nghiệm thu công trình (đăng ký tài sản là công trình xây dựng)',
          false,
        ),
        doc(
          'chung-tu-nghia-vu-tai-chinh',
          'Chứng từ thực hiện nghĩa vụ tài chính; giấy tờ miễn, giảm nghĩa vụ tài chính (nếu có)',
          false,
        ),
        coOwnerAgreement,
        representation,
      ],
    },
    {
      key: 'nguoi-goc-viet-nam',
      name: 'Đăng ký, cấp Giấy chứng nhận lần đầu cho người gốc Việt Nam định cư ở nước ngoài',
      documents: [
        application,
        doc(
          'giay-to-ve-quyen-su-dung-dat',
          'Một trong các giấy tờ theo Điều 137, khoản 4 và khoản 5 Điều 148, khoản 4 và khoản 5 Điều 149 Luật Đất đai (nếu có)',
          false,
        ),
        doc('giay-to-thua-ke', 'Giấy tờ về việc nhận thừa kế quyền sử dụng đất theo pháp luật dân sự', false),
        doc(
          'chung-tu-nghia-vu-tai-chinh',
          'Chứng từ thực hiện nghĩa vụ tài chính; giấy tờ miễn, giảm nghĩa vụ tài chính (nếu có)',
          false,
        ),
        coOwnerAgreement,
        representation,
      ],
    },
    {
      key: 'da-co-thong-bao-dang-ky',
      name: 'Cấp Giấy chứng nhận khi đã có Thông báo xác nhận kết quả đăng ký đất đai',
      documents: [application, doc('thong-bao-ket-qua-dang-ky', 'Thông báo xác nhận kết quả đăng ký đất đai', true)],
    },
  ],
  conditions: [
    'Đất đang sử dụng ổn định, không có tranh chấp, phù hợp quy hoạch sử dụng đất; đáp ứng điều kiện tại Điều 137–140 Luật Đất đai 2024 tùy trường hợp.',
  ],
  legalBasis: [
    { code: '31/2024/QH15', name: 'Luật Đất đai' },
    {
      code: '101/2024/NĐ-CP',
      name: 'Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và hệ thống thông tin đất đai',
    },
    { code: '103/2024/NĐ-CP', name: 'Nghị định quy định về tiền sử dụng đất, tiền thuê đất' },
    {
      code: '151/2025/NĐ-CP',
      name: 'Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai',
    },
    {
      code: '226/2025/NĐ-CP',
      name: 'Nghị định sửa đổi, bổ sung một số điều của các nghị định quy định chi tiết thi hành Luật Đất đai',
    },
    {
      code: '49/2026/NĐ-CP',
      name: 'Nghị định quy định chi tiết và hướng dẫn Nghị quyết 254/2025/QH15 về tháo gỡ khó khăn trong tổ chức thi hành Luật Đất đai',
    },
    {
      code: '118/2025/NĐ-CP',
      name: 'Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông',
    },
  ],
  results: [
    { name: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất' },
    { name: 'Thông báo xác nhận kết quả đăng ký đất đai (trường hợp chỉ đăng ký)' },
  ],
  keywords: [
    'sổ đỏ',
    'sổ hồng',
    'bìa đỏ',
    'làm sổ đỏ',
    'cấp sổ đỏ lần đầu',
    'giấy chứng nhận quyền sử dụng đất',
    'gcn qsdđ',
    'đăng ký đất đai',
    'cấp bìa',
  ],
  uncertainties: [
    'Chưa có bản ghi đầy đủ của CSDL cho mã chuẩn 1.013978; thành phần hồ sơ lấy theo bản ghi đặc thù 2026 của tỉnh khác (Đồng Tháp 1.115760). Tây Ninh có thể đã công bố mã đặc thù riêng.',
    'Thời hạn 17/20 ngày làm việc (+10 ngày vùng khó khăn) ghi theo NĐ 101/2024/NĐ-CP (theo trí nhớ); các tỉnh năm 2026 công bố thời hạn ngắn hơn (ví dụ Đồng Tháp 09–19 ngày, Hải Phòng 8,5–10 ngày).',
    'Phí thẩm định và lệ phí cấp Giấy chứng nhận do HĐND tỉnh Tây Ninh quy định: số tiền 100.000 đồng là giá trị minh họa.',
    'Số hiệu mẫu Đơn đăng ký đất đai (trước là Mẫu 04/ĐK theo NĐ 101/2024; các tỉnh ban hành mẫu riêng năm 2026) chưa xác định cho Tây Ninh.',
    'Phân công giữa UBND cấp xã, Văn phòng đăng ký đất đai và Sở Nông nghiệp và Môi trường theo NĐ 151/2025/NĐ-CP chưa đối chiếu.',
  ],
  source:
    'CSDL quốc gia về TTHC (18/07/2026), danh mục, mã 1.013978 (Bộ Nông nghiệp và Môi trường) và bản ghi đặc thù của tỉnh Đồng Tháp (1.115760); Luật Đất đai 2024; NĐ 101/2024/NĐ-CP.',
};
