/**
 * Where the tone mark sits in a Vietnamese syllable.
 *
 * Two spellings coexist: the older one writes "hòa, khỏe, thủy", the newer one (Bộ GD&ĐT
 * orthography rules, QĐ 1989/QĐ-BGDĐT 2018) writes "hoà, khoẻ, thuỷ". Both are correct and both
 * turn up in procedure names and citizens' queries, and even after NFD they differ. We rewrite
 * every syllable to the newer placement so that accented comparisons treat them as equal.
 * Only the tone mark moves; letters (including i/y in proper names) are never changed.
 */

/** The five tone marks as combining characters (NFD). */
export const TONE_MARKS = {
  grave: '\u0300',
  acute: '\u0301',
  tilde: '\u0303',
  hook: '\u0309',
  dot: '\u0323',
} as const;

/** One of the five Vietnamese tones that carry a mark (ngang has none). */
export type ToneMark = (typeof TONE_MARKS)[keyof typeof TONE_MARKS];

const TONE_SET: ReadonlySet<string> = new Set(Object.values(TONE_MARKS));
const TONE_PATTERN = new RegExp(`[${Object.values(TONE_MARKS).join('')}]`, 'gu');
/** Circumflex, breve, horn: they make â ê ô ă ơ ư, the vowels that take the tone first. */
const SHAPE_MARKS: ReadonlySet<string> = new Set(['\u0302', '\u0306', '\u031B']);
const VOWELS: ReadonlySet<string> = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
/** Two-vowel rhymes without a final consonant whose tone goes on the second vowel. */
const SECOND_VOWEL_RHYMES: ReadonlySet<string> = new Set(['oa', 'oe', 'uy']);

interface Cluster {
  base: string;
  marks: string[];
}

function toClusters(word: string): Cluster[] {
  const clusters: Cluster[] = [];
  for (const ch of word.normalize('NFD')) {
    const last = clusters[clusters.length - 1];
    if (/\p{M}/u.test(ch) && last !== undefined) {
      last.marks.push(ch);
    } else {
      clusters.push({ base: ch, marks: [] });
    }
  }
  return clusters;
}

function isVowel(cluster: Cluster | undefined): boolean {
  return cluster !== undefined && VOWELS.has(cluster.base.toLowerCase());
}

function hasShape(cluster: Cluster): boolean {
  return cluster.marks.some((m) => SHAPE_MARKS.has(m));
}

/** Index range [start, end) of the vowel nucleus, skipping the "qu" and "gi" onsets. */
function nucleusRange(clusters: readonly Cluster[]): [number, number] | undefined {
  let start = 0;
  while (start < clusters.length && !isVowel(clusters[start])) start += 1;
  if (start >= clusters.length) return undefined;
  const onset = clusters
    .slice(0, start)
    .map((c) => c.base.toLowerCase())
    .join('');
  const first = clusters[start]?.base.toLowerCase();
  const glide = (onset === 'q' && first === 'u') || (onset === 'g' && first === 'i');
  if (glide && isVowel(clusters[start + 1])) start += 1;
  let end = start;
  while (end < clusters.length && isVowel(clusters[end])) end += 1;
  return [start, end];
}

/** Index of the cluster that carries the tone under the newer placement rules. */
function tonePosition(clusters: readonly Cluster[]): number | undefined {
  const range = nucleusRange(clusters);
  if (range === undefined) return undefined;
  const [start, end] = range;
  for (let i = end - 1; i >= start; i -= 1) {
    const c = clusters[i];
    if (c !== undefined && hasShape(c)) return i;
  }
  const length = end - start;
  const hasFinal = end < clusters.length;
  if (length === 1 || hasFinal) return end - 1;
  if (length === 2) {
    const rhyme = clusters
      .slice(start, end)
      .map((c) => c.base.toLowerCase())
      .join('');
    return SECOND_VOWEL_RHYMES.has(rhyme) ? end - 1 : start;
  }
  return start + 1;
}

/**
 * Puts `tone` on the right vowel of a syllable written without a tone mark (other marks such as
 * the circumflex stay). Returns the syllable in NFC, unchanged when it has no vowel.
 */
export function placeTone(syllable: string, tone: ToneMark | undefined): string {
  const clusters = toClusters(syllable);
  const withoutTone = clusters.map((c) => ({ base: c.base, marks: c.marks.filter((m) => !TONE_SET.has(m)) }));
  const position = tone === undefined ? undefined : tonePosition(withoutTone);
  return withoutTone
    .map((c, i) => c.base + c.marks.join('') + (i === position && tone !== undefined ? tone : ''))
    .join('')
    .normalize('NFC');
}

function isToneMark(ch: string): ch is ToneMark {
  return TONE_SET.has(ch);
}

function retoneWord(word: string): string {
  const tones = word.normalize('NFD').match(TONE_PATTERN) ?? [];
  const tone = tones[0];
  if (tones.length !== 1 || tone === undefined || !isToneMark(tone)) return word;
  return placeTone(word, tone);
}

/**
 * Rewrites every syllable of `text` to the newer tone placement ("hòa" → "hoà", "thủy" → "thuỷ",
 * "khỏe" → "khoẻ"), so that old- and new-style spellings compare equal in accented matching.
 * Words with no tone mark, or that are not made of letters only, are returned untouched.
 * The result is NFC.
 */
export function normalizeTonePlacement(text: string): string {
  return text.normalize('NFC').replace(/[\p{L}\p{M}]+/gu, retoneWord);
}
