/** The scale benchmark's part of docs/performance.md: loading, the two sizes compared, the plans. */
import { fmt, table } from './markdown.ts';
import type { BenchRecord } from './suite.ts';

interface Latency {
  p50: number;
  p99: number;
}

interface Stage {
  dossiers: number;
  load: {
    counts: { dossiers: number; events: number; ratings: number };
    rows: number;
    loadSeconds: number;
    /** Absent from runs before the bulk load rebuilt the indexes. */
    indexSeconds?: number;
    keySeconds?: number;
    rollupSeconds: number;
    vacuumSeconds: number;
  };
  lookup: Latency & { rps: number };
  bare: Latency & { rps: number };
  /** Absent from runs before the look-up was also measured at a fixed rate (its rounds, before 2026-11-25 17:00). */
  lookupAtRate?: Latency & {
    rounds?: { p99: number; max: number; readBlocks: number; readMs: number }[];
  };
  bareAtRate?: Latency;
  bareSequential: Latency;
  /** Absent from runs before the sampled dossiers were read ahead of the rounds. */
  sampleRead?: { lookups: number; firstSeconds: number; againSeconds: number };
  scenarios: Record<string, Latency>;
  plans?: Record<string, { query: string; plan: string }[]>;
  disk: Record<string, number>;
}

const gb = (bytes: number | undefined): string => (bytes === undefined ? '–' : (bytes / 1e9).toFixed(2));

const REQUESTS: Readonly<Record<string, string>> = {
  lookup: 'look-up by code (50 connections)',
  inbox: 'inbox, default order (`limit=20`)',
  inbox_page_2: 'inbox, page 2 (`offset=20`)',
  inbox_processing: 'inbox, `status=processing`',
  inbox_overdue: 'inbox, `due=overdue`',
  dashboard_month: 'dashboard, this month to date',
  dashboard_last_month: 'dashboard, last month',
  dashboard_2025: 'dashboard, the year 2025',
};

/** Whether the run measured its sizes side by side in alternating rounds (since 2026-11-25). */
function alternated(record: BenchRecord): boolean {
  return record.result?.['method'] === 'alternating';
}

function stagesOf(record: BenchRecord): Stage[] {
  const stages = record.result?.['stages'];
  return Array.isArray(stages) ? (stages as Stage[]) : [];
}

function loading(stages: readonly Stage[]): string {
  const seconds = (n: number | undefined): string => (n === undefined ? '–' : fmt(n));
  return table(
    [
      'size',
      'dossiers written',
      'events',
      'ratings',
      'COPY (s)',
      'dossiers/s',
      'rows/s',
      'indexes (s)',
      'keys (s)',
      'counters (s)',
      'VACUUM ANALYZE (s)',
      'database (GB)',
      'applications (GB)',
      'events (GB)',
    ],
    stages.map((s) => [
      fmt(s.dossiers),
      fmt(s.load.counts.dossiers),
      fmt(s.load.counts.events),
      fmt(s.load.counts.ratings),
      fmt(s.load.loadSeconds),
      fmt(s.load.counts.dossiers / Math.max(s.load.loadSeconds, 0.001)),
      fmt(s.load.rows / Math.max(s.load.loadSeconds, 0.001)),
      seconds(s.load.indexSeconds),
      seconds(s.load.keySeconds),
      fmt(s.load.rollupSeconds),
      fmt(s.load.vacuumSeconds),
      gb(s.disk['database']),
      gb(s.disk['applications']),
      gb(s.disk['application_events']),
    ]),
  );
}

type Compared = Record<string, Record<string, number> | undefined>;

function comparison(
  small: Stage,
  big: Stage,
  compared: Compared,
  rate: number | undefined,
  alternating: string,
): string {
  const rows: string[][] = [];
  const x = (v: number | undefined): string => (v === undefined ? '–' : `×${v.toFixed(2)}`);
  const add = (name: string, label: string, a: Latency | undefined, b: Latency | undefined): void => {
    if (!a || !b) return;
    const c = compared[name];
    rows.push([
      label,
      fmt(a.p50),
      fmt(a.p99),
      fmt(b.p50),
      fmt(b.p99),
      x(b.p50 / a.p50),
      x(b.p99 / a.p99),
      x(c?.['judged']),
      x(c?.['normalised']),
    ]);
  };
  const perSecond = rate === undefined ? '' : ` at ${fmt(rate)}/s (open loop)`;
  add('lookup_at_rate', `look-up by code${perSecond}`, small.lookupAtRate, big.lookupAtRate);
  add('lookup', REQUESTS['lookup'] ?? 'lookup', small.lookup, big.lookup);
  for (const name of Object.keys(big.scenarios))
    add(name, REQUESTS[name] ?? name, small.scenarios[name], big.scenarios[name]);
  add('', `bare Fastify route${perSecond}`, small.bareAtRate, big.bareAtRate);
  add('', 'bare Fastify route, under load', small.bare, big.bare);
  add('', 'bare Fastify route, one at a time', small.bareSequential, big.bareSequential);
  const at = (n: number): string => `@${fmt(n)}`;
  const head = [
    'request',
    `p50 ${at(small.dossiers)}`,
    `p99 ${at(small.dossiers)}`,
    `p50 ${at(big.dossiers)}`,
    `p99 ${at(big.dossiers)}`,
    '×p50',
    '×p99',
    'judged',
    'after drift',
  ];
  const lookupText =
    rate === undefined
      ? 'The look-up runs under load (50 connections, autocannon) and is judged on its p99'
      : `The look-up runs twice in each round: at saturation (50 connections, autocannon: each connection sends its next request when the last is answered), which gives its throughput and is not judged, and open loop at a fixed ${fmt(rate)} requests per second (half the lower of the two sizes' throughputs in a 3-second saturated load before the rounds; each request leaves at its scheduled time and its latency counts from then, \`bench/paced-load.ts\`; its figures are percentiles of every round's latencies pooled, not medians of rounds), which is judged on its p99: at saturation on this machine a request's p99 is mostly its time in the queue, and moves with throughput. The apps' database pools keep idle connections for the run (pg closes them after 10 s by default: those a saturated load opened then close together, which stalled every look-up here for 0.35–0.58 s)`;
  const perRound = [small, big]
    .filter((stage) => stage.lookupAtRate?.rounds?.length)
    .map((stage) => {
      const list = (stage.lookupAtRate?.rounds ?? [])
        .map((r) => `${fmt(r.p99)} (max ${fmt(r.max)}; ${fmt(r.readBlocks)} blocks read, ${fmt(r.readMs)} ms)`)
        .join(', ');
      return `- at ${fmt(stage.dossiers)}: ${list}`;
    });
  const roundsText =
    perRound.length === 0
      ? []
      : [
          '',
          `The look-up at the fixed rate, round by round: p99 in ms, then in brackets its slowest request, the blocks PostgreSQL read from outside its shared buffers during the round, and the time it spent reading them (the page cache answers in microseconds, so milliseconds mean the disk):`,
          '',
          ...perRound,
        ];
  return [
    table(head, rows),
    ...roundsText,
    '',
    `Times in ms, medians over the rounds.${alternating} ${lookupText}; the inbox and dashboard requests run one at a time, as one officer sends them (30 per round after 3 unmeasured), and are judged on their median: the "p99" of 30 requests is their slowest, which on a shared machine measures the neighbours more than the query. "After drift" divides by the bare route's change between the two sizes, measured the same way in the same rounds. Look-up throughput: ${fmt(small.lookup.rps)} req/s at ${fmt(small.dossiers)}, ${fmt(big.lookup.rps)} req/s at ${fmt(big.dossiers)} (bare route: ${fmt(small.bare.rps)} and ${fmt(big.bare.rps)}).`,
  ].join('\n');
}

function plans(small: Stage, big: Stage): string {
  const out: string[] = [];
  for (const name of Object.keys(big.plans ?? {})) {
    out.push(`<details><summary>${REQUESTS[name] ?? name}</summary>`, '');
    for (const stage of [small, big]) {
      const list = stage.plans?.[name] ?? [];
      out.push(`At ${fmt(stage.dossiers)} dossiers:`, '');
      for (const p of list)
        out.push('```text', p.query.length > 900 ? `${p.query.slice(0, 900)}…` : p.query, '', p.plan, '```', '');
      if (list.length === 0) out.push('(no query on dossiers or counters)', '');
    }
    out.push('</details>', '');
  }
  return out.join('\n');
}

/** Every recorded scale run, small and large, quick and full. */
export function scaleHistory(archive: readonly BenchRecord[]): string {
  const runs = archive.filter((r) => r.name === 'scale' && r.status === 'ok');
  return table(
    ['run', 'sizes', 'load (s)', 'rows/s', 'indexes (s)', 'database (GB)', 'worst slowdown', 'target'],
    runs.map((r) => {
      const stages = stagesOf(r);
      const loadSeconds = stages.reduce((n, s) => n + s.load.loadSeconds, 0);
      const rows = stages.reduce((n, s) => n + s.load.rows, 0);
      const rebuilt = stages.every((s) => s.load.indexSeconds !== undefined);
      return [
        `${r.at.slice(0, 16).replace('T', ' ')} (${r.mode})`,
        stages.map((s) => fmt(s.dossiers)).join(alternated(r) ? ' ⇄ ' : ' → '),
        fmt(loadSeconds),
        fmt(rows / Math.max(loadSeconds, 0.001)),
        rebuilt ? fmt(stages.reduce((n, s) => n + (s.load.indexSeconds ?? 0) + (s.load.keySeconds ?? 0), 0)) : '–',
        gb(stages.at(-1)?.disk['database']),
        `×${fmt(r.result?.['worst_slowdown'])}${typeof r.result?.['worst_slowdown_after_drift'] === 'number' ? ` (after drift ×${fmt(r.result['worst_slowdown_after_drift'])})` : ''}`,
        r.result?.['target_met'] === true ? 'met' : '**not met**',
      ];
    }),
  );
}

export function renderScale(record: BenchRecord): string {
  const stages = stagesOf(record);
  const small = stages[0];
  const big = stages.at(-1);
  if (record.status === 'failed' || !small || !big) return '';
  const settle = record.result?.['settle_seconds'];
  const alternating = alternated(record)
    ? ` Each size has a PostgreSQL cluster and an app of its own; both were loaded first, then a checkpoint in each and \`sync\` wrote the load back to disk (${typeof settle === 'number' ? fmt(settle) : '–'} s), and the sizes were measured in alternating rounds (small then large, then large then small, …), so the load of this shared machine's neighbours weighs on both alike.`
    : ' The small size was measured first, then the large one loaded over it and measured (about 20 minutes later).';
  const read = (stage: Stage): string =>
    stage.sampleRead
      ? `${fmt(stage.sampleRead.firstSeconds)} s then ${fmt(stage.sampleRead.againSeconds)} s at ${fmt(stage.dossiers)}`
      : '';
  const sampled =
    small.sampleRead && big.sampleRead
      ? ` Before the rounds each size read its ${fmt(big.sampleRead.lookups)} sampled dossiers twice through the look-up's own function, one after another (${read(small)}, ${read(big)}): the first pass is their first read since the load, the rounds find them in memory, as a province that has been serving look-ups does.`
      : '';
  const sameRows = alternated(record) ? '' : "; a larger size loads the smaller one's dossiers again, the same rows";
  return [
    '#### Loading',
    '',
    `Each size is a bulk load ([ADR 0003](adr/0003-scale-bulk-load.md)). The indexes of \`applications\`, \`application_events\` and \`feedback\`, their keys and the foreign keys pointing at them are read from the catalog and dropped; the rows are generated in Node and streamed with binary \`COPY … FREEZE\` (one connection per table, each table emptied in the same transaction, so with \`wal_level = minimal\` no WAL is written${sameRows}), triggers off; then every index is built again, two at a time with 2 GB of sort memory, the keys attached, the foreign keys validated, and the catalog compared with what was dropped (\`bench/scale-data.ts\`, \`bench/scale-rows.ts\`, \`bench/scale-indexes.ts\`). Then the dashboard and inbox counters are rebuilt from the rows (the three provinces side by side) and the database vacuumed and analysed. "COPY" is the rows' streaming alone; "indexes" and "keys" the rebuild.`,
    '',
    loading(stages),
    '',
    '#### The two sizes compared',
    '',
    comparison(
      small,
      big,
      (record.result?.['compared'] ?? {}) as Compared,
      typeof record.result?.['rate'] === 'number' ? record.result['rate'] : undefined,
      alternating + sampled,
    ),
    '',
    '#### Plans',
    '',
    'The statements behind one request of each kind, as PostgreSQL ran them (`auto_explain`: EXPLAIN ANALYZE with buffers), at both sizes.',
    '',
    plans(small, big),
  ].join('\n');
}
