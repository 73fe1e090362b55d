/**
 * Soak and spike benchmark: one booted system (API and job runner in one process, as `npm start`
 * runs them) under a steady open-loop mix of citizens filing dossiers with a photo, public
 * look-ups by code, officers' actions and signed Zalo OA events (soak-flows.ts) for 30 minutes,
 * then 5× that rate for 2 minutes, then the steady rate for 3 more. The steady rate is measured
 * first (soak-rate.ts) unless `BENCH_SOAK_RATE` sets it.
 *
 * Checks: no unexpected answer over the whole run; the heap after a full collection within 10%
 * (second vs last quarter of the soak up to the spike's reference); the job queue no longer at
 * the end of the soak than at its middle; p95 per 10-second window back within 1.2× of the last
 * 5 minutes before the spike within 60 s of its end. Prints readable lines, then one JSON line
 * (the last line).
 *
 *   node --expose-gc --import tsx bench/soak.bench.ts [--durable]   (npm run bench:soak)
 *   BENCH_SOAK_MINUTES=4 npm run bench:soak                          (a shorter soak; BENCH_QUICK=1: 3)
 */
import { documentJpeg } from '../apps/server/src/modules/attachments/test/images.ts';
import { heapQuarters, median } from '../apps/server/test/fanout-run.ts';
import { durabilityNote, durableFlag, round3 } from './bench-support.ts';
import { runLoad, type LoadStep, type PhaseSummary, type WindowStats } from './soak-load.ts';
import { backlogFor, chooseRate, loadPlan, MIX, WINDOW_SECONDS } from './soak-rate.ts';
import { bootSoakSystem, type SoakSystem } from './soak-system.ts';

const MINUTES = Number(process.env['BENCH_SOAK_MINUTES'] ?? (process.env['BENCH_QUICK'] === '1' ? 3 : 30));
const FIXED_RATE = process.env['BENCH_SOAK_RATE'] ? Number(process.env['BENCH_SOAK_RATE']) : undefined;
const SPIKE_FACTOR = 5;
const SPIKE_SECONDS = 120;
const AFTER_SECONDS = 180;
/** The spike's reference: the last 5 minutes before it (half the soak when that is shorter). */
const BEFORE_SECONDS = Math.min(300, Math.floor((MINUTES * 60) / 2 / 10) * 10);
const TARGETS = { heapGrowth: 0.1, recoveryBound: 1.2, recoverySeconds: 60 } as const;
/**
 * The heap is sampled until the spike's reference starts: each sample follows a full collection,
 * a pause (often 100 ms and more here) the requests feel, which must not weigh on the reference,
 * the spike or the recovery. About 120 samples, at least 10 s apart.
 */
const HEAP_SECONDS = MINUTES * 60 - BEFORE_SECONDS;
const SAMPLE_MS = Math.max(10_000, Math.round((HEAP_SECONDS * 1000) / 120));
const mb = (bytes: number): number => Math.round(bytes / 1048576);
const gc = (globalThis as { gc?: () => void }).gc;

interface Samples {
  heap: { at: number; bytes: number; gcMs: number }[];
  jobs: { at: number; pending: number }[];
}

/** Waiting jobs from the load's start on, and the heap after a full collection until `HEAP_SECONDS`. */
function startSampling(soak: SoakSystem): { samples: Samples; stop: () => void } {
  const samples: Samples = { heap: [], jobs: [] };
  const started = Date.now();
  const timer = setInterval(() => {
    const at = (Date.now() - started) / 1000;
    if (at <= HEAP_SECONDS) {
      const collecting = performance.now();
      gc?.();
      samples.heap.push({ at, bytes: process.memoryUsage().heapUsed, gcMs: performance.now() - collecting });
    }
    void soak.jobs().then((j) => samples.jobs.push({ at, pending: j.pending }));
  }, SAMPLE_MS);
  return { samples, stop: () => clearInterval(timer) };
}

const between = <T extends { at: number }>(list: readonly T[], from: number, to: number): T[] =>
  list.filter((s) => s.at >= from && s.at < to);

function describePhase(p: PhaseSummary): string {
  const kinds = Object.entries(p.kinds)
    .map(([k, s]) => `${k} ${String(s.requests)} (p95 ${s.p95.toFixed(0)} ms)`)
    .join(', ');
  const errors = p.errors > 0 ? ` ${JSON.stringify(p.errorCodes)}` : '';
  return `${p.label.padEnd(6)} offered ${String(p.offered)}/s for ${String(p.seconds)} s, answered ${p.rps.toFixed(1)}/s: p50 ${p.p50.toFixed(0)} ms, p95 ${p.p95.toFixed(0)} ms, p99 ${p.p99.toFixed(0)} ms; ${String(p.errors)} errors${errors}, ${String(p.expected)} expected problems, ${String(p.starved)} actions without a dossier; ${kinds}`;
}

function describeWindow(w: WindowStats): string {
  return `  ${String(w.at).padStart(5)} s ${w.label.padEnd(6)} p95 ${w.p95.toFixed(0).padStart(5)} ms, p99 ${w.p99.toFixed(0).padStart(5)} ms, ${String(w.requests)} requests, ${String(w.errors)} errors`;
}

interface Run {
  rate: number;
  capacity: number | undefined;
  source: string;
  phases: PhaseSummary[];
  windows: WindowStats[];
  samples: Samples;
  soakSeconds: number;
}

/** The soak, the spike and the steady rate again, sampling memory and jobs; prints a window a minute, all of them around the spike. */
async function soakAndSpike(soak: SoakSystem, photo: Buffer, rate: number): Promise<Omit<Run, 'capacity' | 'source'>> {
  const soakSeconds = MINUTES * 60;
  const steps: LoadStep[] = [
    { label: 'steady', seconds: soakSeconds - BEFORE_SECONDS, rate },
    { label: 'before', seconds: BEFORE_SECONDS, rate },
    { label: 'spike', seconds: SPIKE_SECONDS, rate: rate * SPIKE_FACTOR },
    { label: 'after', seconds: AFTER_SECONDS, rate },
  ];
  const backlog = await soak.fileBacklog(backlogFor(steps));
  const perSecond = (share: number, per = 1): string => ((rate * share) / per).toFixed(1);
  console.info(
    `soak: ${String(MINUTES)} min at ${String(rate)}/s (${perSecond(MIX.filing, 2)} filings/s with a photo each, ${perSecond(MIX.transition)} officers' actions/s, ${perSecond(MIX.lookup)} look-ups/s, ${perSecond(MIX.webhook)} Zalo events/s), then ${String(SPIKE_SECONDS)} s at ${String(rate * SPIKE_FACTOR)}/s, then ${String(AFTER_SECONDS)} s at ${String(rate)}/s`,
  );
  const windows: WindowStats[] = [];
  let sampling: ReturnType<typeof startSampling> | undefined;
  const phases = await runLoad(loadPlan(soak, steps, backlog, photo), (message) => {
    if (message.type === 'started') sampling = startSampling(soak);
    else {
      windows.push(message.window);
      if (message.window.index % 6 === 5 || message.window.label !== 'steady')
        console.info(describeWindow(message.window));
    }
  });
  sampling?.stop();
  return { rate, phases, windows, samples: sampling?.samples ?? { heap: [], jobs: [] }, soakSeconds };
}

/** The figures and verdicts of a run. */
async function judge(soak: SoakSystem, run: Run) {
  const phase = (label: string): PhaseSummary | undefined => run.phases.find((p) => p.label === label);
  const heap = heapQuarters(run.samples.heap.map((s) => s.bytes));
  const heapGrowth = heap.second > 0 ? (heap.last - heap.second) / heap.second : 0;
  const half = run.soakSeconds / 2;
  const jobsMid = median(between(run.samples.jobs, half - 30, half + 30).map((s) => s.pending));
  const jobsEnd = median(between(run.samples.jobs, run.soakSeconds - 60, run.soakSeconds).map((s) => s.pending));
  const spikeEnd = run.soakSeconds + SPIKE_SECONDS;
  const before = phase('before')?.p95 ?? 0;
  const windows = [...run.windows].sort((a, b) => a.index - b.index);
  const back = windows.find((w) => w.at >= spikeEnd && w.p95 <= before * TARGETS.recoveryBound);
  const recovery = back ? back.at - spikeEnd : undefined;
  const errorCodes: Record<string, number> = {};
  for (const [code, n] of run.phases.flatMap((p) => Object.entries(p.errorCodes)))
    errorCodes[code] = (errorCodes[code] ?? 0) + n;
  const errors = run.phases.reduce((sum, p) => sum + p.errors, 0);
  return {
    heap,
    heapGrowth,
    jobsMid,
    jobsEnd,
    jobs: await soak.jobs(),
    before,
    during: phase('spike')?.p95 ?? 0,
    after: phase('after')?.p95 ?? 0,
    recovery,
    windows,
    errors,
    errorCodes,
    met: {
      no_errors: errors === 0,
      heap_flat: heapGrowth <= TARGETS.heapGrowth,
      queue_bounded: jobsEnd <= jobsMid * 1.1 + 10,
      recovery: recovery !== undefined && recovery <= TARGETS.recoverySeconds,
    },
  };
}

function print(run: Run, v: Awaited<ReturnType<typeof judge>>, ephemeral: boolean): void {
  for (const p of run.phases) console.info(describePhase(p));
  const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  const pauses = run.samples.heap.map((h) => h.gcMs);
  console.info(
    `memory: heap after GC ${String(mb(v.heap.second))} MB (2nd quarter of the first ${String(HEAP_SECONDS)} s) → ${String(mb(v.heap.last))} MB (last quarter): ${(v.heapGrowth * 100).toFixed(1)}%; ${String(pauses.length)} forced collections every ${String(SAMPLE_MS / 1000)} s, ${median(pauses).toFixed(0)} ms each (longest ${Math.max(0, ...pauses).toFixed(0)} ms), none from the spike's reference on`,
  );
  console.info(
    `jobs due and not done: ${String(v.jobsMid)} at the middle of the soak, ${String(v.jobsEnd)} at its end, ${String(v.jobs.pending)} after the spike; ${String(v.jobs.scheduled)} set for later (reminders, retries backing off); ${String(v.jobs.dead)} failed for good; ${String(v.jobs.retried)} failed at least once ${JSON.stringify(v.jobs.retriedByTask)}, last errors ${JSON.stringify(v.jobs.retryReasons)}`,
  );
  console.info(
    `spike: p95 ${v.before.toFixed(0)} ms the ${String(BEFORE_SECONDS)} s before, ${v.during.toFixed(0)} ms during, ${v.after.toFixed(0)} ms in the ${String(AFTER_SECONDS)} s after; back within ${String(TARGETS.recoveryBound)}× ${v.recovery === undefined ? 'not within the run' : `${String(v.recovery)} s after its end`}`,
  );
  console.info(
    `targets: no errors ${verdict(v.met.no_errors)} (${String(v.errors)}); heap flat within 10% ${verdict(v.met.heap_flat)}; job queue bounded ${verdict(v.met.queue_bounded)}; recovery <= ${String(TARGETS.recoverySeconds)} s ${verdict(v.met.recovery)}; ${durabilityNote(ephemeral)}`,
  );
  const steady = run.phases.find((p) => p.label === 'steady');
  console.log(
    JSON.stringify({
      bench: 'soak',
      minutes: MINUTES,
      rate: run.rate,
      rate_source: run.source,
      capacity: run.capacity ?? null,
      spike_rate: run.rate * SPIKE_FACTOR,
      spike_seconds: SPIKE_SECONDS,
      mix: MIX,
      rps: steady?.rps ?? 0,
      p50_ms: steady?.p50 ?? 0,
      p95_ms: steady?.p95 ?? 0,
      p99_ms: steady?.p99 ?? 0,
      requests: run.phases.reduce((sum, p) => sum + p.requests, 0),
      errors: v.errors,
      error_codes: v.errorCodes,
      heap_mb_q2: mb(v.heap.second),
      heap_mb_q4: mb(v.heap.last),
      heap_growth: round3(v.heapGrowth),
      heap_seconds: HEAP_SECONDS,
      gc_pause_ms_max: Math.round(Math.max(0, ...run.samples.heap.map((h) => h.gcMs))),
      jobs_mid: v.jobsMid,
      jobs_end: v.jobsEnd,
      jobs_after_spike: v.jobs.pending,
      jobs_scheduled: v.jobs.scheduled,
      jobs_dead: v.jobs.dead,
      jobs_retried_by_task: v.jobs.retriedByTask,
      jobs_retry_reasons: v.jobs.retryReasons,
      before_seconds: BEFORE_SECONDS,
      p95_before_ms: v.before,
      p95_during_ms: v.during,
      p95_after_ms: v.after,
      recovery_s: v.recovery ?? null,
      spike_at_s: run.soakSeconds,
      window_s: WINDOW_SECONDS,
      p95_windows: v.windows.map((w) => w.p95),
      targets: v.met,
      durable: !ephemeral,
    }),
  );
}

async function main(): Promise<void> {
  if (!Number.isInteger(MINUTES) || MINUTES < 2) throw new Error('BENCH_SOAK_MINUTES: whole minutes, at least 2');
  if (FIXED_RATE !== undefined && !(FIXED_RATE > 0)) throw new Error('BENCH_SOAK_RATE: requests a second, above 0');
  if (!gc) console.warn('run with --expose-gc for exact memory figures');
  const ephemeral = !durableFlag();
  const soak = await bootSoakSystem({ ephemeral });
  try {
    console.info(durabilityNote(ephemeral));
    const photo = await documentJpeg(1240, 1650);
    const shares = Object.entries(MIX)
      .map(([k, v]) => `${k} ${(v * 100).toFixed(0)}%`)
      .join(', ');
    console.info(
      `mix of requests: ${shares} (a filing is two: its ${(photo.length / 1024).toFixed(0)} KB photo, then the dossier)`,
    );
    const { rate, capacity, source } = await chooseRate(soak, photo, FIXED_RATE);
    const run = { ...(await soakAndSpike(soak, photo, rate)), capacity, source };
    print(run, await judge(soak, run), ephemeral);
  } finally {
    await soak.stop();
  }
}

await main();
