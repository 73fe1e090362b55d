import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repository = fileURLToPath(new URL('../../../../', import.meta.url));

interface AuditReport {
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string; via: unknown[] }>;
  /** npm's answer when the registry's audit endpoint could not be used. */
  error?: unknown;
  statusCode?: number;
  message?: string;
}

/** `npm audit --omit=dev --audit-level=high --json` over the lock file: npm's JSON, whatever its exit code. */
function audit(): Promise<{ report: AuditReport | undefined; output: string }> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['audit', '--omit=dev', '--audit-level=high', '--json'],
      { cwd: repository, timeout: 120_000, maxBuffer: 32 * 1024 * 1024 },
      (_error, stdout, stderr) => {
        try {
          resolve({ report: JSON.parse(stdout) as AuditReport, output: stderr });
        } catch {
          resolve({ report: undefined, output: `${stdout}\n${stderr}` });
        }
      },
    );
  });
}

describe('dependencies shipped to production', () => {
  it('have no high or critical advisory (npm audit --omit=dev)', { timeout: 150_000 }, async (context) => {
    const { report, output } = await audit();
    const counts = report?.metadata?.vulnerabilities;
    if (!counts) {
      const why = report?.message ?? output.split('\n').find((l) => /error|ERR/.test(l)) ?? 'no answer';
      context.skip(`the registry's audit endpoint cannot be used from here (${why.trim()})`);
      return;
    }
    const serious = Object.entries(report.vulnerabilities ?? {})
      .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
      .map(([name, v]) => `${name} (${v.severity})`);
    expect(serious).toEqual([]);
    expect((counts['high'] ?? 0) + (counts['critical'] ?? 0)).toBe(0);
  });
});
