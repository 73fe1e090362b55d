import { openDatabase } from '../src/platform/db/database.ts';
import { startJobRunner } from '../src/platform/jobs/runner.ts';
import { createLogger } from '../src/platform/logger.ts';

/**
 * A job runner in a process of its own, for tests that kill it: it takes `test:hang` jobs and never
 * finishes them, printing `TAKEN <job id>` for each. Database URL in `RUNNER_DATABASE_URL`.
 */
const database = await openDatabase(process.env['RUNNER_DATABASE_URL'] ?? '', 2);
await startJobRunner({
  pool: database.pool,
  concurrency: 1,
  logger: createLogger('silent'),
  staleAfterMs: 60_000,
  tasks: {
    'test:hang': async (_payload, helpers) => {
      process.stdout.write(`TAKEN ${helpers.job.id}\n`);
      await new Promise(() => undefined);
    },
  },
});
