/*
 * Dates typed by citizens as they write them on paper (dd/MM/yyyy), kept in forms as ISO
 * `yyyy-MM-dd` (JSON Schema `format: date`).
 */
import { formatDate } from './format.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] ?? 0);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * `05/09/2026`, `5/9/2026`, `05-09-2026`, `05.09.2026` or `05092026` → `2026-09-05`; null when the
 * text is not a real calendar date (31/02, month 13) or is incomplete.
 */
export function parseDateEntry(text: string): string | null {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const [, y, m, d] = iso;
    return isRealDate(Number(y), Number(m), Number(d)) ? trimmed : null;
  }
  const parts = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(trimmed);
  if (!parts) return null;
  const day = Number(parts[1]);
  const month = Number(parts[2]);
  const year = Number(parts[3]);
  if (year < 1000 || !isRealDate(year, month, day)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** `2026-09-05` → `05/09/2026`; anything else is returned as it is (a half-typed entry). */
export function displayDateEntry(value: string): string {
  return ISO_DATE.test(value) ? formatDate(value) : value;
}
