import type { AdminProvince } from '../modules/tenants/index.ts';

function commune(code: string, type: 'Phường' | 'Xã', name: string, nameEn: string): AdminProvince['Wards'][number] {
  return {
    Code: code,
    Name: name,
    NameEn: nameEn,
    FullName: `${type} ${name}`,
    ProvinceCode: '80',
    AdministrativeUnitShortName: type,
  };
}

/**
 * A small hand-written subset of the 2025 administrative units (QĐ 19/2025/QĐ-TTg) for the demo:
 * Tây Ninh and some of its communes. Load the full national list with `motcua units import`.
 */
export const demoAdminUnits: readonly AdminProvince[] = [
  {
    Code: '80',
    Name: 'Tây Ninh',
    NameEn: 'Tay Ninh',
    FullName: 'Tỉnh Tây Ninh',
    AdministrativeUnitShortName: 'Tỉnh',
    Wards: [
      commune('25459', 'Phường', 'Tân Ninh', 'Tan Ninh'),
      commune('25480', 'Phường', 'Bình Minh', 'Binh Minh'),
      commune('25486', 'Xã', 'Tân Biên', 'Tan Bien'),
      commune('25552', 'Xã', 'Dương Minh Châu', 'Duong Minh Chau'),
      commune('25567', 'Phường', 'Ninh Thạnh', 'Ninh Thanh'),
      commune('25585', 'Xã', 'Châu Thành', 'Chau Thanh'),
      commune('25630', 'Phường', 'Long Hoa', 'Long Hoa'),
      commune('25645', 'Phường', 'Hoà Thành', 'Hoa Thanh'),
      commune('25654', 'Phường', 'Gò Dầu', 'Go Dau'),
      commune('25708', 'Phường', 'Trảng Bàng', 'Trang Bang'),
      commune('27694', 'Phường', 'Long An', 'Long An'),
      commune('27712', 'Phường', 'Tân An', 'Tan An'),
    ],
  },
];
