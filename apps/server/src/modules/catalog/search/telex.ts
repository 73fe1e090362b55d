/**
 * Best-effort decoding of raw Telex and VNI keystrokes, typed when the phone's Vietnamese input
 * method is off or misbehaves: "dawng kys khai sinh" → "đăng ký khai sinh", "ddawng ky" → "đăng ký",
 * "ly1 lich5" → "lý lịch". Each word is decoded on its own and kept only when the result is a
 * plausible Vietnamese syllable, so abbreviations ("gplx", "cccd") and plain unaccented words
 * ("khai sinh") pass through unchanged.
 */
import { TONE_MARKS, placeTone, type ToneMark } from './tone.ts';

const TELEX_TONES: Readonly<Record<string, ToneMark>> = {
  s: TONE_MARKS.acute,
  f: TONE_MARKS.grave,
  r: TONE_MARKS.hook,
  x: TONE_MARKS.tilde,
  j: TONE_MARKS.dot,
};

const VNI_TONES: Readonly<Record<string, ToneMark>> = {
  '1': TONE_MARKS.acute,
  '2': TONE_MARKS.grave,
  '3': TONE_MARKS.hook,
  '4': TONE_MARKS.tilde,
  '5': TONE_MARKS.dot,
};

const CIRCUMFLEX: Readonly<Record<string, string>> = { a: 'â', e: 'ê', o: 'ô' };
const HORN: Readonly<Record<string, string>> = { o: 'ơ', u: 'ư' };
const BREVE: Readonly<Record<string, string>> = { a: 'ă' };
const PLAIN_VOWELS = 'aeiouy';

/**
 * A folded syllable that Vietnamese spelling allows: optional onset, a vowel nucleus of one to
 * three letters, optional final consonant.
 */
const PLAUSIBLE_SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/;

/** Letters that may follow a Telex tone key inside a word: finals, the w key, a repeated tone key. */
const AFTER_TONE_KEY = /^[cghmnptwsfrxj]*$/;

interface DecodeState {
  letters: string[];
  tone: ToneMark | undefined;
  changed: boolean;
}

function lastVowelIndex(letters: readonly string[]): number {
  for (let i = letters.length - 1; i >= 0; i -= 1) {
    const base = (letters[i] ?? '').normalize('NFD')[0] ?? '';
    if (PLAIN_VOWELS.includes(base)) return i;
  }
  return -1;
}

/** Applies a shape key (Telex w/aa/ee/oo, VNI 6/7/8) to the last vowel that accepts it. */
function reshape(state: DecodeState, table: Readonly<Record<string, string>>): boolean {
  const i = lastVowelIndex(state.letters);
  const target = state.letters[i];
  const shaped = target === undefined ? undefined : table[target];
  if (shaped === undefined) return false;
  state.letters[i] = shaped;
  const before = state.letters[i - 1];
  if (table === HORN && target === 'o' && before === 'u') state.letters[i - 1] = 'ư';
  state.changed = true;
  return true;
}

function hasVowel(letters: readonly string[]): boolean {
  return lastVowelIndex(letters) >= 0;
}

function applyTelexKey(state: DecodeState, ch: string, rest: string): boolean {
  const tone = TELEX_TONES[ch];
  if (tone !== undefined && hasVowel(state.letters) && AFTER_TONE_KEY.test(rest)) {
    state.tone = tone;
    state.changed = true;
    return true;
  }
  if (ch === 'z' && hasVowel(state.letters) && rest === '') {
    state.tone = undefined;
    state.changed = true;
    return true;
  }
  const previous = state.letters[state.letters.length - 1];
  if (ch === 'd' && previous === 'd') {
    state.letters[state.letters.length - 1] = 'đ';
    state.changed = true;
    return true;
  }
  if (ch === previous && CIRCUMFLEX[ch] !== undefined) return reshape(state, CIRCUMFLEX);
  if (ch !== 'w') return false;
  if (reshape(state, HORN) || reshape(state, BREVE)) return true;
  state.letters.push('ư');
  state.changed = true;
  return true;
}

function applyVniKey(state: DecodeState, ch: string): boolean {
  const tone = VNI_TONES[ch];
  if (tone !== undefined) {
    state.tone = tone;
    state.changed = true;
    return true;
  }
  if (ch === '6') return reshape(state, CIRCUMFLEX);
  if (ch === '7') return reshape(state, HORN);
  if (ch === '8') return reshape(state, BREVE);
  if (ch === '9') {
    const i = state.letters.lastIndexOf('d');
    if (i < 0) return false;
    state.letters[i] = 'đ';
    state.changed = true;
    return true;
  }
  if (ch === '0') {
    state.tone = undefined;
    return true;
  }
  return false;
}

function foldSyllable(syllable: string): string {
  return syllable.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

/**
 * Decodes one lowercase ASCII word typed in Telex or VNI. Returns undefined when the word holds
 * no input-method keys or does not decode to a plausible syllable.
 */
export function decodeTelexWord(word: string): string | undefined {
  if (!/^[a-z][a-z0-9]*$/.test(word)) return undefined;
  const state: DecodeState = { letters: [], tone: undefined, changed: false };
  for (let i = 0; i < word.length; i += 1) {
    const ch = word.charAt(i);
    const rest = word.slice(i + 1);
    const consumed = /[0-9]/.test(ch) ? applyVniKey(state, ch) : applyTelexKey(state, ch, rest);
    if (!consumed) {
      if (/[0-9]/.test(ch)) return undefined;
      state.letters.push(ch);
    }
  }
  if (!state.changed) return undefined;
  const decoded = placeTone(state.letters.join(''), state.tone);
  return PLAUSIBLE_SYLLABLE.test(foldSyllable(decoded)) ? decoded : undefined;
}

/**
 * Decodes raw Telex/VNI typing word by word, keeping every word that is not recognisably Telex
 * or VNI as it was. Case is lowered only in decoded words.
 */
export function decodeTelex(text: string): string {
  return text.normalize('NFC').replace(/[\p{L}\p{N}]+/gu, (word) => decodeTelexWord(word.toLowerCase()) ?? word);
}

/** True when a folded syllable could be Vietnamese (onset, 1–3 vowels, final consonant). */
export function isPlausibleSyllable(folded: string): boolean {
  return PLAUSIBLE_SYLLABLE.test(folded);
}
