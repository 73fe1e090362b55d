import { fold, foldKeepingPlaces } from './fold.ts';
import { idNumberPlausibility } from './id-number.ts';
import type { OcrLine, OcrPage } from './ocr-page.ts';

/** The fields of the front of a Căn cước / CCCD card, in the order they are printed. */
export const ID_CARD_FIELDS = [
  'idNumber',
  'fullName',
  'dateOfBirth',
  'sex',
  'nationality',
  'placeOfOrigin',
  'placeOfResidence',
  'expiryDate',
] as const;
export type IdCardField = (typeof ID_CARD_FIELDS)[number];

/** A value read from the card, offered to the person, who confirms or edits it. */
export interface Proposal {
  field: IdCardField;
  value: string;
  /** 0–1. */
  confidence: number;
}

type LabelField = Exclude<IdCardField, 'idNumber'> | 'other';

/**
 * Printed labels, folded, Vietnamese and English, of the 2016–2021 CCCD and of the 2024 Căn cước.
 * `other` labels only end the value before them.
 */
const LABELS: readonly { field: LabelField; pattern: RegExp }[] = [
  { field: 'fullName', pattern: /ho,? chu dem va ten( khai sinh)?|ho va ten|full ?name/g },
  { field: 'dateOfBirth', pattern: /ngay,? thang,? nam sinh|ngay sinh|date of birth/g },
  { field: 'sex', pattern: /gioi tinh|\bsex\b/g },
  { field: 'nationality', pattern: /quoc tich|nationality/g },
  { field: 'placeOfOrigin', pattern: /que quan|place of origin/g },
  { field: 'placeOfResidence', pattern: /noi thuong tru|noi cu tru|place of residence/g },
  { field: 'expiryDate', pattern: /co gia tri den|gia tri den|date of expiry/g },
  {
    field: 'other',
    pattern:
      /so dinh danh ca nhan|personal identification number|\bso\s*\/\s*no\b|noi dang ky khai sinh|place of birth|date of issue|can cuoc( cong dan)?|identity card/g,
  },
];

interface LabelAt {
  field: LabelField;
  start: number;
  end: number;
}

function labelsIn(line: string): LabelAt[] {
  const folded = foldKeepingPlaces(line);
  const found: LabelAt[] = [];
  for (const { field, pattern } of LABELS) {
    for (const m of folded.matchAll(pattern)) found.push({ field, start: m.index, end: m.index + m[0].length });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((l, i) => i === 0 || l.start >= (found[i - 1]?.end ?? 0));
}

const EDGE_PUNCTUATION = /^[\s/:.,;|_~'"-]+|[\s/:,;|_~'"-]+$/g;

function clean(text: string): string {
  return text.normalize('NFC').replace(EDGE_PUNCTUATION, '').replace(/\s+/g, ' ').trim();
}

/** The recogniser's confidence in the words of `value` on the lines it came from, 0–1. */
function wordConfidence(value: string, lines: readonly OcrLine[]): number {
  const wanted = fold(value);
  const words = lines
    .flatMap((l) => l.words)
    .filter((w) => {
      const f = fold(clean(w.text));
      return f !== '' && wanted.includes(f);
    });
  const pool = words.length > 0 ? words : lines;
  return pool.reduce((sum, w) => sum + w.confidence, 0) / Math.max(1, pool.length) / 100;
}

interface RawValue {
  field: Exclude<LabelField, 'other'>;
  value: string;
  lines: OcrLine[];
}

/** The text after a label up to the next label, or the next line when the label ends its line. */
function rawValues(lines: readonly OcrLine[]): RawValue[] {
  const values: RawValue[] = [];
  lines.forEach((line, index) => {
    const labels = labelsIn(line.text);
    labels.forEach((label, k) => {
      if (label.field === 'other') return;
      const next = labels[k + 1];
      const sameLine = clean(line.text.slice(label.end, next?.start ?? line.text.length));
      if (sameLine !== '') {
        values.push({ field: label.field, value: sameLine, lines: [line] });
        return;
      }
      if (next) return;
      const following = lines[index + 1];
      if (!following) return;
      const firstLabel = labelsIn(following.text)[0];
      const text = clean(following.text.slice(0, firstLabel?.start ?? following.text.length));
      if (text !== '') values.push({ field: label.field, value: text, lines: [following] });
    });
  });
  return values;
}

const DATE = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/;

/** dd/MM/yyyy and whether it is a real calendar date. */
function readDate(text: string): { value: string; valid: boolean; year: number } | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { value: `${pad(day)}/${pad(month)}/${String(year)}`, valid: valid && year >= 1900 && year <= 2200, year };
}

/** "NGUYỄN VĂN AN" → "Nguyễn Văn An": names are printed in capitals, forms take them like this. */
function nameCase(text: string): string {
  return text
    .toLocaleLowerCase('vi')
    .split(' ')
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ');
}

function tidy(raw: RawValue): Proposal | undefined {
  const confidence = wordConfidence(raw.value, raw.lines);
  const folded = fold(raw.value);
  switch (raw.field) {
    case 'dateOfBirth':
    case 'expiryDate': {
      const date = readDate(raw.value);
      if (date) return { field: raw.field, value: date.value, confidence: confidence * (date.valid ? 1 : 0.4) };
      if (raw.field === 'expiryDate' && folded.startsWith('khong thoi han')) {
        return { field: raw.field, value: 'Không thời hạn', confidence };
      }
      return undefined;
    }
    case 'sex':
      if (/^nam\b/.test(folded)) return { field: 'sex', value: 'Nam', confidence };
      if (/^nu\b/.test(folded)) return { field: 'sex', value: 'Nữ', confidence };
      return undefined;
    case 'nationality':
      return folded.startsWith('viet nam')
        ? { field: 'nationality', value: 'Việt Nam', confidence }
        : { field: 'nationality', value: raw.value, confidence: confidence * 0.8 };
    case 'fullName': {
      const letters = raw.value
        .replace(/[^\p{L}\s]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (letters === '') return undefined;
      const words = letters.split(' ').length;
      const plausible = words >= 2 && words <= 7 && letters === raw.value;
      return { field: 'fullName', value: nameCase(letters), confidence: confidence * (plausible ? 1 : 0.5) };
    }
    case 'placeOfOrigin':
    case 'placeOfResidence':
      return { field: raw.field, value: raw.value, confidence };
  }
}

/** A 12-digit number on the card (digits may be grouped by spaces), preferring the labelled line. */
function idNumberOf(lines: readonly OcrLine[]): { value: string; line: OcrLine } | undefined {
  const found: { value: string; line: OcrLine; labelled: boolean }[] = [];
  for (const line of lines) {
    for (const m of line.text.matchAll(/\d[\d ]{10,18}\d/g)) {
      const digits = m[0].replace(/ /g, '');
      if (digits.length !== 12) continue;
      const before = fold(line.text.slice(0, m.index));
      found.push({ value: digits, line, labelled: /\b(so|no|dinh danh|number)\b/.test(before) });
    }
  }
  return found.find((f) => f.labelled) ?? found[0];
}

/**
 * Proposes the fields of an ID card's front from what the recogniser read. Each value is tidied
 * (dates dd/MM/yyyy, sex Nam/Nữ, the name in name case) and scored by the recogniser's confidence,
 * lowered where the value fails its own checks (a date that does not exist, an ID number whose
 * province code or birth digits do not fit). Fields not found are left out: nothing is guessed.
 */
export function readIdCard(page: OcrPage): Proposal[] {
  const byField = new Map<IdCardField, Proposal>();
  for (const raw of rawValues(page.lines)) {
    const proposal = tidy(raw);
    const known = byField.get(raw.field);
    if (proposal && (!known || proposal.confidence > known.confidence)) byField.set(raw.field, proposal);
  }
  const id = idNumberOf(page.lines);
  if (id) {
    const birth = byField.get('dateOfBirth')?.value;
    const year = birth === undefined ? undefined : Number(birth.slice(6));
    const plausibility = idNumberPlausibility(id.value, year, byField.get('sex')?.value);
    byField.set('idNumber', {
      field: 'idNumber',
      value: id.value,
      confidence: wordConfidence(id.value, [id.line]) * plausibility,
    });
  }
  return ID_CARD_FIELDS.flatMap((field) => {
    const proposal = byField.get(field);
    return proposal ? [{ ...proposal, confidence: Math.round(proposal.confidence * 100) / 100 }] : [];
  });
}

/** Whether the text has a 12-digit ID number anywhere (grouped or not). */
export function hasIdNumber(page: OcrPage): boolean {
  return idNumberOf(page.lines) !== undefined;
}
