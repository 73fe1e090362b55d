/**
 * The soak benchmark's load generator. It runs in a worker thread, so neither its event loop nor
 * its heap is the measured server's, and offers the mix of soak-flows.ts open loop: a flow starts
 * at its scheduled time whatever the answers' pace, so a slow server builds a queue instead of
 * slowing the load. It reports every 10-second window (by start time) once all of its requests
 * are answered, and each phase's figures at the end.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { percentile } from './paced-load.ts';
import { createFlows, type Flow, type FlowData, type Kind, type Request } from './soak-flows.ts';

/** Share of the requests per flow (a filing is two requests: the photo, then the dossier). */
export type Mix = Readonly<Record<Flow, number>>;

export interface LoadStep {
  label: string;
  seconds: number;
  /** Requests offered per second. */
  rate: number;
}

export interface LoadPlan extends FlowData {
  url: string;
  mix: Mix;
  steps: readonly LoadStep[];
  windowSeconds: number;
  timeoutMs: number;
}

export interface Latencies {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface WindowStats extends Latencies {
  index: number;
  label: string;
  /** Seconds from the start of the load to the window's start. */
  at: number;
}

export interface PhaseSummary extends Latencies {
  label: string;
  seconds: number;
  offered: number;
  /** Answered requests per second. */
  rps: number;
  /** Answers that were the expected problem (mistyped keys, resent events). */
  expected: number;
  kinds: Partial<Record<Kind, Latencies>>;
  /** Unexpected answers by `kind status code`. */
  errorCodes: Record<string, number>;
  /** Officers' actions skipped because no dossier was waiting for one. */
  starved: number;
}

type Message = { type: 'started' } | { type: 'window'; window: WindowStats } | { type: 'done'; phases: PhaseSummary[] };

const FLOWS: readonly Flow[] = ['filing', 'transition', 'lookup', 'webhook'];
const REQUESTS_PER_ARRIVAL: Readonly<Record<Flow, number>> = { filing: 2, transition: 1, lookup: 1, webhook: 1 };
const TICK_MS = 5;

function latencies(list: number[], errors: number): Latencies {
  const sorted = list.sort((a, b) => a - b);
  const r = (n: number): number => Math.round(n * 10) / 10;
  return {
    requests: sorted.length,
    errors,
    p50: r(percentile(sorted, 0.5)),
    p95: r(percentile(sorted, 0.95)),
    p99: r(percentile(sorted, 0.99)),
  };
}

interface Window {
  index: number;
  label: string;
  /** Flows and requests not yet over. */
  open: number;
  latencies: number[];
  errors: number;
}

interface Phase {
  latencies: Partial<Record<Kind, number[]>>;
  errors: Partial<Record<Kind, number>>;
  expected: number;
  errorCodes: Record<string, number>;
  starved: number;
}

/** What an answer was: 2xx (with its body), the expected problem, or an error named for the report. */
async function answer(plan: LoadPlan, request: Request): Promise<{ body?: string; outcome?: string }> {
  try {
    const response = await fetch(`${plan.url}${request.path}`, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      signal: AbortSignal.timeout(plan.timeoutMs),
    });
    const text = await response.text();
    if (response.ok) return request.expect ? { body: text, outcome: '2xx instead of a problem' } : { body: text };
    const code = /"code":"([A-Z_.]+)"/.exec(text)?.[1] ?? '';
    return {
      outcome: code !== '' && code === request.expect ? 'expected' : `${String(response.status)} ${code}`.trim(),
    };
  } catch (error) {
    return { outcome: error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'network error' };
  }
}

function createGenerator(plan: LoadPlan, post: (message: Message) => void) {
  const flows = createFlows(plan);
  const windows = new Map<number, Window>();
  const phases = new Map<string, Phase>();
  const windowMs = plan.windowSeconds * 1000;
  let started = 0;
  let finished = false;
  let counter = 0;

  function phaseOf(label: string): Phase {
    let phase = phases.get(label);
    if (!phase) {
      phase = { latencies: {}, errors: {}, expected: 0, errorCodes: {}, starved: 0 };
      phases.set(label, phase);
    }
    return phase;
  }

  /** Reports the windows that are over, oldest first. */
  function closeWindows(): void {
    const now = performance.now() - started;
    for (const w of [...windows.values()].sort((a, b) => a.index - b.index)) {
      if (w.open > 0 || (!finished && now < (w.index + 1) * windowMs)) return;
      windows.delete(w.index);
      const at = (w.index * windowMs) / 1000;
      post({ type: 'window', window: { index: w.index, label: w.label, at, ...latencies(w.latencies, w.errors) } });
    }
  }

  /** Sends one request of a flow started in window `w`; latency counts from when it leaves. */
  async function send(request: Request, w: Window): Promise<string | undefined> {
    w.open += 1;
    const phase = phaseOf(w.label);
    const sentAt = performance.now();
    const { body, outcome } = await answer(plan, request);
    const latency = performance.now() - sentAt;
    w.latencies.push(latency);
    (phase.latencies[request.kind] ??= []).push(latency);
    if (outcome === 'expected') phase.expected += 1;
    else if (outcome !== undefined) {
      const key = `${request.kind} ${outcome}`;
      phase.errorCodes[key] = (phase.errorCodes[key] ?? 0) + 1;
      phase.errors[request.kind] = (phase.errors[request.kind] ?? 0) + 1;
      w.errors += 1;
    }
    w.open -= 1;
    return outcome === undefined ? body : undefined;
  }

  function dispatch(flow: Flow, w: Window): void {
    counter += 1;
    w.open += 1;
    void flows
      .run(flow, counter, (request) => send(request, w))
      .then((result) => {
        if (result === 'starved') phaseOf(w.label).starved += 1;
      })
      .finally(() => {
        w.open -= 1;
        closeWindows();
      });
  }

  function summary(): PhaseSummary[] {
    const labels = [...new Set(plan.steps.map((s) => s.label))];
    return labels.map((label) => {
      const phase = phaseOf(label);
      const steps = plan.steps.filter((s) => s.label === label);
      const seconds = steps.reduce((sum, s) => sum + s.seconds, 0);
      const all = Object.values(phase.latencies).flat();
      const errors = Object.values(phase.errors).reduce((sum, n) => sum + n, 0);
      const kinds = Object.fromEntries(
        Object.entries(phase.latencies).map(([kind, list]) => [kind, latencies(list, phase.errors[kind as Kind] ?? 0)]),
      );
      return {
        label,
        seconds,
        offered: steps[0]?.rate ?? 0,
        rps: seconds > 0 ? Math.round((all.length / seconds) * 10) / 10 : 0,
        expected: phase.expected,
        errorCodes: phase.errorCodes,
        starved: phase.starved,
        kinds,
        ...latencies(all, errors),
      };
    });
  }

  /** The window a flow starting now belongs to. */
  function windowAt(now: number, label: string): Window {
    const index = Math.floor(now / windowMs);
    let w = windows.get(index);
    if (!w) {
      w = { index, label, open: 0, latencies: [], errors: 0 };
      windows.set(index, w);
    }
    return w;
  }

  /** Runs the steps; resolves once every request is answered. */
  async function run(): Promise<PhaseSummary[]> {
    started = performance.now();
    post({ type: 'started' });
    const due: Record<Flow, number> = { filing: 0, transition: 0, lookup: 0, webhook: 0 };
    const ends = plan.steps.map((_, i) => plan.steps.slice(0, i + 1).reduce((sum, s) => sum + s.seconds * 1000, 0));
    let last = 0;
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const now = performance.now() - started;
        const step = plan.steps[ends.findIndex((end) => now < end)];
        if (!step) {
          clearInterval(timer);
          resolve();
          return;
        }
        const w = windowAt(now, step.label);
        for (const flow of FLOWS) {
          due[flow] += ((step.rate * plan.mix[flow]) / REQUESTS_PER_ARRIVAL[flow]) * ((now - last) / 1000);
          for (; due[flow] >= 1; due[flow] -= 1) dispatch(flow, w);
        }
        last = now;
        closeWindows();
      }, TICK_MS);
    });
    while ([...windows.values()].some((w) => w.open > 0)) await new Promise((r) => setTimeout(r, 50));
    finished = true;
    closeWindows();
    return summary();
  }

  return { run };
}

/** Runs `plan` in a worker thread; `onMessage` hears `started` and each window as it closes. */
export function runLoad(
  plan: LoadPlan,
  onMessage: (message: { type: 'started' } | { type: 'window'; window: WindowStats }) => void,
): Promise<PhaseSummary[]> {
  // Worker threads do not inherit tsx's loader: the worker registers it, then loads this file.
  const tsx = import.meta.resolve('tsx/esm/api');
  const source = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const worker = new Worker(source, { eval: true, workerData: { soakPlan: plan } });
  return new Promise((resolve, reject) => {
    worker.on('message', (message: Message) => {
      if (message.type !== 'done') return onMessage(message);
      resolve(message.phases);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the load generator stopped (exit ${String(code)})`)));
  });
}

const data = workerData as { soakPlan?: LoadPlan } | null;
if (!isMainThread && parentPort && data?.soakPlan) {
  const port = parentPort;
  const generator = createGenerator(data.soakPlan, (message) => port.postMessage(message));
  void generator.run().then((phases) => port.postMessage({ type: 'done', phases } satisfies Message));
}
