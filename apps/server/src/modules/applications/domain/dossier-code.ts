/**
 * Dossier codes (mã hồ sơ) follow TT 01/2018/TT-VPCP Điều 19: `<agency e-ID>-YYMMDD-XXXX`, where
 * YYMMDD is the local date of receipt and XXXX the dossier's number among those the unit received
 * that day (more digits once a unit passes 9,999 in a day).
 */
export function formatDossierCode(unitEid: string, localDate: string, sequence: number): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(localDate)) throw new RangeError(`not a local date: ${localDate}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`not a sequence number: ${sequence}`);
  const yymmdd = `${localDate.slice(2, 4)}${localDate.slice(5, 7)}${localDate.slice(8, 10)}`;
  return `${unitEid}-${yymmdd}-${String(sequence).padStart(4, '0')}`;
}

const segmenter = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/** The letters of a word; NFC Vietnamese needs the segmenter only when combining marks remain. */
function graphemes(word: string): string[] {
  return /\p{M}/u.test(word) ? Array.from(segmenter.segment(word), (s) => s.segment) : Array.from(word);
}

function initialOnly(word: string): string {
  const letters = graphemes(word);
  return `${letters[0] ?? ''}${'*'.repeat(Math.max(1, letters.length - 1))}`;
}

/** Masks a name for public look-ups: the family name stays, other words keep their first letter. */
export function maskName(fullName: string): string {
  const words = fullName.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  const [family, ...rest] = words;
  if (family === undefined) return '';
  if (rest.length === 0) return `${graphemes(family)[0] ?? ''}***`;
  return [family, ...rest.map(initialOnly)].join(' ');
}

/** A Vietnamese mobile number as 84 followed by 9 digits (E.164 without '+'). */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/[^\d]/g, '');
  if (digits.startsWith('84') && digits.length === 11) return digits;
  if (digits.startsWith('0') && digits.length === 10) return `84${digits.slice(1)}`;
  throw new RangeError('not a Vietnamese mobile number');
}
