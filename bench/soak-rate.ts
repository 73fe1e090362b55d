/**
 * The soak benchmark's mix, its load plans, and how it chooses its steady rate: the mix runs in
 * 20-second steps of rising rate until a step falls behind (an unexpected answer, answers slower
 * than offered, latency queueing, jobs piling up); the soak runs at a quarter of the last step
 * that kept up, so its 5× spike offers up to 125% of that: an overload whose queue must drain.
 */
import { randomUUID } from 'node:crypto';
import { DEMO_ZALO_APP } from '../apps/server/src/demo/seed-demo.ts';
import { fileUpload } from '../apps/server/src/modules/attachments/test/multipart.ts';
import { runLoad, type LoadPlan, type LoadStep, type Mix, type PhaseSummary } from './soak-load.ts';
import { UNIT, type SoakSystem } from './soak-system.ts';

/**
 * Requests per dossier filed: its photo and itself, the five officers' actions that bring it to a
 * result, 25 look-ups (citizens checking on their dossiers, tracking pages) and 18 Zalo events
 * (chat, delivery receipts). Filings and uploads, the slow requests, stay under 5% of the mix, so
 * a window's p95 follows the many quick requests and the photos show in the p99.
 */
const PER_FILING = { filing: 2, transition: 5, lookup: 25, webhook: 18 } as const;
const PER_FILING_TOTAL = Object.values(PER_FILING).reduce((sum, n) => sum + n, 0);
export const MIX: Mix = {
  filing: PER_FILING.filing / PER_FILING_TOTAL,
  transition: PER_FILING.transition / PER_FILING_TOTAL,
  lookup: PER_FILING.lookup / PER_FILING_TOTAL,
  webhook: PER_FILING.webhook / PER_FILING_TOTAL,
};
export const STEADY_SHARE = 0.25;
export const WINDOW_SECONDS = 10;
const STEP_SECONDS = 20;
const WARM_UP_SECONDS = 10;
const FIRST_RATE = 4;
const GROWTH = 1.5;
const MAX_STEPS = 12;

/** The load of `steps` on `soak`, starting from the dossiers in `backlog`. */
export function loadPlan(
  soak: SoakSystem,
  steps: LoadStep[],
  backlog: { code: string; key: string }[],
  photo: Buffer,
): LoadPlan {
  const upload = fileUpload(photo);
  return {
    url: soak.system.url,
    tenant: 'tay-ninh',
    mix: MIX,
    steps,
    windowSeconds: WINDOW_SECONDS,
    timeoutMs: 30_000,
    runId: randomUUID().slice(0, 8),
    photo: { body: upload.payload, contentType: upload.headers['content-type'] ?? '' },
    filing: {
      procedureCode: '1.001193',
      caseKey: 'thong-thuong',
      documentKey: 'giay-chung-sinh',
      unitEid: UNIT,
      form: soak.form,
    },
    officer: soak.officer,
    zalo: {
      appId: DEMO_ZALO_APP.appId,
      oaId: DEMO_ZALO_APP.oaId,
      oaSecretKey: DEMO_ZALO_APP.oaSecretKey,
      senders: soak.senders,
    },
    backlog: backlog.map((d) => d.code),
    known: backlog,
  };
}

/** Dossiers the officers may need over `steps`: five actions each, with a margin. */
export function backlogFor(steps: readonly LoadStep[]): number {
  const actions = steps.reduce((sum, s) => sum + s.rate * s.seconds * MIX.transition, 0);
  return Math.ceil((actions / PER_FILING.transition) * 1.2) + 200;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a step kept up: latency against the best p95 of the steps before it. */
function keptUp(rate: number, phase: PhaseSummary, best: number, jobs: { before: number; after: number }): boolean {
  return (
    phase.errors === 0 &&
    phase.rps >= rate * 0.95 &&
    phase.p95 <= Math.max(3 * best, best + 100) &&
    jobs.after <= jobs.before + Math.max(20, rate)
  );
}

/** One step of the mix at `rate`; the jobs waiting before and after. */
async function step(soak: SoakSystem, photo: Buffer, rate: number, seconds: number) {
  const load = { label: `${String(rate)}/s`, seconds, rate };
  const backlog = await soak.fileBacklog(backlogFor([load]));
  const before = (await soak.jobs()).pending;
  const [phase] = await runLoad(loadPlan(soak, [load], backlog, photo), () => undefined);
  if (!phase) throw new Error('the calibration step reported nothing');
  return { phase, jobs: { before, after: (await soak.jobs()).pending } };
}

/** Runs rising steps until one falls behind; resolves with the rate of the last one that kept up. */
export async function measureCapacity(soak: SoakSystem, photo: Buffer): Promise<number | undefined> {
  // A warm-up first (compiled code paths, the OCR engine started, caches), not judged.
  await step(soak, photo, FIRST_RATE, WARM_UP_SECONDS);
  let best = Infinity;
  let capacity: number | undefined;
  for (let rate = FIRST_RATE, n = 0; n < MAX_STEPS; rate = Math.round(rate * GROWTH), n += 1) {
    const { phase, jobs } = await step(soak, photo, rate, STEP_SECONDS);
    const { before, after } = jobs;
    const ok = keptUp(rate, phase, Math.min(best, phase.p95), jobs);
    best = Math.min(best, phase.p95);
    console.info(
      `  step ${`${String(rate)}/s`.padStart(6)}: answered ${phase.rps.toFixed(1)}/s, p50 ${phase.p50.toFixed(0)} ms, p95 ${phase.p95.toFixed(0)} ms, p99 ${phase.p99.toFixed(0)} ms, ${String(phase.errors)} errors, jobs waiting ${String(before)} → ${String(after)}: ${ok ? 'kept up' : 'fell behind'}`,
    );
    if (!ok) return capacity;
    capacity = rate;
    // The jobs a step left behind drain before the next one starts.
    for (let i = 0; i < 30 && (await soak.jobs()).pending > before; i += 1) await sleep(1000);
  }
  return capacity;
}

/** The steady rate: `BENCH_SOAK_RATE` when set, else a quarter of the measured capacity. */
export async function chooseRate(
  soak: SoakSystem,
  photo: Buffer,
  fixed: number | undefined,
): Promise<{ rate: number; capacity: number | undefined; source: 'measured' | 'BENCH_SOAK_RATE' }> {
  if (fixed !== undefined) {
    console.info(`steady rate: ${String(fixed)} requests/s (BENCH_SOAK_RATE)`);
    return { rate: fixed, capacity: undefined, source: 'BENCH_SOAK_RATE' };
  }
  console.info(
    `calibration: ${String(STEP_SECONDS)}-second steps from ${String(FIRST_RATE)} requests/s, ×${String(GROWTH)} each`,
  );
  const capacity = await measureCapacity(soak, photo);
  const rate = Math.max(1, Math.floor((capacity ?? FIRST_RATE) * STEADY_SHARE));
  console.info(
    capacity === undefined
      ? `steady rate: ${String(rate)} requests/s (not even the first step kept up)`
      : `steady rate: ${String(rate)} requests/s = ${String(STEADY_SHARE)} × ${String(capacity)}/s, the last step that kept up`,
  );
  return { rate, capacity, source: 'measured' };
}
