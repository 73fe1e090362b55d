import { foldText } from './fold.ts';

/** Words every procedure name may carry that say nothing of what it is about. */
const GENERIC = new Set(['thu', 'tuc']);

const words = (text: string): string[] =>
  foldText(text)
    .replace(/[#.:-]/g, ' ')
    .split(' ')
    .filter((word) => word !== '' && !GENERIC.has(word));

/**
 * How well the typed words name a procedure (0–1): the share of the words found in the name times
 * the share of the name they cover. "khai sinh" is all found in, and half of, "Thủ tục đăng ký khai
 * sinh", but a small part of "Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh". Words compare
 * without diacritics; "Thủ tục" does not count.
 */
export function nameCoverage(query: string, name: string): number {
  const typed = [...new Set(words(query))];
  const named = words(name);
  if (named.length === 0 || typed.length === 0) return 0;
  const inName = new Set(named);
  const found = typed.filter((word) => inName.has(word)).length / typed.length;
  const typedSet = new Set(typed);
  const covered = named.filter((word) => typedSet.has(word)).length / named.length;
  return found * covered;
}

/**
 * Among procedures that the search ranks about equally, the one whose name the words cover at least
 * `margin` times better than any other's, if there is one: that is the one meant, no need to ask.
 */
export function clearlyNamed<T extends { name: string }>(
  query: string,
  candidates: readonly T[],
  margin = 2,
): T | undefined {
  const ranked = candidates
    .map((candidate) => ({ candidate, coverage: nameCoverage(query, candidate.name) }))
    .sort((a, b) => b.coverage - a.coverage);
  const [first, second] = ranked;
  if (!first || first.coverage === 0) return undefined;
  return !second || first.coverage >= margin * second.coverage ? first.candidate : undefined;
}
