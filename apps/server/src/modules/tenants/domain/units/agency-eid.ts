/**
 * The electronic identifier of an agency (mã định danh điện tử của cơ quan, QĐ 20/2020/QĐ-TTg; the
 * TT 10/2016/TT-BTTTT structure `V1V2V3.Z1Z2.Y1Y2.MX1X2`): levels 4, 3 and 2 as digits, then the
 * level-1 code, one capital letter and two digits (e.g. H53 for a province, G09 for a ministry).
 * It prefixes every dossier code (TT 01/2018 Điều 19), so new units must follow it exactly.
 */
const AGENCY_EID = /^[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2}$/;

export function isAgencyEid(eid: string): boolean {
  return AGENCY_EID.test(eid);
}
