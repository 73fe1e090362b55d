/** docs/performance.md from the suite's records: summary, chart, one table per scenario, machine. */
import type { ChartPanel } from './chart.ts';
import { fmt, table } from './markdown.ts';
import { scrubMachineDetails } from './failure-line.ts';
import { renderScale, scaleHistory } from './report-scale.ts';
import { renderSoak, soakTargets } from './report-soak.ts';
import type { BenchRecord, SuiteFile } from './suite.ts';

/** What each benchmark measures, in the suite's order. */
export const DESCRIPTIONS: Readonly<Record<string, string>> = {
  search:
    'Procedure search as citizens type (Vietnamese folding, typos, synonyms) over a 2,212-procedure catalogue, in process.',
  lookup:
    'Public look-up by code (`GET /api/v1/{tenant}/applications/{code}?key=`) over 1,000,000 dossiers (`BENCH_DOSSIERS`), 50 connections.',
  submit:
    'Filing a dossier over HTTP (e-form validated against the pinned version, two photo uploads), 50 connections.',
  transition:
    'Officer actions accept → start_processing → submit_for_approval → approve → complete over the console API, 20 connections.',
  webhook:
    'Signed Zalo OA events into `POST …/channels/zalo/webhook`, 50 connections, then at 2,000 events/s offered open loop (each event sent at its scheduled time, its latency counted from then; before 2026-11-25 autocannon’s `overallRate`, which sends each connection’s share of a second in a burst).',
  fanout: 'A broadcast to 100,000 OA followers (`BENCH_FOLLOWERS`) through the Zalo simulator in its own process.',
  console:
    'The console inbox (default order, a page far down, a status, overdue, a code prefix) and the dashboard over 1,000,000 dossiers, one request at a time.',
  scale:
    'Look-up by code, the inbox and the dashboard at 100,000 and at 10,000,000 dossiers (`BENCH_SCALE_DOSSIERS`; three provinces, events and ratings).',
  soak: 'A steady mix — filings with a photo, look-ups by code, officers’ actions, signed Zalo events — against the API and its job runner in one process for 30 minutes (`BENCH_SOAK_MINUTES`), then 5× that rate for 2 minutes. Latency is measured from each request’s scheduled time (open loop).',
};

export interface Target {
  text: string;
  met: boolean;
}

function num(r: Record<string, unknown>, key: string): number | undefined {
  const value = r[key];
  return typeof value === 'number' ? value : undefined;
}

/** The issue's targets, where it states one. */
export function targets(record: BenchRecord): Target[] {
  const r = record.result;
  if (!r) return [];
  const rps = num(r, 'rps') ?? 0;
  switch (record.name) {
    case 'search':
      return [{ text: 'p99 ≤ 5 ms', met: (num(r, 'p99_ms') ?? Infinity) <= 5 }];
    case 'lookup':
      return [
        { text: 'ratio ≥ 0.35', met: (num(r, 'ratio') ?? 0) >= 0.35 },
        { text: 'p99 ≤ 25 ms at 50 connections', met: (num(r, 'p99_ms') ?? Infinity) <= 25 },
      ];
    case 'submit':
      return [
        { text: '≥ 150 dossiers/s', met: rps >= 150 },
        { text: 'p99 ≤ 300 ms', met: (num(r, 'p99_ms') ?? Infinity) <= 300 },
      ];
    case 'transition':
      return [{ text: '≥ 800 transitions/s', met: rps >= 800 }];
    case 'webhook':
      return [
        { text: '≥ 2,000 events/s', met: rps >= 2000 },
        {
          text: 'p99 ≤ 20 ms at 2,000 events/s',
          met: (num(r, 'at_rate_p99_ms') ?? Infinity) <= 20 && (num(r, 'at_rate_rps') ?? 0) >= 1900,
        },
      ];
    case 'fanout':
      return [{ text: 'ratio ≥ 0.5 (deliveries/s ÷ raw sends/s)', met: (num(r, 'ratio') ?? 0) >= 0.5 }];
    case 'scale':
      return [
        { text: 'every request at the large size within 20% of 100,000 dossiers', met: r['target_met'] === true },
        { text: 'the same after the bare route’s drift', met: r['target_met_after_drift'] === true },
      ];
    case 'soak':
      return soakTargets(r);
    default:
      return [];
  }
}

/** How the report names a record: quick runs apart from full-size ones. */
export function keyOf(record: Pick<BenchRecord, 'name' | 'mode'>): string {
  return record.mode === 'quick' ? `${record.name} (quick)` : record.name;
}

function anchor(key: string): string {
  return key
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .trim()
    .replace(/ /g, '-');
}

function when(record: BenchRecord): string {
  const knobs = Object.entries(record.knobs)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  return `${record.at.slice(0, 10)}, ${record.mode}${knobs ? ` (${knobs})` : ''}`;
}

function verdict(list: readonly Target[]): string {
  return list.length === 0 ? '–' : list.map((t) => `${t.text}: ${t.met ? 'met' : '**not met**'}`).join('; ');
}

function summaryRow(record: BenchRecord): string[] {
  const r: Record<string, unknown> = record.result ?? {};
  const name = `[${keyOf(record)}](#${anchor(keyOf(record))})`;
  if (record.status === 'failed') return [name, '**failed**', '–', '–', '–', '–', '–', when(record)];
  return [
    name,
    fmt(r['ratio']),
    fmt(r['rps']),
    fmt(r['baseline_rps']),
    fmt(r['p50_ms']),
    fmt(r['p99_ms'] ?? r['worst_p99_ms']),
    verdict(targets(record)),
    when(record),
  ];
}

const SHOWN = new Set([
  'bench',
  'ratio',
  'baseline',
  'rps',
  'baseline_rps',
  'p50_ms',
  'p99_ms',
  'baseline_p50_ms',
  'baseline_p99_ms',
  'stages',
  'compared',
]);

function scenario(record: BenchRecord): string {
  const r: Record<string, unknown> = record.result ?? {};
  const parts = [`### ${keyOf(record)}`, '', DESCRIPTIONS[record.name] ?? '', ''];
  if (record.status === 'failed') {
    parts.push('**Failed** — how it ended:', '', '```', scrubMachineDetails(record.error ?? ''), '```', '');
    return parts.join('\n');
  }
  if (record.name === 'soak') parts.push(renderSoak(r), '');
  else
    parts.push(
      table(
        ['', 'Một Cửa', 'baseline'],
        [
          ['throughput (/s)', fmt(r['rps']), fmt(r['baseline_rps'])],
          ['p50 (ms)', fmt(r['p50_ms']), fmt(r['baseline_p50_ms'])],
          ['p99 (ms)', fmt(r['p99_ms']), fmt(r['baseline_p99_ms'])],
        ],
      ),
      '',
      `Ratio (ours ÷ baseline): **${fmt(r['ratio'])}**. Baseline: ${fmt(r['baseline'])}.`,
      '',
    );
  const t = targets(record);
  if (t.length > 0) parts.push(`Target: ${verdict(t)}.`, '');
  const other = record.name === 'soak' ? [] : Object.entries(r).filter(([k]) => !SHOWN.has(k));
  if (other.length > 0)
    parts.push(
      table(
        ['other figure', 'value'],
        other.map(([k, v]) => [`\`${k}\``, typeof v === 'object' ? JSON.stringify(v) : fmt(v)]),
      ),
      '',
    );
  parts.push(
    `Ran ${when(record)} in ${fmt(record.seconds)} s: \`${scrubMachineDetails(record.command)}\`; load average before ${record.loadBefore.join(' / ')}, after ${record.loadAfter.join(' / ')}.`,
    '',
  );
  return parts.join('\n');
}

function machines(records: readonly BenchRecord[]): string {
  const seen = new Map<string, BenchRecord['machine']>();
  for (const r of records) seen.set(JSON.stringify(r.machine), r.machine);
  return table(
    ['CPU', 'cores', 'RAM', 'OS', 'Node', 'PostgreSQL'],
    [...seen.values()].map((m) => [m.cpu, String(m.cores), `${String(m.ramGb)} GB`, m.os, m.node, m.postgres]),
  );
}

/** The chart's two panels: throughput and p99 per scenario, ours beside the baseline. */
export function chartPanels(records: readonly BenchRecord[]): ChartPanel[] {
  const ok = records.filter((r) => r.status === 'ok' && r.result);
  const value = (r: BenchRecord, key: string): number | undefined => (r.result ? num(r.result, key) : undefined);
  const throughput = ok
    .filter((r) => value(r, 'rps') !== undefined)
    .map((r) => ({
      label: r.name === 'scale' ? `${keyOf(r)}: look-up, large vs 100k` : keyOf(r),
      ours: value(r, 'rps'),
      baseline: value(r, 'baseline_rps'),
    }));
  const latency = ok.map((r) => ({
    label: r.name === 'scale' ? `${keyOf(r)}: look-up, large vs 100k` : keyOf(r),
    ours: value(r, 'p99_ms') ?? value(r, 'worst_p99_ms'),
    baseline: value(r, 'baseline_p99_ms'),
  }));
  const scaleRecord = ok.find((r) => r.name === 'scale' && r.mode === 'full') ?? ok.find((r) => r.name === 'scale');
  const scale = scaleRecord?.result;
  const stages = Array.isArray(scale?.['stages'])
    ? (scale['stages'] as { scenarios: Record<string, { p99: number }> }[])
    : [];
  const small = stages[0];
  const big = stages.at(-1);
  if (small && big && small !== big) {
    for (const [name, t] of Object.entries(big.scenarios))
      latency.push({ label: `scale: ${name}`, ours: t.p99, baseline: small.scenarios[name]?.p99 });
    // (the chart shows the full-size scale run when there is one)
  }
  return [
    { title: 'Throughput (requests, events or deliveries per second; log scale)', unit: '/s', bars: throughput },
    { title: 'p99 latency (ms; log scale; scale rows: large size vs 100,000 dossiers)', unit: 'ms', bars: latency },
  ];
}

export function renderReport(file: SuiteFile, options: { chart: string; command: string }): string {
  const order = Object.keys(DESCRIPTIONS);
  const records = Object.values(file.latest).sort(
    (a, b) => order.indexOf(a.name) - order.indexOf(b.name) || a.mode.localeCompare(b.mode),
  );
  const failed = records.filter((r) => r.status === 'failed');
  const peak = Math.max(...records.flatMap((r) => [...r.loadBefore, ...r.loadAfter]), 0);
  const scaleRuns = file.archive.some((r) => r.name === 'scale' && r.status === 'ok');
  return [
    '# Performance',
    '',
    'Written by `npm run bench` (`bench/run-all.ts`) from the last JSON line of each benchmark; do not edit by hand, run it again. Raw results, every run included: [performance.json](performance.json). Each benchmark measures its baseline in the same run on the same machine, so the ratios say more than the absolute figures.',
    '',
    failed.length > 0
      ? `**${String(failed.length)} benchmark(s) failed: ${failed.map(keyOf).join(', ')}** (see below).\n`
      : '',
    '## Summary',
    '',
    `![Throughput and p99 latency per scenario, ours beside the baseline](${options.chart})`,
    '',
    table(
      ['benchmark', 'ratio', 'throughput (/s)', 'baseline (/s)', 'p50 (ms)', 'p99 (ms)', 'target', 'run'],
      records.map(summaryRow),
    ),
    '',
    '## Machine',
    '',
    machines(records),
    '',
    `The load average is recorded before and after each benchmark (per scenario below). ${peak > 2 ? `It reached ${fmt(peak)} on ${String(records[0]?.machine.cores ?? 2)} cores: the machine was shared with other work during these runs, and absolute figures are lower and noisier than on a quiet machine.` : 'It stayed at or below the number of cores.'}`,
    '',
    '## Reproduce',
    '',
    '```sh',
    'npm run bench                                     # every benchmark at full size (bench:scale loads 10,000,000 dossiers: about 20 minutes to load and index, ~46 GB of disk; bench:soak holds 30 minutes)',
    'BENCH_QUICK=1 npm run bench                       # smaller sizes (100,000 dossiers, 20,000 followers, scale up to 300,000, a 3-minute soak)',
    'BENCH_ONLY=webhook,fanout npm run bench           # some of them (names: search, lookup, submit, transition, webhook, fanout, console, scale, soak)',
    'BENCH_ONLY=scale BENCH_SCALE_DOSSIERS=1000000 npm run bench',
    'BENCH_ONLY=soak BENCH_SOAK_MINUTES=10 npm run bench  # a shorter soak (30 minutes by default, 3 with BENCH_QUICK=1)',
    '```',
    '',
    `This report's last invocation: \`${options.command}\`. Each benchmark can also run alone (\`npm run bench:<name>\`); it prints readable lines, then its JSON line.`,
    '',
    '## Scenarios',
    '',
    ...records.map((r) => (r.name === 'scale' ? `${scenario(r)}\n${renderScale(r)}` : scenario(r))),
    ...(scaleRuns
      ? [
          '### Every scale run',
          '',
          'Sizes joined by → were measured one after the other (the large one loaded over the small one); by ⇄, side by side in alternating rounds.',
          '',
          scaleHistory(file.archive),
          '',
        ]
      : []),
  ].join('\n');
}
