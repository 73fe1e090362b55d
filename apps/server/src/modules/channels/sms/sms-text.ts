import type { SmsGatewayConfig } from '../../../config/config.ts';

/**
 * The recipient's number as the gateway wants it, from the E.164 digits the port carries
 * (`84912345678`); `undefined` when there is no usable number. `local` turns +84 into the domestic
 * `0…` form and so only applies to Vietnamese numbers.
 */
export function gatewayPhone(phone: string | undefined, format: SmsGatewayConfig['phoneFormat']): string | undefined {
  if (phone === undefined || !/^[1-9]\d{7,14}$/.test(phone)) return undefined;
  switch (format) {
    case 'e164':
      return phone;
    case 'local':
      return phone.startsWith('84') ? `0${phone.slice(2)}` : undefined;
  }
}

const TYPOGRAPHIC: [RegExp, string][] = [
  [/đ/g, 'd'],
  [/Đ/g, 'D'],
  [/[‘’‚′]/g, "'"],
  [/[“”„″]/g, '"'],
  [/[‐‑‒–—−]/g, '-'],
  [/…/g, '...'],
  [/\u00a0/g, ' '],
];

/**
 * Vietnamese text without diacritics ("Hồ sơ đã được tiếp nhận" → "Ho so da duoc tiep nhan"), plus
 * typographic quotes and dashes as ASCII: a Unicode SMS holds 70 characters per part against 160
 * for GSM-7, and many Vietnamese gateways price or refuse it accordingly.
 */
export function withoutDiacritics(text: string): string {
  let folded = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  for (const [pattern, replacement] of TYPOGRAPHIC) folded = folded.replace(pattern, replacement);
  return folded.normalize('NFC');
}
