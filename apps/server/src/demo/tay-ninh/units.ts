import type { UnitInput } from '../../modules/tenants/index.ts';

/**
 * The demo province's units. Names follow the 2025 two-tier organisation. The agency e-ID codes
 * (mã định danh điện tử, QĐ 20/2020/QĐ-TTg) are plausible placeholders in the national format, not
 * the province's published list: an admin replaces them before real dossiers are numbered.
 */
export const UNCONFIRMED_EID_NOTE =
  'Mã định danh điện tử của đơn vị là giá trị minh hoạ theo đúng định dạng; cần thay bằng danh mục mã do tỉnh công bố.';

const centre = '000.00.00.H53';

function commune(n: number, name: string, adminUnitCode: string, address: string): UnitInput {
  return {
    eid: `000.20.0${n}.H53`,
    kind: 'commune',
    name: `Trung tâm Phục vụ hành chính công ${name}`,
    shortName: name,
    parentEid: centre,
    adminUnitCode,
    address,
  };
}

function department(n: number, name: string, shortName: string): UnitInput {
  return { eid: `000.00.0${n}.H53`, kind: 'department', name, shortName, parentEid: centre, adminUnitCode: '80' };
}

export const demoUnits: readonly UnitInput[] = [
  {
    eid: centre,
    kind: 'service_centre',
    name: 'Trung tâm Phục vụ hành chính công tỉnh Tây Ninh',
    shortName: 'TTPVHCC tỉnh',
    adminUnitCode: '80',
    address: 'Phường Tân An, tỉnh Tây Ninh',
    phone: '1022',
  },
  department(1, 'Sở Tư pháp', 'STP'),
  department(2, 'Sở Xây dựng', 'SXD'),
  department(3, 'Sở Nông nghiệp và Môi trường', 'SNNMT'),
  department(4, 'Sở Nội vụ', 'SNV'),
  department(5, 'Công an tỉnh', 'CAT'),
  department(6, 'Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL'),
  commune(1, 'phường Tân Ninh', '25459', 'Phường Tân Ninh, tỉnh Tây Ninh'),
  commune(2, 'phường Long An', '27694', 'Phường Long An, tỉnh Tây Ninh'),
  commune(3, 'xã Tân Biên', '25486', 'Xã Tân Biên, tỉnh Tây Ninh'),
  commune(4, 'xã Châu Thành', '25585', 'Xã Châu Thành, tỉnh Tây Ninh'),
  commune(5, 'xã Dương Minh Châu', '25552', 'Xã Dương Minh Châu, tỉnh Tây Ninh'),
  commune(6, 'phường Trảng Bàng', '25708', 'Phường Trảng Bàng, tỉnh Tây Ninh'),
];
