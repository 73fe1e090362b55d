/**
 * A cheap first pass that picks which procedures are worth ranking. In a catalogue of 2,000+
 * procedures the common words of official names ("giấy phép", "đổi", "kinh doanh") occur in
 * hundreds of names, and ranking every one of them costs more than the rest of the search. The
 * gate keeps one posting list per syllable in a radix tree (MiniSearch's SearchableMap, so fuzzy
 * and prefix expansion behave exactly as in the ranking pass), counts how many of the query's
 * content words each procedure contains, and keeps only those close to the best coverage.
 */
import SearchableMap from 'minisearch/SearchableMap';

import type { AnalyzedQuery, QueryTerm } from './query.ts';
import { coverageOf } from './ranking.ts';

/** Most procedures ranked for one query. */
export const MAX_CANDIDATES = 64;
/** A candidate must cover at least this share of the best candidate's coverage. */
const RELATIVE_COVERAGE = 0.5;
const PREFIX_FACTOR = 0.4;
const FUZZY_FACTOR = 0.45;

/** Posting lists of search-key syllables, with per-query candidate selection. */
export interface CandidateGate {
  /** Adds a procedure with the search keys of its name, keywords and field, and of its keywords alone. */
  add(code: string, keys: ReadonlySet<string>, keywordKeys: ReadonlySet<string>): void;
  remove(code: string): void;
  /** True when some indexed procedure contains the syllable. */
  has(key: string): boolean;
  /** Codes of the procedures worth ranking for `query`, among those `keep` accepts. */
  select(query: AnalyzedQuery, keep: ((code: string) => boolean) | undefined): Set<string>;
}

interface Scratch {
  content: Uint32Array;
  replaced: Uint32Array;
  approx: Float64Array;
  coverage: Float64Array;
  /** Procedures reached by some term, in visiting order (the first `touchedCount` entries). */
  touched: Int32Array;
  touchedCount: number;
}

function emptyScratch(size: number): Scratch {
  return {
    content: new Uint32Array(size),
    replaced: new Uint32Array(size),
    approx: new Float64Array(size),
    coverage: new Float64Array(size),
    touched: new Int32Array(size),
    touchedCount: 0,
  };
}

function inverseDocumentFrequency(df: number, total: number): number {
  return Math.log(1 + (total - df + 0.5) / (df + 0.5));
}

/** Creates an empty gate; procedures are added with their unigram search keys. */
export function createCandidateGate(): CandidateGate {
  const tree = new SearchableMap<number[]>();
  const keywordTree = new SearchableMap<number[]>();
  const numbers = new Map<string, number>();
  const codes: (string | undefined)[] = [];
  const keysOf = new Map<number, { keys: readonly string[]; keywordKeys: readonly string[] }>();

  function add(code: string, keys: ReadonlySet<string>, keywordKeys: ReadonlySet<string>): void {
    const n = codes.length;
    codes.push(code);
    numbers.set(code, n);
    keysOf.set(n, { keys: [...keys], keywordKeys: [...keywordKeys] });
    for (const key of keys) tree.fetch(key, () => []).push(n);
    for (const key of keywordKeys) keywordTree.fetch(key, () => []).push(n);
  }

  function unlist(from: SearchableMap<number[]>, keys: readonly string[], n: number): void {
    for (const key of keys) {
      const rest = (from.get(key) ?? []).filter((d) => d !== n);
      if (rest.length > 0) from.set(key, rest);
      else from.delete(key);
    }
  }

  function remove(code: string): void {
    const n = numbers.get(code);
    if (n === undefined) return;
    const listed = keysOf.get(n);
    unlist(tree, listed?.keys ?? [], n);
    unlist(keywordTree, listed?.keywordKeys ?? [], n);
    numbers.delete(code);
    keysOf.delete(n);
    codes[n] = undefined;
  }

  function visitTerm(term: QueryTerm, scratch: Scratch, postings: SearchableMap<number[]>): void {
    const visit = (docs: readonly number[], factor: number): void => {
      const weight = term.weight * factor * inverseDocumentFrequency(docs.length, numbers.size);
      for (const doc of docs) {
        if (scratch.content[doc] === 0 && scratch.replaced[doc] === 0) {
          scratch.touched[scratch.touchedCount] = doc;
          scratch.touchedCount += 1;
        }
        scratch.content[doc] = (scratch.content[doc] ?? 0) | term.contentMask;
        scratch.replaced[doc] = (scratch.replaced[doc] ?? 0) | term.replacedMask;
        scratch.approx[doc] = (scratch.approx[doc] ?? 0) + weight;
      }
    };
    const exact = postings.get(term.term);
    if (exact !== undefined) visit(exact, 1);
    if (term.prefix) {
      for (const [key, docs] of postings.atPrefix(term.term)) if (key !== term.term) visit(docs, PREFIX_FACTOR);
    }
    if (term.fuzzy > 0) {
      for (const [docs, distance] of postings.fuzzyGet(term.term, term.fuzzy).values()) {
        if (distance > 0) visit(docs, FUZZY_FACTOR / (1 + distance));
      }
    }
  }

  /** Per-query buffers, reused across queries and cleared through `touched` after each one. */
  let scratch: Scratch = emptyScratch(0);

  function select(query: AnalyzedQuery, keep: ((code: string) => boolean) | undefined): Set<string> {
    if (scratch.content.length < codes.length) scratch = emptyScratch(codes.length * 2);
    try {
      for (const term of query.terms) visitTerm(term, scratch, tree);
      for (const term of query.replacedTerms) visitTerm(term, scratch, keywordTree);
      return pick(query, keep);
    } finally {
      for (const doc of scratch.touched.subarray(0, scratch.touchedCount)) {
        scratch.content[doc] = 0;
        scratch.replaced[doc] = 0;
        scratch.approx[doc] = 0;
        scratch.coverage[doc] = 0;
      }
      scratch.touchedCount = 0;
    }
  }

  /** Keeps the procedures near the best coverage, best first, without allocating per procedure. */
  function pick(query: AnalyzedQuery, keep: ((code: string) => boolean) | undefined): Set<string> {
    const { coverage, approx } = scratch;
    const touched = scratch.touched.subarray(0, scratch.touchedCount);
    let best = 0;
    for (const doc of touched) {
      const code = codes[doc];
      if (code === undefined || (keep !== undefined && !keep(code))) continue;
      const value = coverageOf(scratch.content[doc] ?? 0, scratch.replaced[doc] ?? 0, query);
      coverage[doc] = value;
      if (value > best) best = value;
    }
    const floor = Math.max(Number.MIN_VALUE, best * RELATIVE_COVERAGE);
    let kept = touched.filter((doc) => (coverage[doc] ?? 0) >= floor);
    if (kept.length > MAX_CANDIDATES) {
      kept = kept
        .sort((a, b) => (coverage[b] ?? 0) - (coverage[a] ?? 0) || (approx[b] ?? 0) - (approx[a] ?? 0))
        .subarray(0, MAX_CANDIDATES);
    }
    const selected = new Set<string>();
    for (const doc of kept) {
      const code = codes[doc];
      if (code !== undefined) selected.add(code);
    }
    return selected;
  }

  return { add, remove, has: (key) => tree.has(key), select };
}
