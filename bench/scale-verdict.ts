/**
 * The scale run's verdict: how much slower each request got from the small size to the large one,
 * printed, and the run's JSON line (the last line of its output).
 */
import { round3 } from './bench-support.ts';
import type { StageFigures } from './scale-stage.ts';

const MAX_SLOWDOWN = 1.2;

/**
 * How much slower each request got from the small size to the large one. The target is judged on
 * the look-up's p99 at the fixed rate (open loop, below saturation) and on the console requests'
 * median (one officer's requests one at a time: 30 per round, whose "p99" is their slowest, a
 * neighbour's burst more than the query). The look-up at saturation is reported, not judged: its
 * p99 is mostly the queue's length and follows throughput. Each is also divided by the bare route's
 * own drift between the two sizes, measured the same way.
 */
function compare(small: StageFigures, big: StageFigures): Record<string, Record<string, number>> {
  const loadDrift = big.bare.p99 / small.bare.p99;
  const rateDrift = big.bareAtRate.p99 / small.bareAtRate.p99;
  const oneDrift = big.bareSequential.p50 / small.bareSequential.p50;
  const out: Record<string, Record<string, number>> = {};
  out['lookup'] = {
    p50: round3(big.lookup.p50 / small.lookup.p50),
    p99: round3(big.lookup.p99 / small.lookup.p99),
    normalised: round3(big.lookup.p99 / small.lookup.p99 / loadDrift),
  };
  const atRate = big.lookupAtRate.p99 / small.lookupAtRate.p99;
  out['lookup_at_rate'] = {
    p50: round3(big.lookupAtRate.p50 / small.lookupAtRate.p50),
    p99: round3(atRate),
    judged: round3(atRate),
    normalised: round3(atRate / rateDrift),
  };
  for (const [name, b] of Object.entries(big.scenarios)) {
    const a = small.scenarios[name];
    if (!a) continue;
    const p50 = b.p50 / a.p50;
    out[name] = {
      p50: round3(p50),
      p99: round3(b.p99 / a.p99),
      judged: round3(p50),
      normalised: round3(p50 / oneDrift),
    };
  }
  return out;
}

export function report(stages: readonly StageFigures[], rate: number, seconds: number, settleSeconds: number): void {
  const small = stages[0];
  const big = stages.at(-1);
  if (!small || !big) throw new Error('nothing measured');
  const compared = compare(small, big);
  const judged = Object.values(compared).filter((c) => c['judged'] !== undefined);
  const worst = Math.max(...judged.map((c) => c['judged'] ?? 0));
  const worstNormalised = Math.max(...judged.map((c) => c['normalised'] ?? 0));
  for (const [name, c] of Object.entries(compared)) {
    const verdict =
      c['judged'] === undefined
        ? 'not judged (saturated: throughput)'
        : `judged ×${String(c['judged'])}, after the bare route's drift ×${String(c['normalised'])}`;
    console.info(
      `${name.padEnd(22)} ${String(big.dossiers)} vs ${String(small.dossiers)}: p50 ×${String(c['p50'])}, p99 ×${String(c['p99'])}; ${verdict}`,
    );
  }
  console.info(
    `bare route between the two sizes: p99 under load ×${(big.bare.p99 / small.bare.p99).toFixed(2)}, at ${String(rate)}/s ×${(big.bareAtRate.p99 / small.bareAtRate.p99).toFixed(2)}, one at a time p50 ×${(big.bareSequential.p50 / small.bareSequential.p50).toFixed(2)} (the machine's drift)`,
  );
  console.info(
    `target: within ${String(Math.round((MAX_SLOWDOWN - 1) * 100))}% ${worst <= MAX_SLOWDOWN ? 'met' : 'NOT met'} (worst ×${worst.toFixed(2)}; after drift ×${worstNormalised.toFixed(2)})`,
  );
  console.info(`total time ${seconds.toFixed(0)} s`);
  console.log(
    JSON.stringify({
      bench: 'scale',
      ratio: round3(big.lookup.rps / small.lookup.rps),
      baseline: `the same requests over ${String(small.dossiers)} dossiers, in rounds alternating with the large size`,
      method: 'alternating',
      settle_seconds: round3(settleSeconds),
      p50_ms: round3(big.lookup.p50),
      p99_ms: round3(big.lookup.p99),
      rps: Math.round(big.lookup.rps),
      baseline_p50_ms: round3(small.lookup.p50),
      baseline_p99_ms: round3(small.lookup.p99),
      baseline_rps: Math.round(small.lookup.rps),
      rate,
      at_rate_p50_ms: round3(big.lookupAtRate.p50),
      at_rate_p99_ms: round3(big.lookupAtRate.p99),
      baseline_at_rate_p50_ms: round3(small.lookupAtRate.p50),
      baseline_at_rate_p99_ms: round3(small.lookupAtRate.p99),
      dossiers: big.dossiers,
      worst_slowdown: round3(worst),
      worst_slowdown_after_drift: round3(worstNormalised),
      max_slowdown: MAX_SLOWDOWN,
      target_met: worst <= MAX_SLOWDOWN,
      target_met_after_drift: worstNormalised <= MAX_SLOWDOWN,
      compared,
      stages,
    }),
  );
}
