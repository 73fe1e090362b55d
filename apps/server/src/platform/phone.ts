/**
 * A Vietnamese mobile number as the system stores it — E.164 without '+', `84` and nine digits —
 * from the forms people and platforms write it in (`0912 345 678`, `+84912345678`, `84912345678`);
 * undefined when it is not a Vietnamese mobile number.
 */
export function vietnamMobileE164(raw: string): string | undefined {
  const digits = raw.replace(/\D/g, '');
  const e164 = digits.startsWith('84') ? digits : digits.startsWith('0') ? `84${digits.slice(1)}` : digits;
  return /^84[35789][0-9]{8}$/.test(e164) ? e164 : undefined;
}
