import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Logger as WorkerLogger, run, type Runner, type TaskList, type WorkerEvents } from 'graphile-worker';
import type pg from 'pg';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import type { Logger } from '../logger.ts';
import { watchRunnerLiveness } from './runner-liveness.ts';

export interface JobRunnerOptions {
  pool: pg.Pool;
  concurrency: number;
  tasks: TaskList;
  /** graphile-worker crontab lines for recurring jobs. */
  crontab?: string;
  logger: Logger;
  /**
   * How long a runner may go without stamping its liveness before its jobs are unlocked for the
   * others (`MOTCUA_WORKER_STALE_MS`; default 60 s). See `watchRunnerLiveness`.
   */
  staleAfterMs?: number;
}

export const DEFAULT_STALE_AFTER_MS = 60_000;

/** The longest wait between two tries to start the runner again while the database is away. */
const MAX_RESTART_DELAY_MS = 5_000;

/** How long a pool's graceful shutdown may take before it is given up as over. */
const SHUTDOWN_PATIENCE_MS = 30_000;

function bridgeLogger(logger: Logger): WorkerLogger {
  return new WorkerLogger((scope) => (level, message, meta) => {
    const line = { scope: { label: scope.label, taskIdentifier: scope.taskIdentifier, jobId: scope.jobId }, ...meta };
    const name: string = level;
    if (name === 'error') logger.error(line, message);
    else if (name === 'warning') logger.warn(line, message);
    else if (name === 'info') logger.info(line, message);
    else logger.debug(line, message);
  });
}

/**
 * Whether an unhandled rejection is one graphile-worker 0.17 leaves behind when the database
 * connection drops: its LISTEN client released twice (pg-pool refuses the second release), or a
 * lost connection surfacing from its internals. The runner recovers from both by itself.
 */
function leftByLostConnection(reason: unknown): boolean {
  if (isDatabaseUnavailable(reason)) return true;
  return (
    reason instanceof Error && reason.message.startsWith('Release called on client which has already been released')
  );
}

let guards = 0;
let guardLogger: Logger | undefined;

function onUnhandledRejection(reason: unknown): void {
  if (!leftByLostConnection(reason)) throw reason;
  guardLogger?.warn({ err: reason }, 'job runner: database connection lost (recovering)');
}

/**
 * While a runner lives, those rejections are logged instead of ending the process (Node's default);
 * any other unhandled rejection still ends it, as before. Returns the release.
 */
function guardProcess(logger: Logger): () => void {
  guards += 1;
  guardLogger = logger;
  if (guards === 1) process.on('unhandledRejection', onUnhandledRejection);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    guards -= 1;
    if (guards === 0) process.off('unhandledRejection', onUnhandledRejection);
  };
}

/**
 * Resolves once a worker pool is over: its runner settled, or (graphile-worker 0.17 may never
 * settle it after a failed completion) its graceful shutdown finished or failed, or ran for
 * `SHUTDOWN_PATIENCE_MS` without finishing.
 */
function poolEnded(runner: Runner, events: WorkerEvents, poolId: string | undefined): Promise<void> {
  return new Promise((resolve) => {
    const mine = (payload: { workerPool: { id: string } }): boolean => payload.workerPool.id === poolId;
    const settle = (): void => {
      events.off('pool:gracefulShutdown', onShutdown);
      events.off('pool:gracefulShutdown:complete', onEnd);
      events.off('pool:gracefulShutdown:error', onEnd);
      resolve();
    };
    const onEnd = (payload: { workerPool: { id: string } }): void => {
      if (mine(payload)) settle();
    };
    const onShutdown = (payload: { workerPool: { id: string } }): void => {
      if (mine(payload)) setTimeout(settle, SHUTDOWN_PATIENCE_MS).unref();
    };
    events.on('pool:gracefulShutdown', onShutdown);
    events.on('pool:gracefulShutdown:complete', onEnd);
    events.on('pool:gracefulShutdown:error', onEnd);
    runner.promise.then(settle, settle);
  });
}

/**
 * Starts the job runner (graphile-worker on the same PostgreSQL). Jobs are enqueued inside the
 * state-changing transaction with `graphile_worker.add_job`, so nothing acknowledged is lost.
 *
 * Two things graphile-worker 0.17 does not do are added here:
 * - the runner stamps its liveness, and the jobs of a runner that stopped stamping (a crashed
 *   process) are unlocked after `staleAfterMs` instead of after 4 hours;
 * - when the database goes away, graphile-worker shuts its worker pool down (a job's completion
 *   could not be recorded, or a worker could not fetch); a new pool is then started as soon as the
 *   database answers again, and the old pool's jobs are unlocked like a crashed runner's. The
 *   process needs no restart.
 */
export async function startJobRunner(options: JobRunnerOptions): Promise<Runner> {
  const events = new EventEmitter() as WorkerEvents;
  const liveness = watchRunnerLiveness({
    pool: options.pool,
    staleAfterMs: options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS,
    logger: options.logger,
  });
  let poolId: string | undefined;
  events.on('pool:create', ({ workerPool }) => {
    poolId = workerPool.id;
    liveness.track(workerPool.id);
  });
  const start = () =>
    run({
      pgPool: options.pool,
      concurrency: options.concurrency,
      noHandleSignals: true,
      pollInterval: 2000,
      taskList: options.tasks,
      events,
      // Batched, a completion that cannot be recorded shuts the pool down (which is watched for
      // below); unbatched, it would be a promise rejection nobody handles. The delay itself is nil.
      preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
      ...(options.crontab ? { crontab: options.crontab } : {}),
      logger: bridgeLogger(options.logger),
    });
  const unguard = guardProcess(options.logger);
  let current: Runner;
  try {
    current = await start();
  } catch (error) {
    unguard();
    await liveness.stop();
    throw error;
  }
  let stopping = false;
  /** Read through a call: `stopping` changes while a start is awaited. */
  const isStopping = (): boolean => stopping;
  const wake = new AbortController();

  async function startAgain(): Promise<boolean> {
    for (let delay = 500; ; delay = Math.min(2 * delay, MAX_RESTART_DELAY_MS)) {
      await sleep(delay, undefined, { signal: wake.signal }).catch(() => undefined);
      if (stopping) return false;
      try {
        current = await start();
        options.logger.info('job runner started again');
        // Asked to stop while this one was starting: it ends like any other (watched by the caller).
        if (isStopping()) void current.stop().catch(() => undefined);
        return true;
      } catch (error) {
        options.logger.debug({ err: error }, 'job runner could not start yet');
      }
    }
  }

  async function supervise(): Promise<void> {
    for (;;) {
      const endedPool = poolId;
      await poolEnded(current, events, endedPool);
      if (endedPool !== undefined) await liveness.untrack(endedPool, { clean: stopping });
      if (stopping) return;
      options.logger.warn('job runner stopped by itself (database unavailable?); starting a new one');
      if (!(await startAgain())) return;
    }
  }
  const supervised = supervise();

  const finish = async (how: 'stop' | 'kill', reason?: string): Promise<void> => {
    stopping = true;
    wake.abort();
    // The pool's end is watched by `supervise` (graphile-worker's own promise may never settle).
    void (how === 'stop' ? current.stop(reason) : current.kill(reason)).catch(() => undefined);
    await supervised;
    await liveness.stop();
    unguard();
  };
  return {
    events,
    promise: supervised,
    addJob: (...args) => current.addJob(...args),
    stop: (reason) => finish('stop', reason),
    kill: (reason) => finish('kill', reason),
  };
}
