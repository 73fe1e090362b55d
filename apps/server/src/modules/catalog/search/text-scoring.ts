/**
 * Ranking of the candidates the gate let through. Single syllables are scored by MiniSearch
 * (BM25+ with field boosts, fuzzy and prefix expansion, per-term weights). Two bonuses are added
 * per candidate: a phrase bonus for query bigrams found in the name or keywords (consecutive
 * syllables, so "khai sinh" in that order), and an accent bonus when the citizen typed diacritics
 * and they agree with the name's ("tạm trú" over "tâm"). Looking bigrams up per candidate, rather
 * than through posting lists, keeps common pairs such as "giấy phép" cheap.
 */
import MiniSearch from 'minisearch';

import { foldVietnamese, tokenizeAccented, tokenizeSyllables } from './fold.ts';
import type { AnalyzedQuery, QueryTerm } from './query.ts';
import { coverageScore } from './ranking.ts';
import type { SearchDocument } from './search-document.ts';

/** Field boosts: the official name counts most, then colloquial keywords, then the field. */
const FIELD_BOOSTS = { name: 3, keywords: 2, field: 0.7 };
/** Phrase bonus per matched bigram (times its inverse document frequency). */
const NAME_PHRASE_BONUS = 3.5;
const KEYWORD_PHRASE_BONUS = 2;
/** An incomplete bigram being typed ("khai s…") is valued like one found in 1 procedure in this many. */
const PREFIX_BIGRAM_SHARE = 20;
/** Bonus per accented syllable of the query found with the same diacritics in the name. */
const ACCENT_BONUS = 1;
/** MiniSearch weights of prefix and fuzzy expansions, relative to an exact match. */
const EXPANSION_WEIGHTS = { prefix: 0.375, fuzzy: 0.45 };

/** What MiniSearch indexes for a procedure: accent-free syllables joined by spaces. */
export interface IndexedFields {
  id: string;
  name: string;
  keywords: string;
  field: string;
}

/** Per-procedure data for the bonuses. */
export interface PhraseData {
  readonly nameBigrams: ReadonlySet<string>;
  readonly keywordBigrams: ReadonlySet<string>;
  /** Accented syllables (carrying diacritics) of the name and keywords. */
  readonly accented: ReadonlySet<string>;
}

function bigrams(keys: readonly string[]): string[] {
  return keys.slice(1).map((key, i) => `${keys[i] ?? ''}_${key}`);
}

/** Splits a procedure into what MiniSearch indexes and what the bonuses read. */
export function prepareDocument(doc: SearchDocument): { fields: IndexedFields; phrases: PhraseData } {
  const nameKeys = tokenizeSyllables(doc.name);
  const keywordKeys = doc.keywords.map((k) => tokenizeSyllables(k));
  const accented = [doc.name, ...doc.keywords].flatMap((t) => tokenizeAccented(t));
  return {
    fields: {
      id: doc.code,
      name: nameKeys.join(' '),
      keywords: keywordKeys.flat().join(' '),
      field: tokenizeSyllables(doc.field).join(' '),
    },
    phrases: {
      nameBigrams: new Set(bigrams(nameKeys)),
      keywordBigrams: new Set(keywordKeys.flatMap(bigrams)),
      accented: new Set(accented.filter((s) => foldVietnamese(s) !== s)),
    },
  };
}

/** The search keys of a procedure's name, keywords and field (for the candidate gate). */
export function unigramKeys(fields: IndexedFields): Set<string> {
  return new Set(splitTerms(`${fields.name} ${fields.keywords} ${fields.field}`));
}

/** The search keys of a procedure's keywords alone. */
export function keywordKeys(fields: IndexedFields): Set<string> {
  return new Set(splitTerms(fields.keywords));
}

function splitTerms(text: string): string[] {
  return text.split(' ').filter((t) => t !== '');
}

/** A MiniSearch instance over pre-tokenised, accent-free fields. */
export function createEngine(): MiniSearch<IndexedFields> {
  return new MiniSearch<IndexedFields>({
    fields: ['name', 'keywords', 'field'],
    idField: 'id',
    tokenize: splitTerms,
    processTerm: (term) => term,
    searchOptions: {
      tokenize: splitTerms,
      processTerm: (term) => term,
      boost: FIELD_BOOSTS,
      weights: EXPANSION_WEIGHTS,
    },
  });
}

/** Inverse document frequency, as BM25 computes it. */
function idf(df: number, total: number): number {
  return Math.log(1 + (total - df + 0.5) / (df + 0.5));
}

/** Collection statistics the phrase bonus needs. */
export interface PhraseStats {
  /** Number of procedures whose name or keywords contain the bigram. */
  bigramFrequency(bigram: string): number;
  /** Indexed bigrams that complete a bigram being typed ("khai_s" → "khai_sinh", …). */
  bigramCompletions(prefix: string): readonly string[];
  readonly total: number;
}

/** A query bigram resolved once per query: the indexed bigrams that satisfy it and its value. */
interface PhraseCheck {
  readonly accepted: readonly string[];
  readonly weight: number;
}

function phraseChecks(query: AnalyzedQuery, stats: PhraseStats): PhraseCheck[] {
  return query.bigrams.map((bigram) => {
    const exact = stats.bigramFrequency(bigram.term);
    const frequency = exact === 0 && bigram.prefix ? stats.total / PREFIX_BIGRAM_SHARE : exact;
    const accepted = bigram.prefix ? [bigram.term, ...stats.bigramCompletions(bigram.term)] : [bigram.term];
    return { accepted, weight: bigram.weight * idf(frequency, stats.total) };
  });
}

function phraseBonus(checks: readonly PhraseCheck[], accented: readonly string[], phrases: PhraseData): number {
  let bonus = 0;
  for (const check of checks) {
    if (check.accepted.some((b) => phrases.nameBigrams.has(b))) bonus += NAME_PHRASE_BONUS * check.weight;
    else if (check.accepted.some((b) => phrases.keywordBigrams.has(b))) bonus += KEYWORD_PHRASE_BONUS * check.weight;
  }
  for (const syllable of accented) {
    if (phrases.accented.has(syllable)) bonus += ACCENT_BONUS;
  }
  return bonus;
}

/**
 * Scores candidates: MiniSearch's unigram score plus the phrase and accent bonuses, scaled by
 * coverage. Only candidates are scored (other procedures get a zero document boost, which
 * MiniSearch skips). Returns the positive scores by code.
 */
export function scoreCandidates(
  engine: MiniSearch<IndexedFields>,
  query: AnalyzedQuery,
  candidates: ReadonlySet<string>,
  phrasesOf: (code: string) => PhraseData | undefined,
  stats: PhraseStats,
): Map<string, number> {
  const unigrams = new Map([...query.terms, ...query.replacedTerms].map((t) => [t.term, t]));
  const subquery = (terms: readonly QueryTerm[], fields: string[]) => ({
    queries: [terms.map((t) => t.term).join(' ')],
    fields,
    fuzzy: (term: string) => unigrams.get(term)?.fuzzy ?? 0,
    prefix: (term: string) => unigrams.get(term)?.prefix ?? false,
    boostTerm: (term: string) => unigrams.get(term)?.weight ?? 1,
  });
  const queries = [subquery(query.terms, ['name', 'keywords', 'field'])];
  if (query.replacedTerms.length > 0) queries.push(subquery(query.replacedTerms, ['keywords']));
  const results = engine.search(
    { combineWith: 'OR', queries },
    { boostDocument: (id: unknown) => (typeof id === 'string' && candidates.has(id) ? 1 : 0) },
  );
  const checks = phraseChecks(query, stats);
  const scores = new Map<string, number>();
  for (const result of results) {
    const code = String(result.id);
    const phrases = phrasesOf(code);
    const bonus = phrases === undefined ? 0 : phraseBonus(checks, query.accented, phrases);
    const value = coverageScore(result, query, unigrams, bonus);
    if (value > 0) scores.set(code, value);
  }
  return scores;
}
