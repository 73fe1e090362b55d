/**
 * Reading and writing the values of civic look-up data the way Vietnamese files and people write
 * them: dates `dd/MM/yyyy`, times `dd/MM/yyyy HH:mm` (Vietnam time), money `1.000.000 ₫`.
 */

/**
 * Text as the look-ups compare it: NFC, lower case, without tone marks or diacritics (đ → d), words
 * separated by single spaces. "Nguyễn Trãi", "nguyen trai" and "NGUYỄN  TRÃI" fold alike.
 */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Text as stored: NFC, inner whitespace collapsed. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DATE_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})$/;

const pad = (n: number): string => String(n).padStart(2, '0');

function realDate(day: number, month: number, year: number): boolean {
  if (year < 1950 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `dd/MM/yyyy` → `yyyy-MM-dd`, or undefined when it is not a real date. */
export function parseDate(text: string): string | undefined {
  const match = DATE.exec(text.trim());
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return realDate(day, month, year) ? `${String(year)}-${pad(month)}-${pad(day)}` : undefined;
}

/** `dd/MM/yyyy HH:mm` (Vietnam time) → `yyyy-MM-ddTHH:mm`, or undefined. */
export function parseDateTime(text: string): string | undefined {
  const match = DATE_TIME.exec(text.trim());
  if (!match) return undefined;
  const [day, month, year, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (!realDate(day, month, year) || hour > 23 || minute > 59) return undefined;
  return `${String(year)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
}

/** `yyyy-MM-dd` → `dd/MM/yyyy`. */
export function showDate(iso: string): string {
  const [year = '', month = '', day = ''] = iso.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** `yyyy-MM-ddTHH:mm` → `dd/MM/yyyy HH:mm`. */
export function showDateTime(iso: string): string {
  return `${showDate(iso)} ${iso.slice(11, 16)}`;
}

/** The calendar day in Vietnam (UTC+7, no daylight saving) of an instant, as `yyyy-MM-dd`. */
export function vietnamDay(at: Date): string {
  return new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * A whole number of đồng as files write it: `12000000`, `12.000.000`, `12 000 000` or `12,000,000`
 * (thousands grouped by threes). Undefined for anything else, decimals included.
 */
export function parseMoney(text: string): number | undefined {
  const raw = text.trim().replace(/\s*(₫|đ|đồng|vnd)$/iu, '');
  if (!/^\d{1,3}([., ]\d{3})*$|^\d+$/.test(raw)) return undefined;
  const value = Number(raw.replace(/[., ]/g, ''));
  return Number.isSafeInteger(value) ? value : undefined;
}

/** `1.000.000 ₫`. */
export function showMoney(amount: number): string {
  return `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ₫`;
}
