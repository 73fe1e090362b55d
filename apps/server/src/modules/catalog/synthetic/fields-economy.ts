/**
 * Synthetic fields for labour, education, health, culture, tourism, environment, farming, trade
 * and enterprises, with the licences and activities typical of each.
 */
import { authorities, type SyntheticField } from './catalog-vocabulary.ts';

/** Economy-side fields of the synthetic catalogue. */
export const ECONOMY_FIELDS: readonly SyntheticField[] = [
  {
    code: 'S06',
    name: 'Lao động',
    level: 'province',
    authority: authorities('Sở Nội vụ'),
    licences: [
      'giấy phép lao động cho người nước ngoài',
      'giấy phép hoạt động dịch vụ việc làm',
      'giấy phép hoạt động cho thuê lại lao động',
      'giấy xác nhận không thuộc diện cấp giấy phép lao động',
    ],
    activities: [
      'Đăng ký nội quy lao động',
      'Gửi thỏa ước lao động tập thể',
      'Báo cáo giải trình nhu cầu sử dụng người lao động nước ngoài',
    ],
    legalBasis: { code: '45/2019/QH14', name: 'Bộ luật Lao động' },
  },
  {
    code: 'S07',
    name: 'Giáo dục và Đào tạo',
    level: 'province',
    authority: authorities('Sở Giáo dục và Đào tạo'),
    licences: [
      'giấy phép hoạt động giáo dục',
      'quyết định thành lập trung tâm ngoại ngữ, tin học',
      'bản sao văn bằng, chứng chỉ từ sổ gốc',
      'giấy phép tổ chức dạy thêm, học thêm',
    ],
    activities: [
      'Chuyển trường đối với học sinh trung học phổ thông',
      'Công nhận trường đạt chuẩn quốc gia',
      'Xét tuyển sinh vào trường phổ thông dân tộc nội trú',
    ],
    legalBasis: { code: '43/2019/QH14', name: 'Luật Giáo dục' },
  },
  {
    code: 'S08',
    name: 'Dược phẩm',
    level: 'province',
    authority: authorities('Sở Y tế'),
    licences: [
      'chứng chỉ hành nghề dược',
      'giấy chứng nhận đủ điều kiện kinh doanh dược',
      'giấy phép hành nghề khám bệnh, chữa bệnh',
      'giấy phép hoạt động phòng khám đa khoa',
    ],
    activities: [
      'Công bố cơ sở đủ điều kiện sản xuất trang thiết bị y tế',
      'Đánh giá đáp ứng thực hành tốt phân phối thuốc',
    ],
    legalBasis: { code: '105/2016/QH13', name: 'Luật Dược' },
  },
  {
    code: 'S09',
    name: 'Văn hóa',
    level: 'province',
    authority: authorities('Sở Văn hóa, Thể thao và Du lịch'),
    licences: [
      'giấy phép tổ chức lễ hội',
      'giấy phép kinh doanh dịch vụ karaoke',
      'giấy phép tổ chức biểu diễn nghệ thuật',
      'giấy phép tổ chức triển lãm',
    ],
    activities: [
      'Thông báo tổ chức biểu diễn nghệ thuật',
      'Đăng ký hoạt động thư viện tư nhân',
      'Công nhận gia đình văn hóa',
    ],
    legalBasis: { code: '144/2020/NĐ-CP', name: 'Nghị định quy định về hoạt động nghệ thuật biểu diễn' },
  },
  {
    code: 'S10',
    name: 'Du lịch',
    level: 'province',
    authority: authorities('Sở Văn hóa, Thể thao và Du lịch'),
    licences: [
      'giấy phép kinh doanh dịch vụ lữ hành nội địa',
      'thẻ hướng dẫn viên du lịch tại điểm',
      'thẻ hướng dẫn viên du lịch nội địa',
    ],
    activities: [
      'Công nhận điểm du lịch',
      'Công nhận khu du lịch cấp tỉnh',
      'Thông báo hoạt động văn phòng đại diện doanh nghiệp lữ hành',
    ],
    legalBasis: { code: '09/2017/QH14', name: 'Luật Du lịch' },
  },
  {
    code: 'S11',
    name: 'Tài nguyên nước',
    level: 'province',
    authority: authorities('Sở Nông nghiệp và Môi trường'),
    licences: [
      'giấy phép khai thác nước dưới đất',
      'giấy phép khai thác nước mặt',
      'giấy phép môi trường',
      'giấy phép thăm dò khoáng sản',
    ],
    activities: [
      'Đăng ký khai thác nước dưới đất',
      'Thẩm định báo cáo đánh giá tác động môi trường',
      'Đăng ký môi trường',
    ],
    legalBasis: { code: '28/2023/QH15', name: 'Luật Tài nguyên nước' },
  },
  {
    code: 'S12',
    name: 'Nông nghiệp',
    level: 'province',
    authority: authorities('Sở Nông nghiệp và Môi trường'),
    licences: [
      'giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
      'chứng chỉ hành nghề thú y',
      'giấy chứng nhận kiểm dịch động vật vận chuyển ra khỏi địa bàn cấp tỉnh',
      'giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật',
    ],
    activities: [
      'Công nhận làng nghề truyền thống',
      'Hỗ trợ khôi phục sản xuất nông nghiệp vùng bị thiệt hại do thiên tai',
      'Xác nhận nội dung quảng cáo phân bón',
    ],
    legalBasis: { code: '31/2018/QH14', name: 'Luật Trồng trọt' },
  },
  {
    code: 'S13',
    name: 'Lưu thông hàng hóa trong nước',
    level: 'province',
    authority: authorities('Sở Công Thương'),
    licences: [
      'giấy phép bán lẻ sản phẩm thuốc lá',
      'giấy phép bán buôn rượu',
      'giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu',
      'giấy chứng nhận đủ điều kiện thương nhân kinh doanh khí',
    ],
    activities: [
      'Đăng ký tổ chức hội chợ, triển lãm thương mại',
      'Đăng ký thực hiện khuyến mại',
      'Thông báo hoạt động bán hàng đa cấp tại địa phương',
    ],
    legalBasis: { code: '36/2005/QH11', name: 'Luật Thương mại' },
  },
  {
    code: 'S14',
    name: 'Thành lập và hoạt động doanh nghiệp',
    level: 'province',
    authority: authorities('Sở Tài chính'),
    licences: [
      'giấy chứng nhận đăng ký doanh nghiệp',
      'giấy chứng nhận đăng ký hoạt động chi nhánh',
      'giấy chứng nhận đăng ký hợp tác xã',
      'giấy chứng nhận đăng ký đầu tư',
    ],
    activities: [
      'Đăng ký tạm ngừng kinh doanh',
      'Giải thể doanh nghiệp',
      'Thông báo thay đổi ngành, nghề kinh doanh',
      'Đăng ký thay đổi người đại diện theo pháp luật',
    ],
    legalBasis: { code: '59/2020/QH14', name: 'Luật Doanh nghiệp' },
  },
];
