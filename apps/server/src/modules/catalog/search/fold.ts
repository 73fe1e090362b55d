/**
 * Vietnamese text normalisation for search: Unicode form, accent-free keys, tone placement,
 * Telex/VNI decoding and syllable tokenisation.
 *
 * Vietnamese has no word-segmentation package we can rely on, so text is cut into syllables on
 * spaces and punctuation; phrases are recovered later by indexing syllable bigrams.
 */
import { normalizeTonePlacement } from './tone.ts';

export { decodeTelex, decodeTelexWord, isPlausibleSyllable } from './telex.ts';
export { normalizeTonePlacement, placeTone } from './tone.ts';

/** Trims, collapses runs of whitespace into one space and returns NFC (input may be NFD). */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * Accent-free lowercase key: NFD, combining marks stripped, then đ→d and Đ→D mapped explicitly
 * (đ is a base letter, not d plus a mark, so stripping marks alone keeps it). The lookalike eth
 * (ð, Ð) that some keyboards produce is mapped the same way.
 */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đð]/g, 'd').replace(/[ĐÐ]/g, 'D').toLowerCase();
}

/** Splits text into its syllables (runs of letters or digits), keeping their original form. */
export function splitSyllables(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** Onsets after which a lone final "y" is the same vowel as "i" (kỹ/kĩ, lý/lí, quý/quí). */
const I_Y_ONSET = /^(b|c|d|h|k|l|m|n|p|qu|r|s|t|v|x|ch|gh|kh|nh|ph|th|tr)y$/;

/**
 * Search key of one folded syllable. Spelling "ky/ki", "ly/li", "quy/qui" varies between
 * documents and people, so a lone final y after a consonant becomes i. This applies only inside
 * the search key; displayed text keeps its spelling (place names included).
 */
export function syllableKey(folded: string): string {
  return I_Y_ONSET.test(folded) ? `${folded.slice(0, -1)}i` : folded;
}

/**
 * Tokenises text into accent-free search keys, one per syllable:
 * "Đăng ký Khai-sinh" → ["dang", "ki", "khai", "sinh"].
 */
export function tokenizeSyllables(text: string): string[] {
  return splitSyllables(foldVietnamese(text)).map(syllableKey);
}

/** True when the text carries any Vietnamese diacritic (including đ). */
export function hasDiacritics(text: string): boolean {
  return foldVietnamese(text) !== text.toLowerCase();
}

/**
 * Tokenises text into accented lowercase syllables with the tone on its canonical vowel, for
 * matching that honours diacritics: "Hòa Thủy" and "Hoà Thuỷ" both give ["hoà", "thuỷ"].
 */
export function tokenizeAccented(text: string): string[] {
  return splitSyllables(text).map((s) => normalizeTonePlacement(s.toLowerCase()));
}
