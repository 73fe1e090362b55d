/**
 * The benchmark suite: runs each benchmark as its own process, one after another, keeps its last
 * JSON line (or why it failed), and after each one rewrites the report, its chart and the raw
 * results, so a run cut short still leaves what it measured.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { failureLine, scrubMachineDetails } from './failure-line.ts';
import { describeMachine, type Machine } from './machine.ts';
import { chartPanels, renderReport } from './report.ts';
import { renderChart } from './chart.ts';

export interface BenchSpec {
  /** The name `BENCH_ONLY` uses (the npm script's suffix). */
  name: string;
  command: string;
  args: string[];
}

export type BenchResult = Record<string, unknown> & { bench: string };

export interface BenchRecord {
  name: string;
  status: 'ok' | 'failed';
  /** When it started (ISO). */
  at: string;
  seconds: number;
  mode: 'full' | 'quick';
  /** The size knobs it ran with. */
  knobs: Record<string, string>;
  /** The machine's load average (1, 5, 15 min) before and after: how shared the machine was. */
  loadBefore: number[];
  loadAfter: number[];
  machine: Machine;
  command: string;
  result?: BenchResult;
  /**
   * Why it failed: the exit status and the first line naming an error (else the last line it
   * printed), paths relative to the repository and nothing else of the machine.
   */
  error?: string;
}

export interface SuiteFile {
  /** The latest record of each benchmark, quick runs (`<name> (quick)`) apart from full-size ones. */
  latest: Record<string, BenchRecord>;
  /** Every run, oldest first, without the scale run's plans. */
  archive: BenchRecord[];
}

/** Smaller sizes for `BENCH_QUICK=1`, unless the environment already sets them. */
export const QUICK_KNOBS: Readonly<Record<string, string>> = {
  BENCH_DOSSIERS: '100000',
  BENCH_FOLLOWERS: '20000',
  BENCH_SCALE_DOSSIERS: '300000',
  BENCH_SCALE_ROUNDS: '3',
  BENCH_SOAK_MINUTES: '3',
};

const KNOB = /^BENCH_(DOSSIERS|FOLLOWERS|SCALE_DOSSIERS|SCALE_ROUNDS|SCALE_BATCH|SOAK_MINUTES|SOAK_RATE)$/;

/** The last line of the output that is a JSON object naming its benchmark. */
export function lastJsonLine(lines: readonly string[]): BenchResult | undefined {
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = (lines[i] ?? '').trim();
    if (!line.startsWith('{')) continue;
    try {
      const value = JSON.parse(line) as unknown;
      if (typeof value === 'object' && value !== null && typeof (value as { bench?: unknown }).bench === 'string')
        return value as BenchResult;
    } catch {
      // a line that only looks like JSON
    }
  }
  return undefined;
}

interface Finished {
  code: number | null;
  signal: string | null;
  lines: string[];
  /** The first lines written to standard error (what a crash prints first is what it is about). */
  errors: string[];
}

async function runOne(spec: BenchSpec, env: NodeJS.ProcessEnv, echo: boolean): Promise<Finished> {
  const child = spawn(spec.command, spec.args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const errors: string[] = [];
  const out = createInterface({ input: child.stdout });
  out.on('line', (line) => {
    lines.push(line);
    if (echo) process.stdout.write(`${line}\n`);
  });
  const err = createInterface({ input: child.stderr });
  err.on('line', (line) => {
    if (/^npm warn /.test(line)) return;
    if (errors.length < 200) errors.push(line);
    if (echo) process.stderr.write(`${line}\n`);
  });
  const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => {
    child.on('close', (c, s) => resolve([c, s]));
    child.on('error', (e) => {
      errors.push(String(e));
      resolve([null, null]);
    });
  });
  return { code, signal, lines, errors };
}

export async function readSuiteFile(file: string): Promise<SuiteFile> {
  if (!existsSync(file)) return { latest: {}, archive: [] };
  const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<SuiteFile>;
  return { latest: parsed.latest ?? {}, archive: parsed.archive ?? [] };
}

function archived(record: BenchRecord): BenchRecord {
  if (!record.result || !('stages' in record.result)) return record;
  const stages = (record.result['stages'] as Record<string, unknown>[]).map(({ plans: _plans, ...rest }) => rest);
  return { ...record, result: { ...record.result, stages } };
}

export interface SuiteOptions {
  benches: readonly BenchSpec[];
  quick: boolean;
  /** Where performance.md, performance.json and performance.svg go. */
  outDir: string;
  env: NodeJS.ProcessEnv;
  echo: boolean;
  /** How the report says to reproduce the run. */
  command: string;
}

/** Runs the benchmarks in order; resolves with the names of those that failed. */
export async function runSuite(options: SuiteOptions): Promise<string[]> {
  const jsonFile = path.join(options.outDir, 'performance.json');
  await mkdir(options.outDir, { recursive: true });
  const file = await readSuiteFile(jsonFile);
  const machine = describeMachine();
  const env: NodeJS.ProcessEnv = { ...options.env };
  if (options.quick) for (const [k, v] of Object.entries(QUICK_KNOBS)) env[k] ??= v;
  const knobs = Object.fromEntries(Object.entries(env).filter(([k]) => KNOB.test(k))) as Record<string, string>;
  const failed: string[] = [];
  for (const spec of options.benches) {
    if (options.echo) process.stdout.write(`\n=== ${spec.name} ===\n`);
    const at = new Date();
    const loadBefore = os.loadavg().map((n) => Math.round(n * 100) / 100);
    const finished = await runOne(spec, env, options.echo);
    const result = lastJsonLine(finished.lines);
    const ok = finished.code === 0 && result !== undefined;
    const record: BenchRecord = {
      name: spec.name,
      status: ok ? 'ok' : 'failed',
      at: at.toISOString(),
      seconds: Math.round((Date.now() - at.getTime()) / 1000),
      mode: options.quick ? 'quick' : 'full',
      knobs,
      loadBefore,
      loadAfter: os.loadavg().map((n) => Math.round(n * 100) / 100),
      machine,
      command: scrubMachineDetails([spec.command, ...spec.args].join(' ')),
      ...(result ? { result } : {}),
      ...(ok
        ? {}
        : {
            error: `exit ${finished.signal ?? String(finished.code)}${result ? '' : ', no JSON line'}: ${failureLine(finished.errors, finished.lines.slice(-30))}`,
          }),
    };
    if (!ok) failed.push(spec.name);
    file.latest[options.quick ? `${spec.name} (quick)` : spec.name] = record;
    file.archive.push(archived(record));
    await writeFile(jsonFile, `${JSON.stringify(file, null, 2)}\n`);
    await writeReport(file, options);
  }
  return failed;
}

/** Rewrites the report and its chart from the recorded results, running nothing. */
export async function rewriteReport(outDir: string, command: string): Promise<void> {
  const file = await readSuiteFile(path.join(outDir, 'performance.json'));
  await writeReport(file, { outDir, command });
}

async function writeReport(file: SuiteFile, options: Pick<SuiteOptions, 'outDir' | 'command'>): Promise<void> {
  const records = Object.values(file.latest);
  const svg = renderChart(
    chartPanels(records),
    `${records[0]?.machine.cpu ?? ''}, ${String(records[0]?.machine.cores ?? '')} cores`,
  );
  await writeFile(path.join(options.outDir, 'performance.svg'), svg);
  await writeFile(
    path.join(options.outDir, 'performance.md'),
    renderReport(file, { chart: 'performance.svg', command: options.command }),
  );
}
