/**
 * Turns what a citizen typed into weighted search terms: procedure codes, Telex decoding,
 * accent-free syllables, run-together words split, synonyms expanded, filler set aside,
 * fuzziness chosen per term, prefix on the word still being typed, and syllable bigrams for the
 * phrase bonus.
 */
import {
  decodeTelex,
  hasDiacritics,
  isPlausibleSyllable,
  normalizeText,
  syllableKey,
  tokenizeAccented,
  tokenizeSyllables,
} from './fold.ts';
import { markStopWords } from './stop-words.ts';
import { applySynonyms, type SynonymMatcher } from './synonyms.ts';

/** Weight of the words a synonym replaced (kept so tenant keywords such as "sổ đỏ" still hit). */
export const REPLACED_WEIGHT = 0.3;
/** Weight of a bigram made of a filler word and a content word ("lại khai", "cấp đổi"). */
const FILLER_BIGRAM_WEIGHT = 0.4;
/** Weight of a spelling candidate made by swapping two adjacent letters ("khia" → "khai"). */
const TRANSPOSED_WEIGHT = 0.8;
/** Longest query considered, in syllables; the rest is ignored (also bounds the work per query). */
export const MAX_QUERY_SYLLABLES = 24;
/** Positions after synonym expansion; each is one bit of a coverage mask. */
const MAX_POSITIONS = 30;

/** A term to look up, with its weight and how loosely it may match. */
export interface QueryTerm {
  readonly term: string;
  readonly weight: number;
  /** Maximum edit distance, 0 for exact only. */
  readonly fuzzy: number;
  readonly prefix: boolean;
  /** Bit set of the content positions this term stands for. */
  readonly contentMask: number;
  /** Bit set of the replaced (pre-synonym) positions this term stands for. */
  readonly replacedMask: number;
}

/** The analysed query. */
export interface AnalyzedQuery {
  /** Full procedure codes typed in the query ("1.001193"). */
  readonly codes: readonly string[];
  /** A code being typed ("1.0011"), when the whole query is one. */
  readonly codePrefix: string | undefined;
  /** Content words, searched in names, keywords and fields. Filler is not searched alone. */
  readonly terms: readonly QueryTerm[];
  /** Words a synonym replaced (not also content words), searched in keywords only. */
  readonly replacedTerms: readonly QueryTerm[];
  readonly bigrams: readonly QueryTerm[];
  /** Accented syllables (tone placement normalised), only those carrying diacritics. */
  readonly accented: readonly string[];
  /** Number of content positions (the denominator of coverage). */
  readonly contentCount: number;
  /** Number of positions holding words a synonym replaced. */
  readonly replacedCount: number;
}

/** What the analyser needs to know about the index. */
export interface QueryContext {
  readonly synonyms: SynonymMatcher;
  /** True when the search key occurs in the index or the synonym table. */
  readonly isKnown: (key: string) => boolean;
  /** True when the two keys occur next to each other in some indexed name or keyword. */
  readonly isPhrase: (first: string, second: string) => boolean;
}

const CODE = /\b\d\.\d{6}(?:\.[0-9A-Za-z]+)*\b/g;
const CODE_PREFIX = /^\d\.\d{0,5}$/;

type Kind = 'content' | 'filler' | 'replaced';

interface Position {
  readonly key: string;
  readonly kind: Kind;
  readonly fuzzy: number;
  readonly prefix: boolean;
  /** The word still being typed (the query does not end with a space). */
  readonly typing: boolean;
  /** Spelling candidates for an unknown word. */
  readonly variants: readonly string[];
}

/** Maximum edit distance for an unknown syllable: none up to 2 letters, 1 up to 5, then 2. */
export function fuzzinessFor(key: string): number {
  if (key.length <= 2 || /\d/.test(key)) return 0;
  return key.length <= 5 ? 1 : 2;
}

/** Splits a run-together word ("dangky", "khaisinh") into known syllables, fewest pieces first. */
export function splitRunTogether(word: string, isKnown: (key: string) => boolean): string[] | undefined {
  if (word.length < 4 || word.length > 40 || /\d/.test(word)) return undefined;
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= word.length; end += 1) {
    for (let start = Math.max(0, end - 7); start <= end - 2; start += 1) {
      const head = best[start];
      const piece = word.slice(start, end);
      if (head === undefined || !isPlausibleSyllable(piece) || !isKnown(syllableKey(piece))) continue;
      const current = best[end];
      if (current === undefined || head.length + 1 < current.length) best[end] = [...head, syllableKey(piece)];
    }
  }
  const pieces = best[word.length];
  return pieces !== undefined && pieces.length > 1 ? pieces : undefined;
}

function transpositions(key: string, isKnown: (key: string) => boolean): string[] {
  const found: string[] = [];
  for (let i = 0; i + 1 < key.length; i += 1) {
    const swapped = key.slice(0, i) + (key[i + 1] ?? '') + (key[i] ?? '') + key.slice(i + 2);
    if (swapped !== key && isKnown(swapped) && !found.includes(swapped)) found.push(swapped);
  }
  return found;
}

function typedKeys(text: string, ctx: QueryContext): string[] {
  return tokenizeSyllables(text)
    .flatMap((key) => (ctx.isKnown(key) ? [key] : (splitRunTogether(key, ctx.isKnown) ?? [key])))
    .slice(0, MAX_QUERY_SYLLABLES);
}

function plain(key: string, kind: Kind): Position {
  return { key, kind, fuzzy: 0, prefix: false, typing: false, variants: [] };
}

/**
 * Accent-free filler can collide with name words: "tại" and "vận tải", "mới" and "môi trường",
 * "có" and "cơ sở" all fold alike. A one-syllable filler next to a content word with which it
 * forms a phrase of the catalogue ("van tai", "moi truong") is therefore content after all.
 */
function rescueFillers(tokens: readonly string[], fillers: readonly boolean[], ctx: QueryContext): boolean[] {
  return fillers.map((filler, i) => {
    if (!filler) return false;
    const key = tokens[i] ?? '';
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const phraseBefore = before !== undefined && fillers[i - 1] !== true && ctx.isPhrase(before, key);
    const phraseAfter = after !== undefined && fillers[i + 1] !== true && ctx.isPhrase(key, after);
    return !(phraseBefore || phraseAfter);
  });
}

/**
 * Classifies each syllable. The word still being typed is completed through its bigram with the
 * previous word ("khai s…" → "khai sinh"), which is selective. It is completed on its own only
 * when it is the whole query, or when it is not yet a known syllable and longer than one letter:
 * expanding a complete word such as "than" to every "thanh" would flood the ranking.
 */
function buildPositions(keys: readonly string[], typingLast: boolean, ctx: QueryContext): Position[] {
  const positions: Position[] = [];
  const spans = applySynonyms(keys, ctx.synonyms);
  const lastSpan = spans[spans.length - 1];
  for (const span of spans) {
    if (span.replaced !== undefined) {
      const expansionFillers = markStopWords(span.tokens);
      positions.push(...span.tokens.map((key, i) => plain(key, expansionFillers[i] === true ? 'filler' : 'content')));
      const replacedFillers = markStopWords(span.replaced);
      positions.push(
        ...span.replaced.filter((_, i) => replacedFillers[i] !== true).map((key) => plain(key, 'replaced')),
      );
      continue;
    }
    const fillers = rescueFillers(span.tokens, markStopWords(span.tokens), ctx);
    span.tokens.forEach((key, i) => {
      const trusted = fillers[i] === true || ctx.isKnown(key);
      const last = typingLast && span === lastSpan && i === span.tokens.length - 1;
      positions.push({
        key,
        kind: fillers[i] === true ? 'filler' : 'content',
        fuzzy: trusted ? 0 : fuzzinessFor(key),
        prefix: last && (keys.length === 1 || (key.length > 1 && !ctx.isKnown(key))),
        typing: last,
        variants: trusted ? [] : transpositions(key, ctx.isKnown),
      });
    });
  }
  if (positions.some((p) => p.kind === 'content')) return positions;
  return positions.map((p) => (p.kind === 'filler' ? { ...p, kind: 'content' } : p));
}

function addTerm(terms: Map<string, QueryTerm>, term: QueryTerm): void {
  const existing = terms.get(term.term);
  terms.set(
    term.term,
    existing === undefined
      ? term
      : {
          term: term.term,
          weight: Math.max(existing.weight, term.weight),
          fuzzy: Math.max(existing.fuzzy, term.fuzzy),
          prefix: existing.prefix || term.prefix,
          contentMask: existing.contentMask | term.contentMask,
          replacedMask: existing.replacedMask | term.replacedMask,
        },
  );
}

function collectTerms(positions: readonly Position[], kind: Kind): Map<string, QueryTerm> {
  const terms = new Map<string, QueryTerm>();
  positions.forEach((p, slot) => {
    if (p.kind !== kind) return;
    const bit = 1 << slot;
    const contentMask = kind === 'content' ? bit : 0;
    const replacedMask = kind === 'replaced' ? bit : 0;
    const weight = kind === 'content' ? 1 : REPLACED_WEIGHT;
    addTerm(terms, { term: p.key, weight, fuzzy: p.fuzzy, prefix: p.prefix, contentMask, replacedMask });
    for (const variant of p.variants) {
      const alternative = { term: variant, weight: weight * TRANSPOSED_WEIGHT, fuzzy: 0, prefix: false };
      addTerm(terms, { ...alternative, contentMask, replacedMask });
    }
  });
  return terms;
}

function collectBigrams(positions: readonly Position[]): QueryTerm[] {
  const phrase = positions.filter((p) => p.kind !== 'replaced');
  const bigrams = new Map<string, QueryTerm>();
  for (let i = 0; i + 1 < phrase.length; i += 1) {
    const a = phrase[i];
    const b = phrase[i + 1];
    if (a === undefined || b === undefined || (a.kind === 'filler' && b.kind === 'filler')) continue;
    const weight = a.kind === 'content' && b.kind === 'content' ? 1 : FILLER_BIGRAM_WEIGHT;
    addTerm(bigrams, {
      term: `${a.key}_${b.key}`,
      weight,
      fuzzy: 0,
      prefix: b.typing,
      contentMask: 0,
      replacedMask: 0,
    });
  }
  return [...bigrams.values()];
}

function emptyQuery(codes: readonly string[], codePrefix: string | undefined): AnalyzedQuery {
  return {
    codes,
    codePrefix,
    terms: [],
    replacedTerms: [],
    bigrams: [],
    accented: [],
    contentCount: 0,
    replacedCount: 0,
  };
}

/**
 * Analyses a raw query. `ctx.isKnown` drives which syllables get fuzzy matching (only words the
 * index does not know: a correctly spelled word is trusted) and run-together splitting.
 */
export function analyzeQuery(raw: string, ctx: QueryContext): AnalyzedQuery {
  const text = normalizeText(raw);
  const codes = text.match(CODE) ?? [];
  const codePrefix = CODE_PREFIX.test(text) ? text : undefined;
  const decoded = decodeTelex(codePrefix === undefined ? text.replace(CODE, ' ') : '');
  const keys = typedKeys(decoded, ctx);
  if (keys.length === 0) return emptyQuery(codes, codePrefix);
  const positions = buildPositions(keys, !/\s$/u.test(raw), ctx).slice(0, MAX_POSITIONS);
  const terms = collectTerms(positions, 'content');
  const replacedTerms = [...collectTerms(positions, 'replaced').values()].filter((t) => !terms.has(t.term));
  return {
    codes,
    codePrefix,
    terms: [...terms.values()],
    replacedTerms,
    bigrams: collectBigrams(positions),
    accented: hasDiacritics(decoded) ? tokenizeAccented(decoded).filter(hasDiacritics) : [],
    contentCount: positions.filter((p) => p.kind === 'content').length,
    replacedCount: positions.filter((p) => p.kind === 'replaced').length,
  };
}
