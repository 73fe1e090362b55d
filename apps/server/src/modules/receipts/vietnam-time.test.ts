import { describe, expect, it } from 'vitest';
import { newKid } from './qr-token-format.ts';
import { formatPlaceAndDate, formatVietnamDate, formatVietnamDateTime, toVietnamIso } from './vietnam-time.ts';

describe('Vietnam time on the forms', () => {
  it.each([
    ['2026-02-25T09:30:00Z', '16 giờ 30 phút, ngày 25 tháng 02 năm 2026'],
    ['2026-02-24T17:05:00Z', '00 giờ 05 phút, ngày 25 tháng 02 năm 2026'],
    ['2025-12-31T16:59:00Z', '23 giờ 59 phút, ngày 31 tháng 12 năm 2025'],
  ])('prints %s as "%s" (UTC+7 whatever the machine zone)', (iso, text) => {
    expect(formatVietnamDateTime(new Date(iso))).toBe(text);
  });

  it('prints the date and the place line', () => {
    const at = new Date('2026-11-24T01:30:00Z');
    expect(formatVietnamDate(at)).toBe('ngày 24 tháng 11 năm 2026');
    expect(formatPlaceAndDate('Tây Ninh', at)).toBe('Tây Ninh, ngày 24 tháng 11 năm 2026');
  });

  it('gives ISO times with the +07:00 offset', () => {
    expect(toVietnamIso(new Date('2026-11-24T17:30:00Z'))).toBe('2026-11-25T00:30:00+07:00');
  });

  it('dates key ids in Vietnam time', () => {
    expect(newKid('tay-ninh', new Date('2026-11-24T17:30:00Z'), 'a1b2c3')).toBe('tay-ninh-20261125-a1b2c3');
    expect(newKid('tay-ninh', new Date())).toMatch(/^tay-ninh-\d{8}-[0-9a-f]{6}$/);
  });
});
