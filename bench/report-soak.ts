/** The soak benchmark's part of docs/performance.md: the rates, the checks, p95 around the spike. */
import { fmt, table } from './markdown.ts';

/** The checks the soak run reports, in the order the report lists them. */
const TARGETS: readonly { key: string; text: string }[] = [
  { key: 'no_errors', text: 'no unexpected answer' },
  { key: 'heap_flat', text: 'heap after GC flat within 10%' },
  { key: 'queue_bounded', text: 'job queue not growing' },
  { key: 'recovery', text: 'p95 back within 1.2× in ≤ 60 s after the spike' },
];

function targetsOf(r: Record<string, unknown>): Record<string, unknown> {
  const targets = r['targets'];
  return typeof targets === 'object' && targets !== null ? (targets as Record<string, unknown>) : {};
}

/** Each check and whether the run met it. */
export function soakTargets(r: Record<string, unknown>): { text: string; met: boolean }[] {
  const met = targetsOf(r);
  return TARGETS.map((t) => ({ text: t.text, met: met[t.key] === true }));
}

const num = (r: Record<string, unknown>, key: string): number | undefined => {
  const value = r[key];
  return typeof value === 'number' ? value : undefined;
};

const met = (r: Record<string, unknown>, key: string): string => {
  const value = targetsOf(r)[key];
  return value === undefined ? '–' : value === true ? 'met' : '**not met**';
};

function rates(r: Record<string, unknown>): string {
  const rate = num(r, 'rate') ?? 0;
  const mix = (typeof r['mix'] === 'object' && r['mix'] !== null ? r['mix'] : {}) as Record<string, number>;
  const per = (share: number | undefined, requests = 1): string => fmt(((share ?? 0) * rate) / requests);
  const capacity = num(r, 'capacity');
  const chosen =
    r['rate_source'] === 'BENCH_SOAK_RATE'
      ? 'set by `BENCH_SOAK_RATE`'
      : capacity === undefined
        ? 'a quarter of the first calibration step, which did not keep up'
        : `a quarter of ${fmt(capacity)}/s, the last calibration step that kept up`;
  return `Steady rate **${fmt(rate)} requests/s** (${chosen}) for ${fmt(r['minutes'])} min: ${per(mix['filing'], 2)} filings/s with a photo each (two requests), ${per(mix['transition'])} officers’ actions/s, ${per(mix['lookup'])} look-ups/s, ${per(mix['webhook'])} Zalo events/s. Then **${fmt(r['spike_rate'])}/s** for ${fmt(r['spike_seconds'])} s, then the steady rate again.`;
}

function checks(r: Record<string, unknown>): string {
  const codes = Object.entries((r['error_codes'] ?? {}) as Record<string, number>)
    .map(([code, n]) => `${code} × ${fmt(n)}`)
    .join(', ');
  const growth = num(r, 'heap_growth');
  return table(
    ['check', 'measured', 'target'],
    [
      [
        'unexpected answers (over the whole run)',
        `${fmt(r['errors'])} of ${fmt(r['requests'])} requests${codes ? ` (${codes})` : ''}`,
        met(r, 'no_errors'),
      ],
      [
        `heap after GC, 2nd → last quarter of the first ${fmt(r['heap_seconds'])} s`,
        `${fmt(r['heap_mb_q2'])} → ${fmt(r['heap_mb_q4'])} MB (${growth === undefined ? '–' : `${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%`}; longest forced collection ${fmt(r['gc_pause_ms_max'])} ms)`,
        met(r, 'heap_flat'),
      ],
      [
        'jobs due and not done, middle → end of the soak',
        `${fmt(r['jobs_mid'])} → ${fmt(r['jobs_end'])} (after the spike ${fmt(r['jobs_after_spike'])}; set for later ${fmt(r['jobs_scheduled'])}; failed for good ${fmt(r['jobs_dead'])})`,
        met(r, 'queue_bounded'),
      ],
      ['steady p50 / p95 / p99 (ms)', `${fmt(r['p50_ms'])} / ${fmt(r['p95_ms'])} / ${fmt(r['p99_ms'])}`, '–'],
      [
        `p95 the ${fmt(r['before_seconds'] ?? 60)} s before / during / after the spike (ms)`,
        `${fmt(r['p95_before_ms'])} / ${fmt(r['p95_during_ms'])} / ${fmt(r['p95_after_ms'])}`,
        '–',
      ],
      [
        'p95 back within 1.2× of the time before',
        r['recovery_s'] === null ? 'not within the run' : `${fmt(r['recovery_s'])} s after the spike`,
        met(r, 'recovery'),
      ],
    ],
  );
}

/** p95 of each 10-second window from a minute before the spike to the end of the run. */
function windows(r: Record<string, unknown>): string {
  const list = Array.isArray(r['p95_windows']) ? (r['p95_windows'] as number[]) : [];
  const width = num(r, 'window_s') ?? 10;
  const spikeAt = num(r, 'spike_at_s') ?? 0;
  const spikeEnd = spikeAt + (num(r, 'spike_seconds') ?? 0);
  const before = num(r, 'p95_before_ms') ?? 0;
  const recovery = num(r, 'recovery_s');
  const rows = list.flatMap((p95, i) => {
    const at = i * width;
    if (at < spikeAt - 60) return [];
    const phase = at < spikeAt ? 'before' : at < spikeEnd ? 'spike' : 'after';
    const mark = recovery !== undefined && at === spikeEnd + recovery ? ' ← back within 1.2×' : '';
    return [
      [
        `${at - spikeAt >= 0 ? '+' : ''}${String(at - spikeAt)}`,
        phase,
        fmt(p95),
        `${fmt(p95 / (before || 1))}×${mark}`,
      ],
    ];
  });
  if (rows.length === 0) return '';
  return table(['window start (s from the spike)', 'phase', 'p95 (ms)', 'vs the time before'], rows);
}

export function renderSoak(r: Record<string, unknown>): string {
  return [rates(r), '', checks(r), '', windows(r)].join('\n');
}
