/**
 * `kill -9` drills: the API in the middle of a stream of filings, the API in the middle of
 * officers' transitions, the worker in the middle of notice delivery. Each killed process is
 * started again at once, as a supervisor would; the clients retry with the same keys.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { act, fileDossiers, newTally, signIn, type Filed, type Transition } from './clients.ts';
import type { Motcua } from './cluster.ts';
import { DRILL_PASSWORD, uploadRows } from './province.ts';
import { checkFilings, checkNotices, checkTransitions, jobsLeft, noticesSettled } from './reconcile.ts';
import { secondsBetween, unexpectedAnswers, verdictOf, type DrillContext, type Verdict } from './verdict.ts';

/** Kills a process with SIGKILL and starts it again; resolves with the two instants. */
async function crashAndRestart(target: Motcua): Promise<{ killedAt: number; readyAt: number }> {
  const killedAt = Date.now();
  await target.process.kill9();
  await target.process.start();
  return { killedAt, readyAt: Date.now() };
}

/** a. `kill -9` of the API while citizens file: every 201 exists once, codes stay gap-free. */
export async function apiCrashDuringFilings(context: DrillContext): Promise<Verdict> {
  return verdictOf('api-crash-filings', async () => {
    const { cluster, size } = context;
    const api = await cluster.startMotcua('api-1', 'api');
    const uploads = await uploadRows(cluster.database, cluster.province.tenantId, size.filings);
    const tally = newTally();
    let crash: Promise<{ killedAt: number; readyAt: number }> | undefined;
    let restarted = false;
    let firstAfterRestart: number | undefined;
    const killAfter = Math.ceil(size.filings * 0.4);
    const filed = await fileDossiers({
      base: () => api.url,
      slug: cluster.province.slug,
      uploads,
      clients: size.clients,
      keyPrefix: `drill-a-${context.runId}`,
      tally,
      deadlineMs: size.requestDeadlineMs,
      onFiled: (_filed, count) => {
        if (count === killAfter) {
          crash = crashAndRestart(api).finally(() => {
            restarted = true;
          });
        } else if (restarted && firstAfterRestart === undefined) firstAfterRestart = Date.now();
      },
    });
    const times = await crash;
    const check = await checkFilings(cluster.database, cluster.province.tenantId, filed);
    const problems = [...check.problems, ...unexpectedAnswers(tally)];
    if (!times) problems.push('the API was not killed');
    if (tally.connectionErrors === 0) problems.push('the kill met no request in flight');
    if (check.missing + check.duplicates + check.gaps > 0 && check.problems.length === 0)
      problems.push('filings differ');
    return {
      figures: {
        acknowledged: check.acknowledged,
        found: check.found,
        missing: check.missing,
        duplicates: check.duplicates,
        gaps: check.gaps,
        connection_errors: tally.connectionErrors,
        restart_s: secondsBetween(times?.killedAt, times?.readyAt),
        recover_s: secondsBetween(times?.killedAt, firstAfterRestart),
      },
      problems,
    };
  });
}

/** Files `count` dossiers without a fault, for the drills that act on them. */
export async function fileQuietly(context: DrillContext, api: Motcua, count: number, prefix: string): Promise<Filed[]> {
  const { cluster, size } = context;
  const uploads = await uploadRows(cluster.database, cluster.province.tenantId, count);
  const tally = newTally();
  const filed = await fileDossiers({
    base: () => api.url,
    slug: cluster.province.slug,
    uploads,
    clients: size.clients,
    keyPrefix: `${prefix}-${context.runId}`,
    tally,
    deadlineMs: size.requestDeadlineMs,
  });
  return filed;
}

/** b. `kill -9` of the API while officers accept and start processing: nothing acknowledged is lost. */
export async function apiCrashDuringTransitions(context: DrillContext): Promise<Verdict> {
  return verdictOf('api-crash-transitions', async () => {
    const { cluster, size } = context;
    const api = await cluster.startMotcua('api-1', 'api');
    const dossiers = await fileQuietly(context, api, size.dossiers, 'drill-b-file');
    const slug = cluster.province.slug;
    const session = await signIn(api.url, slug, cluster.province.officers[0] ?? '', DRILL_PASSWORD);
    const tally = newTally();
    const done: Transition[] = [];
    let crash: Promise<{ killedAt: number; readyAt: number }> | undefined;
    const killAfter = Math.ceil(size.dossiers * 2 * 0.4);
    let next = 0;
    const officer = async (): Promise<void> => {
      for (let n = next++; n < dossiers.length; n = next++) {
        const code = dossiers[n]?.code ?? '';
        for (const action of ['accept', 'start_processing']) {
          const key = `drill-b-${context.runId}-${code}-${action}`;
          done.push(
            await act(() => api.url, session, { slug, code, action, key, tally, deadlineMs: size.requestDeadlineMs }),
          );
          if (done.length === killAfter) crash = crashAndRestart(api);
        }
      }
    };
    await Promise.all(Array.from({ length: size.clients }, officer));
    const times = await crash;
    const check = await checkTransitions(cluster.database, cluster.province.tenantId, done);
    const notProcessing = await cluster.database.pool.query<{ n: number }>(
      `select count(*)::int as n from applications where tenant_id = $1 and code = any($2::text[]) and status <> 'processing'`,
      [cluster.province.tenantId, dossiers.map((d) => d.code)],
    );
    const lost = notProcessing.rows[0]?.n ?? -1;
    const problems = [...check.problems, ...unexpectedAnswers(tally)];
    if (!times) problems.push('the API was not killed');
    if (lost !== 0) problems.push(`${lost} dossiers are not in processing after both acknowledged actions`);
    if (check.missing + check.duplicates + check.inconsistent > 0 && check.problems.length === 0) {
      problems.push('transitions differ');
    }
    return {
      figures: {
        acknowledged: check.acknowledged,
        found: check.found,
        missing: check.missing,
        duplicates: check.duplicates,
        inconsistent: check.inconsistent,
        lost_updates: lost,
        connection_errors: tally.connectionErrors,
        restart_s: secondsBetween(times?.killedAt, times?.readyAt),
      },
      problems,
    };
  });
}

async function delivered(context: DrillContext): Promise<number> {
  const result = await context.cluster.database.pool.query<{ n: number }>(
    `select count(*)::int as n from notification_intents where tenant_id = $1 and status = 'delivered'`,
    [context.cluster.province.tenantId],
  );
  return result.rows[0]?.n ?? 0;
}

/** The runner (pool id) of a worker process, and the jobs it holds now. */
async function lockedBy(context: DrillContext, pid: number | undefined): Promise<{ pools: string[]; jobs: number }> {
  const pools = await context.cluster.database.pool.query<{ pool_id: string }>(
    'select pool_id from job_runners where pid = $1',
    [pid ?? -1],
  );
  const ids = pools.rows.map((r) => r.pool_id);
  const jobs = await context.cluster.database.pool.query<{ n: number }>(
    'select count(*)::int as n from graphile_worker.jobs where locked_by = any($1::text[])',
    [ids],
  );
  return { pools: ids, jobs: jobs.rows[0]?.n ?? 0 };
}

/**
 * c. `kill -9` of the worker while it delivers notices to the simulator (each template send slowed
 * to 400 ms, so sends are in flight): every notice is delivered exactly once after the restart,
 * and the dead runner's jobs are taken over long before graphile-worker's 4 hours.
 */
export async function workerCrashDuringDelivery(context: DrillContext): Promise<Verdict> {
  return verdictOf('worker-crash-notices', async () => {
    const { cluster, size } = context;
    const api = await cluster.startMotcua('api-1', 'api');
    const worker = await cluster.startMotcua('worker-1', 'worker');
    await noticesSettled(cluster.database, cluster.province.tenantId, size.settleTimeoutMs);
    const before = await delivered(context);
    await cluster.simCall('POST', '/faults', [
      { endpoint: '/business/message/template', kind: 'slow', delayMs: 400, forMs: size.settleTimeoutMs },
    ]);
    try {
      const filing = fileQuietly(context, api, size.notices, 'drill-c-file');
      const killAt = before + Math.ceil(size.notices * 0.3);
      while ((await delivered(context)) < killAt) await sleep(100);
      const held = await lockedBy(context, worker.process.pid);
      const times = await crashAndRestart(worker);
      await filing;
      let takenOverAt: number | undefined;
      const settled = noticesSettled(cluster.database, cluster.province.tenantId, size.settleTimeoutMs);
      while (takenOverAt === undefined && Date.now() - times.killedAt < size.settleTimeoutMs) {
        const left = await cluster.database.pool.query<{ n: number }>(
          'select count(*)::int as n from graphile_worker.jobs where locked_by = any($1::text[])',
          [held.pools],
        );
        if ((left.rows[0]?.n ?? 0) === 0) takenOverAt = Date.now();
        else await sleep(250);
      }
      const allSettled = await settled;
      const settledAt = Date.now();
      await cluster.simCall('DELETE', '/faults');
      const zns = await cluster.simCall<{ trackingId?: string }[]>('GET', '/zns');
      const check = await checkNotices(cluster.database, cluster.province.tenantId, zns);
      const jobs = await jobsLeft(cluster.database);
      const problems = [...check.problems];
      if (!allSettled) problems.push(`${check.pending} notices still pending after ${size.settleTimeoutMs / 1000} s`);
      if (held.jobs === 0) problems.push('the kill met no job in flight');
      if (check.dead > 0) problems.push(`${check.dead} dead letters`);
      if (jobs.failed > 0) problems.push(`${jobs.failed} jobs out of attempts`);
      return {
        figures: {
          notices: check.notices,
          delivered: check.delivered,
          pending: check.pending,
          dead: check.dead,
          missing: check.missing,
          doubled: check.doubled,
          resent_after_crash: check.resent,
          in_doubt: check.inDoubt,
          jobs_held_by_dead_worker: held.jobs,
          takeover_s: secondsBetween(times.killedAt, takenOverAt),
          recover_s: secondsBetween(times.killedAt, settledAt),
        },
        problems,
      };
    } finally {
      await cluster.simCall('DELETE', '/faults').catch(() => undefined);
    }
  });
}
