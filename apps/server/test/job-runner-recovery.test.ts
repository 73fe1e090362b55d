import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Runner, Task } from 'graphile-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJobRunner } from '../src/platform/jobs/runner.ts';
import { createTestDatabase, silentLogger, type TestDatabase } from './harness.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db.drop());

async function addJob(task: string, key: string): Promise<void> {
  await db.database.pool.query(`select graphile_worker.add_job($1, '{}'::json, job_key := $2)`, [task, key]);
}

async function jobsLeft(): Promise<number> {
  const result = await db.database.pool.query<{ n: number }>('select count(*)::int as n from graphile_worker.jobs');
  return result.rows[0]?.n ?? -1;
}

function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return (async () => {
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
}

/** Starts a runner in a child process, waits until it holds a `test:hang` job, then kills it (-9). */
async function crashWhileHoldingAJob(): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./job-runner-child.ts', import.meta.url))],
    {
      env: { ...process.env, RUNNER_DATABASE_URL: db.url },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the child runner took no job within 20 s')), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString('utf8').includes('TAKEN')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

async function runner(tasks: Record<string, Task>, staleAfterMs: number): Promise<Runner> {
  return startJobRunner({ pool: db.database.pool, concurrency: 2, tasks, logger: silentLogger, staleAfterMs });
}

describe('jobs of a crashed job runner', () => {
  it('are taken over by a live runner once the crashed one is stale, not after 4 hours', async () => {
    await addJob('test:hang', 'crash-1');
    await crashWhileHoldingAJob();
    const locked = await db.database.pool.query<{ locked_by: string | null }>(
      `select locked_by from graphile_worker.jobs where key = 'crash-1'`,
    );
    expect(locked.rows[0]?.locked_by).toMatch(/^pool-/);
    const runs: number[] = [];
    const started = Date.now();
    const live = await runner({ 'test:hang': async () => void runs.push(Date.now() - started) }, 1500);
    try {
      await until(async () => (await jobsLeft()) === 0, 15_000);
    } finally {
      await live.stop();
    }
    expect(runs).toHaveLength(1);
    // Not before the live runner has been up for the stale time itself (it judges only then).
    expect(runs[0]).toBeGreaterThanOrEqual(1500);
    const rows = await db.database.pool.query('select pool_id from job_runners');
    expect(rows.rows).toEqual([]);
  });

  it('are taken over when the runner died before its first stamp', async () => {
    await addJob('test:ghost', 'ghost-1');
    // A lock left by a runner that never stamped: what a kill right after taking its first job leaves.
    await db.database.pool.query(
      `update graphile_worker._private_jobs set locked_by = 'pool-ghost', locked_at = now() - interval '1 minute'`,
    );
    let ran = 0;
    const live = await runner({ 'test:ghost': async () => void (ran += 1) }, 1000);
    try {
      await until(async () => (await jobsLeft()) === 0, 15_000);
    } finally {
      await live.stop();
    }
    expect(ran).toBe(1);
  });

  it('never takes the job of a live runner, however long it runs', async () => {
    await addJob('test:slow', 'slow-1');
    let runs = 0;
    const slow: Task = async () => {
      runs += 1;
      await new Promise((r) => setTimeout(r, 3_000));
    };
    const first = await runner({ 'test:slow': slow }, 600);
    await until(async () => runs === 1, 10_000);
    const second = await runner({ 'test:slow': slow }, 600);
    try {
      await until(async () => (await jobsLeft()) === 0, 15_000);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
    expect(runs).toBe(1);
  });
});
