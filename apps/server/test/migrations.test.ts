import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const serverDir = fileURLToPath(new URL('..', import.meta.url));

describe('committed migrations', () => {
  it('match the Drizzle schema: generating from the schema adds nothing new', async () => {
    // drizzle-kit only accepts an output folder relative to the working directory.
    await mkdir(path.join(serverDir, '.tmp'), { recursive: true });
    const out = await mkdtemp(path.join(serverDir, '.tmp', 'migrations-'));
    try {
      await cp(path.join(serverDir, 'migrations'), out, { recursive: true });
      const before = await readdir(out);
      const kit = fileURLToPath(new URL('../../../node_modules/drizzle-kit/bin.cjs', import.meta.url));
      const output = await new Promise<string>((resolve, reject) => {
        execFile(
          process.execPath,
          [
            kit,
            'generate',
            '--dialect',
            'postgresql',
            '--schema',
            './src/platform/db/schema/index.ts',
            '--out',
            path.relative(serverDir, out),
            '--name',
            'drift',
          ],
          { cwd: serverDir, timeout: 60_000 },
          (error, stdout, stderr) => (error ? reject(new Error(`${stdout}${stderr}`)) : resolve(`${stdout}${stderr}`)),
        );
      });
      expect(output).toMatch(/No schema changes/);
      expect(await readdir(out)).toEqual(before);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
