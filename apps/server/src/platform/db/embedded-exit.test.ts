import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const embedded = path.join(path.dirname(fileURLToPath(import.meta.url)), 'embedded.ts');

/** Runs a Node process that loads the embedded-PostgreSQL module, then does `script`; answers its status. */
function statusAfter(script: string): number | null {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', `await import(${JSON.stringify(embedded)}); ${script}`],
    { encoding: 'utf8', timeout: 60_000 },
  );
  return result.status;
}

describe('a process with the embedded PostgreSQL module loaded', () => {
  // The test runner sets `process.exitCode` when a test fails and lets its event loop drain: the
  // module's exit hook once turned that into status 0, and a failing run passed.
  it('ends with the exit code it set when its event loop drains', () => {
    expect(statusAfter('process.exitCode = 3;')).toBe(3);
    expect(statusAfter('setTimeout(() => { process.exitCode = 1; }, 10);')).toBe(1);
  });

  it('still ends with 0 when nothing failed', () => {
    expect(statusAfter('')).toBe(0);
  });
});
