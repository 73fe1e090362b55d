import { describe, expect, it } from 'vitest';
import {
  apiCrashDuringFilings,
  apiCrashDuringTransitions,
  workerCrashDuringDelivery,
} from '../../../../drill/crash-drills.ts';
import { SHORT } from '../../../../drill/verdict.ts';
import { shortDrillCluster } from './short-cluster.ts';

/**
 * The `kill -9` drills of `npm run drill`, short: real `motcua start` processes on a real
 * PostgreSQL, the Zalo simulator in its own process, a few dozen filings, transitions and notices.
 * Each process start costs seconds, so the drills share one cluster and run in order.
 */
const run = shortDrillCluster();

describe('crash drills (short)', () => {
  it('a. kill -9 of the API during filings: every 201 exists once, codes gap-free', async () => {
    const verdict = await run(apiCrashDuringFilings);
    expect(verdict.problems).toEqual([]);
    expect(verdict.figures).toMatchObject({
      acknowledged: SHORT.filings,
      found: SHORT.filings,
      duplicates: 0,
      gaps: 0,
    });
  }, 180_000);

  it('b. kill -9 of the API during transitions: every acknowledged transition is in the log once', async () => {
    const verdict = await run(apiCrashDuringTransitions);
    expect(verdict.problems).toEqual([]);
    expect(verdict.figures).toMatchObject({ missing: 0, duplicates: 0, inconsistent: 0, lost_updates: 0 });
  }, 180_000);

  it('c. kill -9 of the worker during delivery: every notice delivered exactly once, dead runner taken over', async () => {
    const verdict = await run(workerCrashDuringDelivery);
    expect(verdict.problems).toEqual([]);
    expect(verdict.figures).toMatchObject({ pending: 0, dead: 0, missing: 0, doubled: 0 });
    expect(verdict.figures['jobs_held_by_dead_worker']).toBeGreaterThan(0);
  }, 180_000);
});
