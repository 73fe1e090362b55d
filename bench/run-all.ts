/**
 * `npm run bench`: every benchmark, one after another, each in its own process; then
 * docs/performance.md, its chart (docs/performance.svg) and the raw results
 * (docs/performance.json). A benchmark that fails is reported and the others still run; the exit
 * status is 1 if any failed.
 *
 *   npm run bench                          every benchmark at full size
 *   BENCH_QUICK=1 npm run bench            smaller sizes (see QUICK_KNOBS)
 *   BENCH_ONLY=webhook,scale npm run bench some of them; the report keeps the others' last results
 *   npm run bench -- --report-only         rewrite the report from docs/performance.json, run nothing
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rewriteReport, runSuite, type BenchSpec } from './suite.ts';

/** The benchmarks in the order they run: the `bench:<name>` scripts of package.json. */
export const BENCHES = [
  'search',
  'lookup',
  'submit',
  'transition',
  'webhook',
  'fanout',
  'console',
  'scale',
  'soak',
] as const;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function selected(): BenchSpec[] {
  const only = (process.env['BENCH_ONLY'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const unknown = only.filter((name) => !(BENCHES as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new Error(`BENCH_ONLY names no benchmark: ${unknown.join(', ')} (known: ${BENCHES.join(', ')})`);
  }
  return BENCHES.filter((name) => only.length === 0 || only.includes(name)).map((name) => ({
    name,
    command: npm,
    args: ['run', '--silent', `bench:${name}`],
  }));
}

function invocation(): string {
  const env = Object.entries(process.env)
    .filter(
      ([k]) => k === 'BENCH_ONLY' || k === 'BENCH_QUICK' || /^BENCH_(DOSSIERS|FOLLOWERS|SCALE_\w+|SOAK_\w+)$/.test(k),
    )
    .map(([k, v]) => `${k}=${v ?? ''}`);
  return [...env, 'npm run bench'].join(' ');
}

if (process.argv.includes('--report-only')) {
  await rewriteReport(process.env['BENCH_REPORT_DIR'] ?? path.join(root, 'docs'), invocation());
  process.exit(0);
}

const failed = await runSuite({
  benches: selected(),
  quick: process.env['BENCH_QUICK'] === '1',
  outDir: process.env['BENCH_REPORT_DIR'] ?? path.join(root, 'docs'),
  env: process.env,
  echo: true,
  command: invocation(),
});
console.info(
  failed.length === 0
    ? '\nall benchmarks ran; report: docs/performance.md'
    : `\n${String(failed.length)} benchmark(s) failed: ${failed.join(', ')}; report: docs/performance.md`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
