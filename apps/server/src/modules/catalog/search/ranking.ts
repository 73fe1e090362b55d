/**
 * Scoring rules applied on top of MiniSearch's BM25+: query coverage and the preference for a
 * base procedure over its variants.
 */
import type { SearchResult } from 'minisearch';

import { tokenizeAccented, tokenizeSyllables } from './fold.ts';
import type { AnalyzedQuery, QueryTerm } from './query.ts';

/** Coverage credited to a result that matches only the words a synonym replaced. */
const REPLACED_COVERAGE = 0.3;

/** Factor applied to a variant procedure when the query does not ask for the variant. */
export const VARIANT_PENALTY = 0.75;

interface VariantMarker {
  /** Accented syllables marking the variant in an official name ("lại", "thay đổi"). */
  readonly inName: readonly string[];
  /** Accent-free query words that show the citizen wants this variant; any one suffices. */
  readonly wantedBy: readonly (readonly string[])[];
}

function marker(inName: string, wantedBy: readonly string[]): VariantMarker {
  return { inName: tokenizeAccented(inName), wantedBy: wantedBy.map((w) => tokenizeSyllables(w)) };
}

/**
 * Words that turn a procedure into a variant of a base one (đăng ký lại khai sinh vs đăng ký
 * khai sinh, thay đổi nội dung vs thành lập hộ kinh doanh). Matched accented on the name, because
 * accent-free "lai" is both "lại" and "lái" (lái xe).
 */
const VARIANT_MARKERS: readonly VariantMarker[] = [
  marker('lại', ['lai']),
  marker('thay đổi', ['thay', 'doi', 'sua']),
  marker('điều chỉnh', ['dieu chinh', 'chinh', 'sua']),
  marker('gia hạn', ['gia han', 'het han']),
  marker('thu hồi', ['thu hoi']),
  marker('chấm dứt', ['cham dut', 'dung', 'ngung', 'giai the']),
  marker('tạm ngừng', ['tam ngung', 'ngung', 'dung']),
  marker('yếu tố nước ngoài', ['nuoc ngoai', 'ngoai', 'yeu to']),
];

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    if (needle.every((s, j) => haystack[i + j] === s)) return true;
  }
  return false;
}

/** The variant markers found in a procedure name, to be stored with the indexed document. */
export function variantMarkersOf(name: string): readonly number[] {
  const syllables = tokenizeAccented(name);
  return VARIANT_MARKERS.flatMap((m, i) => (containsRun(syllables, m.inName) ? [i] : []));
}

/** Product of penalties for the variants a name has and the query does not ask for. */
export function variantFactor(markers: readonly number[], queryKeys: ReadonlySet<string>): number {
  let factor = 1;
  for (const index of markers) {
    const wanted = VARIANT_MARKERS[index]?.wantedBy.some((words) => words.every((w) => queryKeys.has(w))) ?? true;
    if (!wanted) factor *= VARIANT_PENALTY;
  }
  return factor;
}

function bitCount(mask: number): number {
  let n = mask >>> 0;
  let count = 0;
  while (n !== 0) {
    n &= n - 1;
    count += 1;
  }
  return count;
}

/**
 * Share of the query a procedure covers, from the bit sets of the positions it matched: the share
 * of content words, or, when it matches none of them but only words a synonym replaced (a tenant
 * keyword such as "sổ đỏ"), a reduced share of those.
 */
export function coverageOf(contentMask: number, replacedMask: number, query: AnalyzedQuery): number {
  const contentShare = query.contentCount > 0 ? bitCount(contentMask) / query.contentCount : 0;
  if (contentShare > 0) return contentShare;
  const replacedShare = query.replacedCount > 0 ? bitCount(replacedMask) / query.replacedCount : 0;
  return REPLACED_COVERAGE * replacedShare;
}

/**
 * Final score of a MiniSearch result: its BM25+ sum (MiniSearch's matched-term multiplier
 * undone) plus `bonus`, times the squared coverage, so a name that matches every content word
 * beats one that matches a single word many times. A result covering nothing scores 0.
 */
export function coverageScore(
  result: SearchResult,
  query: AnalyzedQuery,
  unigrams: ReadonlyMap<string, QueryTerm>,
  bonus: number,
): number {
  let content = 0;
  let replaced = 0;
  for (const term of result.queryTerms) {
    const spec = unigrams.get(term);
    if (spec === undefined) continue;
    content |= spec.contentMask;
    replaced |= spec.replacedMask;
  }
  const coverage = coverageOf(content, replaced, query);
  if (coverage === 0) return 0;
  const raw = result.score / Math.max(1, result.queryTerms.length) + bonus;
  return raw * (0.1 + coverage) ** 2;
}
