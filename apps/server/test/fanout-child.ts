import { simHosts } from '@motcua/zalo-sim/server';
import { openDatabase, refreshAppRole } from '../src/platform/db/database.ts';
import { broadcastToFollowers } from './fanout-run.ts';

/**
 * One broadcast fan-out in a process of its own, as a job-runner process would run it, so its
 * memory is measured without the test runner's own: `FANOUT_*` in the environment, the result as
 * `FANOUT_RESULT=<json>` on stdout. Started by `broadcast-scale.test.ts` with `--expose-gc`.
 */
const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`${name} is required`);
  return value;
};
const database = await refreshAppRole(await openDatabase(env('FANOUT_DB_URL'), 5));
try {
  const simUrl = env('FANOUT_SIM_URL');
  const run = await broadcastToFollowers({
    database,
    tenantId: env('FANOUT_TENANT'),
    masterKey: Buffer.from(env('FANOUT_MASTER_KEY'), 'hex'),
    sim: { url: simUrl, hosts: simHosts(simUrl), stop: () => Promise.resolve() },
    followers: Number(env('FANOUT_FOLLOWERS')),
    concurrency: 32,
    batchSize: 500,
    // The run takes seconds: sample often enough for the memory check to have its quarters.
    sampleEveryMs: 400,
  });
  process.stdout.write(`FANOUT_RESULT=${JSON.stringify(run)}\n`);
} finally {
  await database.close();
}
