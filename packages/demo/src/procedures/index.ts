import type { ProcedureDefinition } from '@motcua/contracts';
import { capGiayChungNhanDatLanDau } from './cap-giay-chung-nhan-dat-lan-dau.ts';
import { chungThucBanSao } from './chung-thuc-ban-sao.ts';
import { congNhanHangCoSoLuuTru } from './cong-nhan-hang-co-so-luu-tru.ts';
import { dangKyLaiKhaiSinh } from './dang-ky-lai-khai-sinh.ts';
import { dangKyXeMayChuyenDung } from './dang-ky-xe-may-chuyen-dung.ts';
import { doiGiayPhepLaiXe } from './doi-giay-phep-lai-xe.ts';
import { giamHo } from './giam-ho.ts';
import { giayPhepKinhDoanhVanTai } from './giay-phep-kinh-doanh-van-tai.ts';
import { giayPhepLaiXeQuocTe } from './giay-phep-lai-xe-quoc-te.ts';
import { giayPhepXayDung } from './giay-phep-xay-dung.ts';
import { ketHonYeuToNuocNgoai } from './ket-hon-yeu-to-nuoc-ngoai.ts';
import { ketHon } from './ket-hon.ts';
import { khaiSinh } from './khai-sinh.ts';
import { khaiTu } from './khai-tu.ts';
import { lyLichTuPhap } from './ly-lich-tu-phap.ts';
import { nhanChaMeCon } from './nhan-cha-me-con.ts';
import { nhapQuocTich } from './nhap-quoc-tich.ts';
import { tamTru } from './tam-tru.ts';
import { thanhLapHoKinhDoanh } from './thanh-lap-ho-kinh-doanh.ts';
import { thayDoiHoKinhDoanh } from './thay-doi-ho-kinh-doanh.ts';
import { thayDoiThongTinThue } from './thay-doi-thong-tin-thue.ts';
import { thuongTru } from './thuong-tru.ts';
import { trichLucHoTich } from './trich-luc-ho-tich.ts';
import { troCapThatNghiep } from './tro-cap-that-nghiep.ts';
import { xacNhanTinhTrangHonNhan } from './xac-nhan-tinh-trang-hon-nhan.ts';

/**
 * The demo province's procedure catalogue (Tây Ninh, unit e-IDs H53): hộ tịch and chứng thực first,
 * then cư trú, lý lịch tư pháp, business, construction, transport, land, labour, nationality and tourism.
 */
export const demoProcedures: readonly ProcedureDefinition[] = [
  khaiSinh,
  khaiTu,
  ketHon,
  ketHonYeuToNuocNgoai,
  nhanChaMeCon,
  giamHo,
  trichLucHoTich,
  xacNhanTinhTrangHonNhan,
  dangKyLaiKhaiSinh,
  chungThucBanSao,
  thuongTru,
  tamTru,
  lyLichTuPhap,
  thanhLapHoKinhDoanh,
  thayDoiHoKinhDoanh,
  thayDoiThongTinThue,
  giayPhepXayDung,
  doiGiayPhepLaiXe,
  giayPhepLaiXeQuocTe,
  capGiayChungNhanDatLanDau,
  troCapThatNghiep,
  nhapQuocTich,
  giayPhepKinhDoanhVanTai,
  dangKyXeMayChuyenDung,
  congNhanHangCoSoLuuTru,
];
