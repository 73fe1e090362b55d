import type { Runner } from 'graphile-worker';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, silentLogger, type TestDatabase } from '../../../test/harness.ts';
import { withTx } from '../db/database.ts';
import { newId } from '../ids.ts';
import { enqueueJob } from './enqueue.ts';
import { startJobRunner } from './runner.ts';

let db: TestDatabase;
let tenantId: string;

interface JobRow {
  identifier: string;
  payload: Record<string, unknown>;
  key: string | null;
  queue: string | null;
  maxAttempts: number;
  runAt: Date;
  revision: number;
  locked: boolean;
}

async function jobs(): Promise<JobRow[]> {
  const result = await db.database.pool.query<JobRow>(
    `select t.identifier, j.payload, j.key, q.queue_name as queue, j.max_attempts as "maxAttempts",
            j.run_at as "runAt", j.revision, j.locked_at is not null as locked
       from graphile_worker._private_jobs j
       join graphile_worker._private_tasks t on t.id = j.task_id
       left join graphile_worker._private_job_queues q on q.id = j.job_queue_id
      order by j.id`,
  );
  return result.rows;
}

/** Each test uses task and queue names of its own, so "seen for the first time" means it. */
const fresh = (label: string): string => `test:${label}:${newId().slice(-8)}`;

beforeAll(async () => {
  db = await createTestDatabase();
  tenantId = newId();
});
afterAll(async () => {
  await db.drop();
});
afterEach(async () => {
  await db.database.pool.query('delete from graphile_worker._private_jobs');
});

describe('enqueueJob (motcua_enqueue)', () => {
  it('adds a job for a task never seen before, then the same way for a known one', async () => {
    const task = fresh('first');
    await withTx(db.database, tenantId, (tx) => enqueueJob(tx, task, { n: 1 }));
    await withTx(db.database, tenantId, (tx) => enqueueJob(tx, task, { n: 2 }, { maxAttempts: 3 }));
    const rows = await jobs();
    expect(rows.map((r) => [r.identifier, r.payload, r.key, r.queue, r.maxAttempts])).toEqual([
      [task, { n: 1 }, null, null, 25],
      [task, { n: 2 }, null, null, 3],
    ]);
  });

  it('puts a job in its named queue, the queue created on first use', async () => {
    const task = fresh('queued');
    const queue = fresh('queue');
    await withTx(db.database, tenantId, (tx) => enqueueJob(tx, task, { n: 1 }, { queueName: queue }));
    await withTx(db.database, tenantId, (tx) => enqueueJob(tx, task, { n: 2 }, { queueName: queue }));
    expect((await jobs()).map((r) => [r.payload, r.queue])).toEqual([
      [{ n: 1 }, queue],
      [{ n: 2 }, queue],
    ]);
  });

  it('keeps a run-at time in the future', async () => {
    const runAt = new Date(Date.now() + 86_400_000);
    await withTx(db.database, tenantId, (tx) => enqueueJob(tx, fresh('later'), {}, { runAt }));
    expect((await jobs())[0]?.runAt.toISOString()).toBe(runAt.toISOString());
  });

  it('replaces a pending job with the same key (one job, the newest payload and run-at)', async () => {
    const task = fresh('keyed');
    await withTx(db.database, tenantId, (tx) => enqueueJob(tx, task, { n: 1 }, { jobKey: 'same' }));
    const later = new Date(Date.now() + 3_600_000);
    await withTx(db.database, tenantId, (tx) => enqueueJob(tx, task, { n: 2 }, { jobKey: 'same', runAt: later }));
    const rows = await jobs();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ payload: { n: 2 }, key: 'same', revision: 1 });
    expect(rows[0]?.runAt.toISOString()).toBe(later.toISOString());
  });

  it('adds a new job beside a running one with the same key (the running one loses its key)', async () => {
    const task = fresh('running');
    await withTx(db.database, tenantId, (tx) => enqueueJob(tx, task, { n: 1 }, { jobKey: 'busy' }));
    await db.database.pool.query(
      `update graphile_worker._private_jobs set locked_at = now(), locked_by = 'someone' where key = 'busy'`,
    );
    await withTx(db.database, tenantId, (tx) => enqueueJob(tx, task, { n: 2 }, { jobKey: 'busy' }));
    expect((await jobs()).map((r) => [r.payload, r.key, r.locked])).toEqual([
      [{ n: 1 }, null, true],
      [{ n: 2 }, 'busy', false],
    ]);
  });

  it('adds nothing when the transaction rolls back', async () => {
    await expect(
      withTx(db.database, tenantId, async (tx) => {
        await enqueueJob(tx, fresh('rolled-back'), {});
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await jobs()).toEqual([]);
  });

  it('tells listening workers of each job once the transaction commits (the notice they parse)', async () => {
    const task = fresh('notice');
    await withTx(db.database, tenantId, (tx) => enqueueJob(tx, task, {}));
    const listener = await db.database.pool.connect();
    const notices: { channel: string; count: unknown }[] = [];
    listener.on('notification', (message) => {
      notices.push({
        channel: message.channel,
        count: (JSON.parse(message.payload ?? '{}') as { count?: unknown }).count,
      });
    });
    try {
      await listener.query('listen "jobs:insert"');
      await withTx(db.database, tenantId, async (tx) => {
        await enqueueJob(tx, task, { n: 1 });
        await enqueueJob(tx, task, { n: 2 }, { jobKey: fresh('key') });
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(notices).toEqual([]);
      });
      for (let waited = 0; notices.length < 2 && waited < 5_000; waited += 20)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(notices).toEqual([
        { channel: 'jobs:insert', count: 1 },
        { channel: 'jobs:insert', count: 1 },
      ]);
    } finally {
      await listener.query('unlisten *');
      listener.release();
    }
  });

  it('jobs written either way are run by the worker', async () => {
    const task = fresh('run');
    const queue = fresh('run-queue');
    const seen: unknown[] = [];
    let done: () => void = () => undefined;
    const allSeen = new Promise<void>((resolve) => (done = resolve));
    // The first job of this task and queue takes the slow path (add_job creates both) ...
    await withTx(db.database, tenantId, (tx) => enqueueJob(tx, task, { n: 0 }, { queueName: queue }));
    // ... the next ones the fast path.
    await withTx(db.database, tenantId, async (tx) => {
      await enqueueJob(tx, task, { n: 1 });
      await enqueueJob(tx, task, { n: 2 }, { jobKey: fresh('key') });
      await enqueueJob(tx, task, { n: 3 }, { queueName: queue });
    });
    const runner: Runner = await startJobRunner({
      pool: db.database.pool,
      concurrency: 2,
      logger: silentLogger,
      tasks: {
        [task]: async (payload) => {
          seen.push(payload);
          if (seen.length === 4) done();
        },
      },
    });
    try {
      await Promise.race([allSeen, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      expect(seen).toHaveLength(4);
      expect(seen).toEqual(expect.arrayContaining([{ n: 0 }, { n: 1 }, { n: 2 }, { n: 3 }]));
      // Each completion is recorded just after its handler returns.
      for (let waited = 0; (await jobs()).length > 0 && waited < 5_000; waited += 20)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await jobs()).toEqual([]);
    } finally {
      await runner.stop();
    }
  });
});
