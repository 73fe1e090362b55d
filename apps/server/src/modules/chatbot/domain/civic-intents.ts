import type { LookupKind } from '@motcua/contracts';
import { foldText } from './fold.ts';

/** A civic look-up asked for in the chat: the kind, and the street, plate or number typed with it ('' if none). */
export interface CivicRequest {
  kind: LookupKind;
  query: string;
}

/** Something like a plate in the text: `51F12345`, `51F-123.45`, `70H1 234.56`. */
const PLATE = /(?<![\p{L}\p{N}])(\d{2}\s?[a-z]{1,2}\d?[\s.-]*\d{3}[.\s]?\d{1,2})(?![\p{L}\p{N}])/iu;
/** A long number, digits possibly grouped by spaces or dots (a licence has 12). */
const NUMBER = /(?<!\d)(\d[\d .]{4,18}\d)(?!\d)/;
const LAND = /\b(bang gia dat|gia dat)\b/;
const FINES = /\b(phat nguoi|vi pham giao thong|loi vi pham|bi phat)\b/;
const LICENCE = /\b(gplx|giay phep lai xe|bang lai xe|bang lai)\b/;
/** Words that make "giấy phép lái xe" a look-up rather than the procedure of the same name. */
const LICENCE_CHECK = /\b(tra cuu|kiem tra|tra|con han|het han|thu hoi|tam giu|diem)\b/;

/** Words around a street name that are not part of it. */
const BEFORE = new Set([
  'cho',
  'toi',
  'hoi',
  'xin',
  'muon',
  'biet',
  'xem',
  'tra',
  'cuu',
  'o',
  'tai',
  'duong',
  'pho',
  'cua',
  'la',
]);
const AFTER = new Set([
  'bao',
  'nhieu',
  'la',
  'the',
  'nao',
  'hien',
  'nay',
  'a',
  'vay',
  'nhi',
  'khong',
  'the',
  'nhu',
  'm2',
]);

function trim(words: readonly string[]): string[] {
  const folded = words.map((w) => foldText(w).replace(/[.:\-?]/g, ''));
  let start = 0;
  let end = words.length;
  while (start < end && BEFORE.has(folded[start] ?? '')) start += 1;
  while (end > start && (AFTER.has(folded[end - 1] ?? '') || folded[end - 1] === '')) end -= 1;
  return words.slice(start, end).map((w) => w.replace(/[?!.,]+$/, ''));
}

/** The street in a land-price request: the words after "giá đất" (or before it), without the filler. */
function streetOf(text: string): string {
  const words = text.trim().split(/\s+/);
  const folded = words.map((w) => foldText(w));
  for (let i = 0; i < folded.length; i += 1) {
    const pair = `${folded[i] ?? ''} ${folded[i + 1] ?? ''}`;
    const triple = `${pair} ${folded[i + 2] ?? ''}`;
    const length = triple === 'bang gia dat' ? 3 : pair === 'gia dat' ? 2 : 0;
    if (length === 0) continue;
    const after = trim(words.slice(i + length));
    return (after.length > 0 ? after : trim(words.slice(0, i))).join(' ');
  }
  return trim(words).join(' ');
}

function plateOf(text: string): string {
  return PLATE.exec(text)?.[1] ?? '';
}

function numberOf(text: string): string {
  return NUMBER.exec(text)?.[1]?.trim() ?? '';
}

/** The query of a kind in free text (the answer to "which street / plate / number?"). */
export function queryOf(kind: LookupKind, text: string): string {
  switch (kind) {
    case 'land-price':
      return streetOf(text);
    case 'traffic-fines':
      return plateOf(text) || text.trim();
    case 'driving-licence':
      return numberOf(text) || text.trim();
  }
}

/**
 * A civic look-up in free text: "giá đất Nguyễn Trãi", "xe 51F-123.45 có bị phạt nguội không",
 * "GPLX 012345678901 còn hạn không", or a plate alone. "Giấy phép lái xe" without a number or a
 * word of checking is the procedure of that name, left to the catalogue.
 */
export function civicRequest(text: string): CivicRequest | undefined {
  const folded = foldText(text);
  if (LAND.test(folded)) return { kind: 'land-price', query: streetOf(text) };
  if (FINES.test(folded)) return { kind: 'traffic-fines', query: plateOf(text) };
  if (LICENCE.test(folded)) {
    const number = numberOf(text);
    if (number !== '' || LICENCE_CHECK.test(folded)) return { kind: 'driving-licence', query: number };
  }
  const plate = plateOf(text);
  if (plate !== '' && plate.replace(/\s/g, '').length >= text.replace(/\s/g, '').length - 1) {
    return { kind: 'traffic-fines', query: plate };
  }
  return undefined;
}
