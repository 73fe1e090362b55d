import { VIETNAM_UTC_OFFSET_MS } from '../tenants/index.ts';

interface VietnamParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** The wall-clock parts of an instant in Vietnam (UTC+7, no daylight saving time), zero-padded. */
function vietnamParts(at: Date): VietnamParts {
  const d = new Date(at.getTime() + VIETNAM_UTC_OFFSET_MS);
  return {
    year: String(d.getUTCFullYear()),
    month: two(d.getUTCMonth() + 1),
    day: two(d.getUTCDate()),
    hour: two(d.getUTCHours()),
    minute: two(d.getUTCMinutes()),
    second: two(d.getUTCSeconds()),
  };
}

/** "ngày 25 tháng 02 năm 2026", the date style of administrative documents. */
export function formatVietnamDate(at: Date): string {
  const p = vietnamParts(at);
  return `ngày ${p.day} tháng ${p.month} năm ${p.year}`;
}

/**
 * "16 giờ 30 phút, ngày 25 tháng 02 năm 2026": the time style of the receipt's "Thời gian nhận hồ sơ"
 * and "Thời gian trả kết quả" lines (TT 01/2018/TT-VPCP, Mẫu 01).
 */
export function formatVietnamDateTime(at: Date): string {
  return `${formatVietnamTime(at)}, ${formatVietnamDate(at)}`;
}

/** "16 giờ 30 phút". */
export function formatVietnamTime(at: Date): string {
  const p = vietnamParts(at);
  return `${p.hour} giờ ${p.minute} phút`;
}

/** "Tây Ninh, ngày 24 tháng 11 năm 2026": the place-and-date line under the national motto. */
export function formatPlaceAndDate(place: string, at: Date): string {
  return `${place}, ${formatVietnamDate(at)}`;
}

/** ISO 8601 with the Vietnam offset, e.g. "2026-11-24T08:30:00+07:00" (API.md conventions). */
export function toVietnamIso(at: Date): string {
  const p = vietnamParts(at);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}+07:00`;
}

/** "20261124": the local date as used in signing-key ids. */
export function vietnamDateStamp(at: Date): string {
  const p = vietnamParts(at);
  return `${p.year}${p.month}${p.day}`;
}
