import { describe, expect, it } from 'vitest';
import { multiInstance } from '../../../../drill/multi-instance.ts';
import { databaseRestart, simulatorOutage } from '../../../../drill/outage-drills.ts';
import { SHORT } from '../../../../drill/verdict.ts';
import { shortDrillCluster } from './short-cluster.ts';

/**
 * The outage drills and the multi-instance drill of `npm run drill`, short: PostgreSQL stopped for
 * 5 s, the simulator frozen for 20 s, then two APIs and two job runners on one database.
 */
const run = shortDrillCluster();

describe('outage drills (short)', () => {
  it('d. PostgreSQL restarted under load: 503 with Retry-After meanwhile, then recovery without a restart', async () => {
    const verdict = await run(databaseRestart);
    expect(verdict.problems).toEqual([]);
    expect(verdict.figures).toMatchObject({ missing: 0, duplicates: 0, gaps: 0, processes_restarted: 0 });
    expect(verdict.figures['answered_503']).toBeGreaterThan(0);
  }, 180_000);

  it('e. the simulator out for 20 s: notices queue up, then drain, nothing lost or doubled', async () => {
    const verdict = await run(simulatorOutage);
    expect(verdict.problems).toEqual([]);
    expect(verdict.figures).toMatchObject({ dead: 0, missing: 0, doubled: 0 });
    expect(verdict.figures['queued']).toBeGreaterThan(0);
  }, 180_000);

  it('f. two APIs and two job runners: one winner per contested dossier, each notice sent once', async () => {
    const verdict = await run(multiInstance);
    expect(verdict.problems).toEqual([]);
    expect(verdict.figures).toMatchObject({ duplicates: 0, gaps: 0, doubled: 0, won_once: SHORT.dossiers });
    expect(verdict.figures['lost_409']).toBe(SHORT.dossiers);
  }, 180_000);
});
