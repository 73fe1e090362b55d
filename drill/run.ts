/**
 * `npm run drill`: crash and outage drills against real processes (see docs/drills.md).
 *
 *   npm run drill                              every drill, full size (the simulator out 5 minutes)
 *   npm run drill -- --short                   the sizes `npm test` uses
 *   npm run drill -- --only database-restart,simulator-outage --outage-seconds 60
 *   npm run drill -- --database-url postgres://…   an external PostgreSQL (the restart drill is skipped)
 *
 * Prints one JSON line per drill, writes drill/report.md, exits non-zero when a drill fails.
 */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Cluster } from './cluster.ts';
import { apiCrashDuringFilings, apiCrashDuringTransitions, workerCrashDuringDelivery } from './crash-drills.ts';
import { multiInstance } from './multi-instance.ts';
import { databaseRestart, simulatorOutage } from './outage-drills.ts';
import { writeReport } from './report.ts';
import { FULL, SHORT, type Drill, type DrillSize, type Verdict } from './verdict.ts';

export const DRILLS: Record<string, Drill> = {
  'api-crash-filings': apiCrashDuringFilings,
  'api-crash-transitions': apiCrashDuringTransitions,
  'worker-crash-notices': workerCrashDuringDelivery,
  'database-restart': databaseRestart,
  'simulator-outage': simulatorOutage,
  'multi-instance': multiInstance,
};

const { values } = parseArgs({
  options: {
    short: { type: 'boolean', default: false },
    only: { type: 'string' },
    'outage-seconds': { type: 'string' },
    'database-url': { type: 'string' },
  },
});

const base: DrillSize = values.short ? SHORT : FULL;
const size: DrillSize = values['outage-seconds']
  ? { ...base, outageMs: Number(values['outage-seconds']) * 1000 }
  : base;
const names = values.only ? values.only.split(',').map((n) => n.trim()) : Object.keys(DRILLS);
const unknown = names.filter((n) => !(n in DRILLS));
if (unknown.length > 0 || !(size.outageMs >= 0)) {
  process.stderr.write(`unknown drill ${unknown.join(', ')}; drills: ${Object.keys(DRILLS).join(', ')}\n`);
  process.exit(2);
}

const log = (line: string): void => void process.stderr.write(`${line}\n`);
const startedAt = new Date();
log(`starting PostgreSQL, the Zalo simulator and the province (${size.label} drills)…`);
const cluster = await Cluster.start({
  ...(values['database-url'] ? { databaseUrl: values['database-url'] } : {}),
  // The short run shortens crash recovery so it fits in seconds; the full run keeps the defaults.
  ...(values.short ? { workerStaleMs: 3_000, sendLeaseMs: 4_000, ephemeral: true } : {}),
});
const verdicts: Verdict[] = [];
try {
  for (const name of names) {
    const drill = DRILLS[name];
    if (!drill) continue;
    log(`drill ${name}…`);
    const verdict = await drill({ cluster, size, runId: randomBytes(3).toString('hex'), log });
    verdicts.push(verdict);
    process.stdout.write(
      `${JSON.stringify({ drill: verdict.drill, ok: verdict.ok, seconds: verdict.seconds, ...verdict.figures, problems: verdict.problems })}\n`,
    );
  }
} finally {
  const failed = verdicts.some((v) => !v.ok);
  if (failed) {
    await cluster.closeKeepingLogs();
    log(`process logs kept in ${cluster.workDir}/logs`);
  } else {
    await cluster.close();
  }
}
const report = fileURLToPath(new URL('./report.md', import.meta.url));
await writeReport(report, verdicts, size, startedAt);
log(`report: drill/report.md`);
process.exit(verdicts.every((v) => v.ok) ? 0 : 1);
