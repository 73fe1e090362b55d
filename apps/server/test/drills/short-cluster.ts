import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { Cluster } from '../../../../drill/cluster.ts';
import { SHORT, type Drill, type Verdict } from '../../../../drill/verdict.ts';

/**
 * One cluster for a file of short drills: real `motcua start` processes (an API and a job runner)
 * on a real PostgreSQL, the Zalo simulator in its own process. Each process start costs seconds, so
 * a file's drills share it and run in order. Returns how to run one drill at the short size; its
 * verdict is printed as a JSON line, as `npm run drill` prints it.
 */
export function shortDrillCluster(): (drill: Drill) => Promise<Verdict> {
  let cluster: Cluster | undefined;
  beforeAll(async () => {
    const started = await Cluster.start({ ephemeral: true, workerStaleMs: 3_000, sendLeaseMs: 4_000 });
    cluster = started;
    await Promise.all([started.startMotcua('api-1', 'api'), started.startMotcua('worker-1', 'worker')]);
  }, 180_000);
  afterAll(async () => cluster?.close(), 60_000);
  return async (drill) => {
    if (!cluster) throw new Error('the cluster did not start');
    const verdict = await drill({ cluster, size: SHORT, runId: randomBytes(3).toString('hex'), log: () => undefined });
    process.stdout.write(`${JSON.stringify(verdict)}\n`);
    return verdict;
  };
}
