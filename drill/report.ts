/** The report a run writes (`drill/report.md`): one section per drill, its figures and problems. */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import type { DrillSize, Verdict } from './verdict.ts';

const labels: Record<string, string> = {
  'api-crash-filings': 'a. `kill -9` of the API during filings',
  'api-crash-transitions': 'b. `kill -9` of the API during officers’ transitions',
  'worker-crash-notices': 'c. `kill -9` of the worker during notice delivery',
  'database-restart': 'd. PostgreSQL stopped and started under load',
  'simulator-outage': 'e. Zalo simulator not answering',
  'multi-instance': 'f. Two APIs and two job runners on one PostgreSQL',
};

export function renderReport(verdicts: readonly Verdict[], size: DrillSize, startedAt: Date): string {
  const lines = [
    '# Drill report',
    '',
    `Run of ${startedAt.toISOString()} (${size.label}: ${size.filings} filings, ${size.dossiers} dossiers, ` +
      `${size.notices} notices, ${size.clients} clients, PostgreSQL down ${size.databaseDownMs / 1000} s, ` +
      `simulator out ${size.outageMs / 1000} s) on ${os.cpus().length} CPU cores, Node ${process.version}. ` +
      `Written by \`npm run drill\`; what each figure means: docs/drills.md.`,
    '',
    '| drill | verdict | seconds |',
    '| --- | --- | --- |',
    ...verdicts.map((v) => `| ${labels[v.drill] ?? v.drill} | ${v.ok ? 'passed' : '**FAILED**'} | ${v.seconds} |`),
  ];
  for (const v of verdicts) {
    lines.push('', `## ${labels[v.drill] ?? v.drill}`, '', '| figure | value |', '| --- | --- |');
    for (const [name, value] of Object.entries(v.figures)) lines.push(`| ${name} | ${String(value)} |`);
    if (v.problems.length > 0) lines.push('', 'Problems:', '', ...v.problems.map((p) => `- ${p}`));
  }
  return `${lines.join('\n')}\n`;
}

export async function writeReport(file: string, verdicts: readonly Verdict[], size: DrillSize, startedAt: Date) {
  await writeFile(file, renderReport(verdicts, size, startedAt), 'utf8');
}
