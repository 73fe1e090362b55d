import { describe, expect, it } from 'vitest';
import { clearlyNamed, nameCoverage } from './name-coverage.ts';

const KHAI_SINH = { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' };
const BAN_SAO = { code: '2.000635', name: 'Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh' };
const DOI_GPLX = { code: '3.000347', name: 'Đổi giấy phép lái xe' };
const QUOC_TE = { code: '3.000353', name: 'Cấp giấy phép lái xe quốc tế' };

describe('nameCoverage', () => {
  it.each([
    ['khai sinh', KHAI_SINH.name, 2 / 4],
    ['khai sinh', BAN_SAO.name, 2 / 12],
    ['KHAI SINH', KHAI_SINH.name, 2 / 4],
    ['dang ky khai sinh', KHAI_SINH.name, 1],
    ['thủ tục', KHAI_SINH.name, 0],
    ['kết hôn', KHAI_SINH.name, 0],
    ['khai sinh cho con', KHAI_SINH.name, (2 / 4) * (2 / 4)],
  ])('%s covers %s by %d', (query, name, expected) => {
    expect(nameCoverage(query, name)).toBeCloseTo(expected, 6);
  });
});

describe('clearlyNamed', () => {
  it.each([
    ['khai sinh', [BAN_SAO, KHAI_SINH], KHAI_SINH.code],
    ['ban sao giay khai sinh', [KHAI_SINH, BAN_SAO], BAN_SAO.code],
    ['bằng lái', [DOI_GPLX, QUOC_TE], undefined],
    ['giấy phép lái xe', [DOI_GPLX, QUOC_TE], undefined],
    ['hộ chiếu', [DOI_GPLX, QUOC_TE], undefined],
  ])('for "%s" picks %s', (query, candidates, expected) => {
    expect(clearlyNamed(query, candidates)?.code).toBe(expected);
  });
});
