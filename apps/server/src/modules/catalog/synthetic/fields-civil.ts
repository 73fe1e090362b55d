/**
 * Synthetic fields for civil status, land, construction, transport, tax, welfare and justice, with
 * the licences and activities typical of each as worded in provincial procedure catalogues.
 */
import { authorities, type SyntheticField } from './catalog-vocabulary.ts';

/** Civil-side fields of the synthetic catalogue. */
export const CIVIL_FIELDS: readonly SyntheticField[] = [
  {
    code: 'S01',
    name: 'Hộ tịch',
    level: 'commune',
    authority: authorities('Sở Tư pháp'),
    licences: ['bản sao trích lục hộ tịch', 'giấy xác nhận tình trạng hôn nhân', 'trích lục ghi chú ly hôn'],
    activities: [
      'Đăng ký khai sinh lưu động',
      'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch',
      'Đăng ký chấm dứt giám hộ',
      'Ghi vào Sổ hộ tịch việc kết hôn đã được giải quyết ở nước ngoài',
    ],
    legalBasis: { code: '60/2014/QH13', name: 'Luật Hộ tịch' },
  },
  {
    code: 'S02',
    name: 'Đất đai',
    level: 'commune',
    authority: authorities('Sở Nông nghiệp và Môi trường'),
    licences: [
      'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
      'quyết định giao đất',
      'quyết định cho thuê đất',
      'văn bản cho phép chuyển mục đích sử dụng đất',
    ],
    activities: [
      'Đăng ký biến động quyền sử dụng đất',
      'Tách thửa hoặc hợp thửa đất',
      'Đính chính Giấy chứng nhận đã cấp',
      'Xóa đăng ký cho thuê, cho thuê lại quyền sử dụng đất',
    ],
    legalBasis: { code: '31/2024/QH15', name: 'Luật Đất đai' },
  },
  {
    code: 'S03',
    name: 'Hoạt động xây dựng',
    level: 'province',
    authority: authorities('Sở Xây dựng'),
    licences: [
      'giấy phép xây dựng công trình',
      'chứng chỉ hành nghề hoạt động xây dựng',
      'chứng chỉ năng lực hoạt động xây dựng',
      'giấy phép di dời công trình',
      'giấy phép hoạt động xây dựng cho nhà thầu nước ngoài',
    ],
    activities: [
      'Thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng',
      'Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở',
      'Kiểm tra công tác nghiệm thu hoàn thành công trình',
    ],
    legalBasis: { code: '50/2014/QH13', name: 'Luật Xây dựng' },
  },
  {
    code: 'S04',
    name: 'Giao thông vận tải',
    level: 'province',
    authority: authorities('Sở Xây dựng'),
    licences: [
      'phù hiệu xe ô tô kinh doanh vận tải',
      'giấy phép liên vận',
      'giấy phép lưu hành xe quá tải trọng, quá khổ giới hạn',
      'giấy phép thi công công trình trên đường bộ đang khai thác',
      'giấy phép đào tạo lái xe ô tô',
    ],
    activities: [
      'Đăng ký khai thác tuyến vận tải hành khách cố định',
      'Chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông',
    ],
    legalBasis: { code: '35/2024/QH15', name: 'Luật Đường bộ' },
  },
  {
    code: 'S05',
    name: 'Thuế',
    level: 'province',
    authority: authorities('Thuế tỉnh', 'Thuế cơ sở'),
    licences: [
      'thông báo mã số thuế',
      'giấy chứng nhận đăng ký thuế',
      'giấy xác nhận thực hiện nghĩa vụ thuế',
      'hóa đơn điện tử có mã của cơ quan thuế',
    ],
    activities: [
      'Khai thuế đối với hộ kinh doanh nộp thuế theo phương pháp khoán',
      'Hoàn thuế giá trị gia tăng',
      'Miễn, giảm thuế sử dụng đất phi nông nghiệp',
    ],
    legalBasis: { code: '108/2025/QH15', name: 'Luật Quản lý thuế' },
  },
  {
    code: 'S15',
    name: 'Bảo trợ xã hội',
    level: 'commune',
    authority: authorities('Sở Y tế'),
    licences: [
      'giấy xác nhận khuyết tật',
      'giấy chứng nhận hộ nghèo, hộ cận nghèo',
      'thẻ bảo hiểm y tế cho người thuộc hộ nghèo',
    ],
    activities: [
      'Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở',
      'Thực hiện trợ cấp xã hội hằng tháng',
      'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
    ],
    legalBasis: { code: '20/2021/NĐ-CP', name: 'Nghị định chính sách trợ giúp xã hội' },
  },
  {
    code: 'S16',
    name: 'Chứng thực',
    level: 'commune',
    authority: authorities('Sở Tư pháp'),
    licences: ['bản sao có chứng thực'],
    activities: [
      'Chứng thực chữ ký trong các giấy tờ, văn bản',
      'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản',
      'Chứng thực văn bản thỏa thuận phân chia di sản',
      'Sửa lỗi sai sót trong hợp đồng, giao dịch đã được chứng thực',
    ],
    legalBasis: { code: '23/2015/NĐ-CP', name: 'Nghị định về cấp bản sao từ sổ gốc, chứng thực' },
  },
  {
    code: 'S17',
    name: 'Bổ trợ tư pháp',
    level: 'province',
    authority: authorities('Sở Tư pháp'),
    licences: [
      'thẻ công chứng viên',
      'chứng chỉ hành nghề luật sư',
      'giấy đăng ký hoạt động của văn phòng công chứng',
      'thẻ giám định viên tư pháp',
      'chứng chỉ hành nghề đấu giá',
    ],
    activities: [
      'Đăng ký hành nghề luật sư với tư cách cá nhân',
      'Thành lập văn phòng công chứng',
      'Hợp nhất, sáp nhập văn phòng công chứng',
    ],
    legalBasis: { code: '53/2024/QH15', name: 'Luật Công chứng' },
  },
];
