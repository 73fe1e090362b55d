import { Logger as WorkerLogger, run, type Runner, type TaskList } from 'graphile-worker';
import type pg from 'pg';
import type { Logger } from '../logger.ts';

export interface JobRunnerOptions {
  pool: pg.Pool;
  concurrency: number;
  tasks: TaskList;
  /** graphile-worker crontab lines for recurring jobs. */
  crontab?: string;
  logger: Logger;
}

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
 * Starts the job runner (graphile-worker on the same PostgreSQL). Jobs are enqueued inside the
 * state-changing transaction with `graphile_worker.add_job`, so nothing acknowledged is lost.
 */
export async function startJobRunner(options: JobRunnerOptions): Promise<Runner> {
  return run({
    pgPool: options.pool,
    concurrency: options.concurrency,
    noHandleSignals: true,
    pollInterval: 2000,
    taskList: options.tasks,
    ...(options.crontab ? { crontab: options.crontab } : {}),
    logger: bridgeLogger(options.logger),
  });
}
