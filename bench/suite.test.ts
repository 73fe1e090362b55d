import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureLine, REPO_ROOT } from './failure-line.ts';
import { readSuiteFile, runSuite, type BenchSpec } from './suite.ts';

/** Stand-in benchmarks: a process that prints readable lines and a JSON line, or fails. */
function fake(name: string, lines: readonly string[], exit = 0): BenchSpec {
  const script = `${lines.map((l) => `console.log(${JSON.stringify(l)});`).join('')}process.exit(${String(exit)});`;
  return { name, command: process.execPath, args: ['-e', script] };
}

const alpha = fake('search', [
  'searching…',
  JSON.stringify({ bench: 'search', ratio: 0.8, baseline: 'substring filter', p50_ms: 0.2, p99_ms: 1.5, rps: 9000 }),
]);
const webhook = fake('webhook', [
  JSON.stringify({
    bench: 'webhook',
    ratio: 0.4,
    baseline: 'bare route',
    rps: 2500,
    baseline_rps: 6000,
    p50_ms: 8,
    p99_ms: 30,
    baseline_p99_ms: 9,
    at_rate_rps: 2000,
    at_rate_p99_ms: 12,
  }),
  'a line after the JSON line is not the result',
]);
const broken = fake('transition', ['booting…', 'Error: the bench could not start'], 3);
const silent = fake('fanout', ['no JSON here']);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'motcua-suite-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

/**
 * A benchmark that crashes as a real one does: a script outside the repository throws an error
 * naming a file inside it and this machine, and Node prints the source line, the stack and its banner.
 */
async function crashing(name: string): Promise<BenchSpec> {
  const script = path.join(dir, 'crash.mjs');
  await writeFile(
    script,
    [
      `console.log('booting…');`,
      `console.error('npm error path ${REPO_ROOT}');`,
      `function start() {`,
      `  throw new Error('could not read ${REPO_ROOT}/bench/fixtures/scale.json on ${os.hostname()} (see file://${REPO_ROOT}/docs/performance.md, http://127.0.0.1:5432/motcua)');`,
      `}`,
      `start();`,
    ].join('\n'),
  );
  return { name, command: process.execPath, args: [script] };
}

describe('the benchmark suite', () => {
  it('runs every benchmark, keeps going past failures and reports them', async () => {
    const failed = await runSuite({
      benches: [alpha, broken, webhook, silent],
      quick: true,
      outDir: dir,
      env: { PATH: process.env['PATH'] ?? '' },
      echo: false,
      command: 'BENCH_QUICK=1 npm run bench',
    });
    expect(failed).toEqual(['transition', 'fanout']);
    const file = await readSuiteFile(path.join(dir, 'performance.json'));
    expect(file.latest['search (quick)']).toMatchObject({
      status: 'ok',
      mode: 'quick',
      result: { bench: 'search', rps: 9000 },
    });
    expect(file.latest['search (quick)']?.knobs).toMatchObject({
      BENCH_DOSSIERS: '100000',
      BENCH_SCALE_DOSSIERS: '300000',
    });
    expect(file.latest['webhook (quick)']?.result).toMatchObject({ rps: 2500, at_rate_p99_ms: 12 });
    expect(file.latest['transition (quick)']).toMatchObject({ status: 'failed' });
    expect(file.latest['transition (quick)']?.error).toMatch(/exit 3[\s\S]*the bench could not start/);
    expect(file.latest['fanout (quick)']?.error).toMatch(/no JSON line/);
    expect(file.latest['search (quick)']?.machine.cores).toBeGreaterThan(0);

    const report = await readFile(path.join(dir, 'performance.md'), 'utf8');
    expect(report).toContain('2 benchmark(s) failed: transition (quick), fanout (quick)');
    expect(report).toContain('≥ 2,000 events/s: met; p99 ≤ 20 ms at 2,000 events/s: met');
    expect(report).toContain('![Throughput and p99 latency per scenario, ours beside the baseline](performance.svg)');
    expect(report).toContain('| [search (quick)](#search-quick) | 0.80 | 9,000 |');
    expect(report).toContain('### search (quick)');
    expect(report).toContain('BENCH_QUICK=1 npm run bench');
    const chart = await readFile(path.join(dir, 'performance.svg'), 'utf8');
    expect(chart).toMatch(/^<svg [\s\S]*webhook[\s\S]*2,500 \/s[\s\S]*<\/svg>\n$/);
  });

  it('runs a subset and keeps the other benchmarks’ last results', async () => {
    const failed = await runSuite({
      benches: [
        fake('transition', [JSON.stringify({ bench: 'transition', ratio: 0.3, rps: 500, baseline_rps: 1600 })]),
      ],
      quick: false,
      outDir: dir,
      env: { PATH: process.env['PATH'] ?? '' },
      echo: false,
      command: 'BENCH_ONLY=transition npm run bench',
    });
    expect(failed).toEqual([]);
    const file = await readSuiteFile(path.join(dir, 'performance.json'));
    expect(Object.keys(file.latest).sort()).toEqual([
      'fanout (quick)',
      'search (quick)',
      'transition',
      'transition (quick)',
      'webhook (quick)',
    ]);
    expect(file.latest['transition']).toMatchObject({ status: 'ok', mode: 'full' });
    expect(file.archive.map((r) => `${r.name}:${r.status}`)).toEqual([
      'search:ok',
      'transition:failed',
      'webhook:ok',
      'fanout:failed',
      'transition:ok',
    ]);
    const report = await readFile(path.join(dir, 'performance.md'), 'utf8');
    expect(report).toContain('2 benchmark(s) failed: transition (quick), fanout (quick)');
    expect(report).toMatch(/\| \[transition\]\(#transition\) \| 0\.30 \| 500 \| 1,600 \|/);
  });

  it('reports a crash by its error line, without the machine’s paths, host or user', async () => {
    const failed = await runSuite({
      benches: [await crashing('lookup')],
      quick: true,
      outDir: dir,
      env: { PATH: process.env['PATH'] ?? '' },
      echo: false,
      command: 'BENCH_QUICK=1 BENCH_ONLY=lookup npm run bench',
    });
    expect(failed).toEqual(['lookup']);
    const file = await readSuiteFile(path.join(dir, 'performance.json'));
    expect(file.latest['lookup (quick)']?.error).toBe(
      'exit 1, no JSON line: Error: could not read bench/fixtures/scale.json on … (see docs/performance.md, http://127.0.0.1:5432/motcua)',
    );
    const report = await readFile(path.join(dir, 'performance.md'), 'utf8');
    expect(report).toContain('Error: could not read bench/fixtures/scale.json on …');
    const json = await readFile(path.join(dir, 'performance.json'), 'utf8');
    const paths = [REPO_ROOT, dir, os.homedir(), process.execPath].filter((p) => p.length > 1);
    for (const text of [report, json]) {
      for (const detail of paths) expect(text).not.toContain(detail);
      expect(text).not.toMatch(new RegExp(`\\b${os.hostname().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
      expect(text).not.toMatch(/\s+at \S+ \(/);
    }
  });

  it('picks the line that says what failed', () => {
    const stack = ['', 'Error [ERR_X]: no database at /opt/pg/data', `    at main (${REPO_ROOT}/bench/x.ts:3:9)`];
    expect(failureLine(stack, ['a readable line'])).toBe('Error [ERR_X]: no database at …');
    expect(failureLine([], ['booting…', 'targets: p99 NOT met', '{"bench":"x"}'])).toBe('targets: p99 NOT met');
    expect(failureLine(['Node.js v20.20.2'], [`${REPO_ROOT}/bench/x.ts:3`, '    ^'])).toBe('');
  });

  it('refuses an unknown name in BENCH_ONLY', async () => {
    const run = promisify(execFile);
    const cli = path.join(path.dirname(new URL(import.meta.url).pathname), 'run-all.ts');
    await expect(
      run(process.execPath, ['--import', 'tsx', cli], {
        env: { ...process.env, BENCH_ONLY: 'lookup,nosuch', BENCH_REPORT_DIR: dir },
      }),
    ).rejects.toThrow(/BENCH_ONLY names no benchmark: nosuch/);
  });
});
