/**
 * Procedure search benchmark: the Vietnamese index over a province-sized catalogue (2,212
 * synthetic procedures plus the demo ones) against a plain substring filter over folded names.
 * Prints readable lines, then one JSON line (the last line) for tooling.
 *
 *   npx tsx bench/search.bench.ts
 */
import { demoProcedures } from '@motcua/demo';
import { CITIZEN_QUERIES } from '../apps/server/src/modules/catalog/search/citizen-queries.ts';
import { foldVietnamese, normalizeText } from '../apps/server/src/modules/catalog/search/fold.ts';
import { createProcedureIndex } from '../apps/server/src/modules/catalog/search/procedure-index.ts';
import { toSearchDocument } from '../apps/server/src/modules/catalog/search/search-document.ts';
import { generateSyntheticCatalog } from '../apps/server/src/modules/catalog/synthetic/generate-catalog.ts';

const MIN_SEARCHES = 20_000;
const WARMUP_ROUNDS = 3;

/** Deterministic PRNG (mulberry32) so the query mix is the same on every run. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Half-typed versions of citizen queries, as sent by search-as-you-type. */
function typedPrefixes(queries: readonly string[]): string[] {
  return queries.flatMap((q) => {
    const cuts = [Math.ceil(q.length * 0.5), Math.ceil(q.length * 0.8)];
    return cuts.map((cut) => q.slice(0, cut)).filter((p) => p.trim().length >= 2);
  });
}

function swapLetters(word: string, random: () => number): string {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  return word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
}

/** Unaccented fragments of synthetic names, one in three with a typo. */
function fragmentsOf(names: readonly string[], count: number, random: () => number): string[] {
  const fragments: string[] = [];
  while (fragments.length < count) {
    const words = foldVietnamese(names[Math.floor(random() * names.length)] ?? '')
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    const size = 2 + Math.floor(random() * 3);
    const start = Math.floor(random() * Math.max(1, words.length - size));
    const picked = words.slice(start, start + size);
    if (fragments.length % 3 === 0 && picked.length > 0) {
      const at = Math.floor(random() * picked.length);
      picked[at] = swapLetters(picked[at] ?? '', random);
    }
    if (picked.length > 0) fragments.push(picked.join(' '));
  }
  return fragments;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

/** Runs `run` over the mix until at least MIN_SEARCHES calls; returns sorted latencies in ms. */
function measure(mix: readonly string[], run: (q: string) => number): { latencies: number[]; seconds: number } {
  for (let round = 0; round < WARMUP_ROUNDS; round += 1) for (const q of mix) run(q);
  const rounds = Math.ceil(MIN_SEARCHES / mix.length);
  const latencies: number[] = [];
  let sink = 0;
  const started = process.hrtime.bigint();
  for (let round = 0; round < rounds; round += 1) {
    for (const q of mix) {
      const t0 = process.hrtime.bigint();
      sink += run(q);
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (sink < 0) console.info('unreachable');
  return { latencies: latencies.sort((a, b) => a - b), seconds };
}

function main(): void {
  const synthetic = generateSyntheticCatalog({ count: 2212, seed: 1 });
  const docs = [...demoProcedures, ...synthetic].map(toSearchDocument);
  const random = createRandom(42);
  const citizen = CITIZEN_QUERIES.map((q) => q.query);
  const mix = [
    ...citizen,
    ...typedPrefixes(citizen.slice(0, 60)),
    ...fragmentsOf(
      synthetic.map((p) => p.name),
      80,
      random,
    ),
  ];

  const builtAt = process.hrtime.bigint();
  const index = createProcedureIndex(docs);
  const buildMs = Number(process.hrtime.bigint() - builtAt) / 1e6;

  const foldedNames = docs.map((d) => foldVietnamese(normalizeText(d.name)));
  const ours = measure(mix, (q) => index.search(q).hits.length);
  const baseline = measure(mix, (q) => {
    const folded = foldVietnamese(normalizeText(q));
    return foldedNames.filter((n) => n.includes(folded)).length;
  });

  const p50 = percentile(ours.latencies, 0.5);
  const p99 = percentile(ours.latencies, 0.99);
  const baseP50 = percentile(baseline.latencies, 0.5);
  const baseP99 = percentile(baseline.latencies, 0.99);
  const rps = ours.latencies.length / ours.seconds;
  const round = (n: number): number => Math.round(n * 1000) / 1000;

  console.info(
    `index: ${docs.length} procedures (${demoProcedures.length} demo + ${synthetic.length} synthetic), built in ${buildMs.toFixed(0)} ms`,
  );
  console.info(
    `query mix: ${mix.length} citizen-style queries, ${ours.latencies.length} timed searches after ${WARMUP_ROUNDS} warm-up rounds`,
  );
  console.info(
    `search:   p50 ${p50.toFixed(3)} ms, p90 ${percentile(ours.latencies, 0.9).toFixed(3)} ms, p99 ${p99.toFixed(3)} ms, max ${(ours.latencies.at(-1) ?? 0).toFixed(3)} ms, ${rps.toFixed(0)} searches/s`,
  );
  console.info(
    `baseline: p50 ${baseP50.toFixed(3)} ms, p99 ${baseP99.toFixed(3)} ms (substring filter over folded names)`,
  );
  console.info(`target p99 <= 5 ms: ${p99 <= 5 ? 'met' : 'NOT met'}`);
  console.log(
    JSON.stringify({
      bench: 'search',
      ratio: round(p99 / baseP99),
      baseline: 'plain in-memory substring filter over folded names',
      p50_ms: round(p50),
      p99_ms: round(p99),
      baseline_p50_ms: round(baseP50),
      baseline_p99_ms: round(baseP99),
      rps: Math.round(rps),
      docs: docs.length,
      queries: ours.latencies.length,
    }),
  );
}

main();
