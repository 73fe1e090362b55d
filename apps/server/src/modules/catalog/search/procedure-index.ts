/**
 * In-memory full-text index of a tenant's procedures. Everything is indexed accent-free, with
 * accented syllables and syllable bigrams kept per procedure for bonuses; typos, Telex,
 * abbreviations and filler words are handled at query time (query.ts), so changing the synonym
 * table never requires re-indexing. A search runs in three steps: analyse the query, let the
 * candidate gate pick the procedures covering most of it, rank those with MiniSearch plus bonuses.
 */
import SearchableMap from 'minisearch/SearchableMap';

import { createCandidateGate } from './candidate-gate.ts';
import { normalizeText, tokenizeSyllables } from './fold.ts';
import { analyzeQuery, type AnalyzedQuery } from './query.ts';
import { variantFactor, variantMarkersOf } from './ranking.ts';
import type { SearchDocument } from './search-document.ts';
import { compileSynonyms, defaultSynonyms, type Synonym } from './synonyms.ts';
import {
  createEngine,
  keywordKeys,
  prepareDocument,
  scoreCandidates,
  unigramKeys,
  type PhraseData,
} from './text-scoring.ts';

/** Options of {@link ProcedureIndex.search}. */
export interface SearchOptions {
  /** Page size, 20 by default. */
  limit?: number;
  /** Hits to skip, 0 by default. */
  offset?: number;
  /** Only procedures of this lĩnh vực (compared accent-free and case-insensitively). */
  field?: string;
  level?: 'province' | 'commune';
}

/** One ranked procedure. */
export interface SearchHit {
  code: string;
  /** Relevance; only the order is meaningful. Exact code hits score above everything else. */
  score: number;
}

/**
 * A page of hits and the number of hits across all pages. A text query ranks at most 64 procedures
 * (those covering most of the query, see candidate-gate.ts); an empty query lists all of them.
 */
export interface SearchResults {
  hits: SearchHit[];
  total: number;
}

/** Search over a set of procedures, updated in place when a version is published or withdrawn. */
export interface ProcedureIndex {
  /** Ranks procedures for a citizen's query; an empty query lists all in name order. */
  search(query: string, options?: SearchOptions): SearchResults;
  /** Adds a procedure; throws when its code is already indexed. */
  add(doc: SearchDocument): void;
  /** Adds or replaces the procedure with the same code (a new version was published). */
  replace(doc: SearchDocument): void;
  /** Removes a procedure; returns false when the code was not indexed. */
  remove(code: string): boolean;
  /** Number of indexed procedures. */
  readonly size: number;
}

const CODE_SCORE = 1_000_000;
const CODE_PREFIX_SCORE = 100_000;
const DEFAULT_LIMIT = 20;

interface Entry {
  readonly doc: SearchDocument;
  /** Accent-free field name, for the field filter. */
  readonly field: string;
  readonly phrases: PhraseData;
  readonly variants: readonly number[];
}

/** A filter on codes; undefined keeps everything. */
type Keep = ((code: string) => boolean) | undefined;

function pageBounds(options: SearchOptions): [number, number] {
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
  return [offset, offset + limit];
}

/** Most completions considered for a bigram being typed. */
const MAX_BIGRAM_COMPLETIONS = 32;

function countBigrams(frequencies: SearchableMap<number>, phrases: PhraseData, delta: number): void {
  for (const bigram of new Set([...phrases.nameBigrams, ...phrases.keywordBigrams])) {
    const next = (frequencies.get(bigram) ?? 0) + delta;
    if (next > 0) frequencies.set(bigram, next);
    else frequencies.delete(bigram);
  }
}

function completions(frequencies: SearchableMap<number>, prefix: string): string[] {
  const found: string[] = [];
  for (const key of frequencies.atPrefix(prefix).keys()) {
    if (found.length >= MAX_BIGRAM_COMPLETIONS) break;
    if (key !== prefix) found.push(key);
  }
  return found;
}

/**
 * Builds a search index over `docs`. `synonyms` defaults to the built-in table; pass
 * `mergeSynonyms(defaultSynonyms, tenantEntries)` for a province with its own entries.
 */
export function createProcedureIndex(
  docs: readonly SearchDocument[],
  synonyms: readonly Synonym[] = defaultSynonyms,
): ProcedureIndex {
  const engine = createEngine();
  const gate = createCandidateGate();
  const entries = new Map<string, Entry>();
  const bigramFrequencies = new SearchableMap<number>();
  const matcher = compileSynonyms(synonyms);
  const collator = new Intl.Collator('vi');
  const stats = {
    bigramFrequency: (bigram: string) => bigramFrequencies.get(bigram) ?? 0,
    bigramCompletions: (prefix: string) => completions(bigramFrequencies, prefix),
    get total() {
      return entries.size;
    },
  };
  let nameOrder: SearchDocument[] | undefined;

  function add(doc: SearchDocument): void {
    if (entries.has(doc.code)) throw new Error(`Procedure ${doc.code} is already indexed`);
    const { fields, phrases } = prepareDocument(doc);
    engine.add(fields);
    gate.add(doc.code, unigramKeys(fields), keywordKeys(fields));
    countBigrams(bigramFrequencies, phrases, 1);
    entries.set(doc.code, { doc, field: fields.field, phrases, variants: variantMarkersOf(doc.name) });
    nameOrder = undefined;
  }

  function remove(code: string): boolean {
    const entry = entries.get(code);
    if (entry === undefined) return false;
    engine.discard(code);
    gate.remove(code);
    countBigrams(bigramFrequencies, entry.phrases, -1);
    entries.delete(code);
    nameOrder = undefined;
    return true;
  }

  function replace(doc: SearchDocument): void {
    remove(doc.code);
    add(doc);
  }

  /** The filter of `options`, or undefined when every procedure passes. */
  function filterFor(options: SearchOptions): ((code: string) => boolean) | undefined {
    if (options.field === undefined && options.level === undefined) return undefined;
    const field = options.field === undefined ? undefined : tokenizeSyllables(options.field).join(' ');
    return (code) => {
      const entry = entries.get(code);
      if (entry === undefined) return false;
      return (
        (options.level === undefined || entry.doc.level === options.level) &&
        (field === undefined || entry.field === field)
      );
    };
  }

  function sortedByName(): SearchDocument[] {
    nameOrder ??= [...entries.values()]
      .map((e) => e.doc)
      .sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code));
    return nameOrder;
  }

  function scoreText(query: AnalyzedQuery, keep: Keep): Map<string, number> {
    if (query.terms.length === 0 && query.replacedTerms.length === 0) return new Map();
    const candidates = gate.select(query, keep);
    if (candidates.size === 0) return new Map();
    const scores = scoreCandidates(engine, query, candidates, (code) => entries.get(code)?.phrases, stats);
    const queryKeys = new Set(query.terms.map((t) => t.term));
    for (const [code, value] of scores) {
      scores.set(code, value * variantFactor(entries.get(code)?.variants ?? [], queryKeys));
    }
    return scores;
  }

  function score(query: AnalyzedQuery, keep: Keep): Map<string, number> {
    const scores = scoreText(query, keep);
    if (query.codePrefix !== undefined) {
      for (const code of entries.keys()) {
        if (code.startsWith(query.codePrefix) && (keep?.(code) ?? true))
          scores.set(code, CODE_PREFIX_SCORE - code.length);
      }
    }
    for (const code of query.codes) {
      if (entries.has(code) && (keep?.(code) ?? true)) scores.set(code, CODE_SCORE + (scores.get(code) ?? 0));
    }
    return scores;
  }

  function search(query: string, options: SearchOptions = {}): SearchResults {
    const keep = filterFor(options);
    const [start, end] = pageBounds(options);
    if (normalizeText(query) === '') {
      const all = keep === undefined ? sortedByName() : sortedByName().filter((doc) => keep(doc.code));
      return { hits: all.slice(start, end).map((doc) => ({ code: doc.code, score: 0 })), total: all.length };
    }
    const analyzed = analyzeQuery(query, {
      synonyms: matcher,
      isKnown: (key) => gate.has(key) || matcher.syllables.has(key),
      isPhrase: (first, second) => bigramFrequencies.has(`${first}_${second}`),
    });
    const ranked = [...score(analyzed, keep)]
      .map(([code, value]) => ({ code, score: value }))
      .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
    return { hits: ranked.slice(start, end), total: ranked.length };
  }

  docs.forEach(add);
  return {
    search,
    add,
    replace,
    remove,
    get size() {
      return entries.size;
    },
  };
}
