import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'e2e', 'bench'],
    // One test file per CPU. Left to itself this vitest runs one file at a time, and a file spends
    // much of its time waiting (PostgreSQL, child processes, module loading), not computing.
    maxWorkers: '100%',
  },
});
