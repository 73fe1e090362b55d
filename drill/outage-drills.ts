/**
 * Outages the processes must ride out without a restart: PostgreSQL stopped and started under load,
 * and the Zalo simulator not answering for a while.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { fileDossiers, newTally } from './clients.ts';
import { fileQuietly } from './crash-drills.ts';
import { uploadRows } from './province.ts';
import { checkFilings, checkNotices, jobsLeft, noticesSettled } from './reconcile.ts';
import {
  secondsBetween,
  unexpectedAnswers,
  verdictOf,
  type DrillContext,
  type Figures,
  type Verdict,
} from './verdict.ts';

async function readiness(url: string): Promise<number> {
  return fetch(`${url}/readyz`, { signal: AbortSignal.timeout(5_000) }).then(
    (r) => r.status,
    () => 0,
  );
}

/**
 * d. PostgreSQL stopped, then started again, while citizens file: meanwhile the API answers 503
 * (problem+json, `Retry-After`), and afterwards the API and the job runner carry on by themselves
 * — the same processes, no restart — with every filing stored once and every notice delivered.
 */
export async function databaseRestart(context: DrillContext): Promise<Verdict> {
  return verdictOf('database-restart', async (): Promise<{ figures: Figures; problems: string[] }> => {
    const { cluster, size } = context;
    if (!cluster.canRestartDatabase) {
      return { figures: { skipped: 'an external PostgreSQL is not restarted by the drill' }, problems: [] };
    }
    const api = await cluster.startMotcua('api-1', 'api');
    const worker = await cluster.startMotcua('worker-1', 'worker');
    const pids = [api.process.pid, worker.process.pid];
    const uploads = await uploadRows(cluster.database, cluster.province.tenantId, size.filings);
    const tally = newTally();
    let stoppedAt: number | undefined;
    let startedAt: number | undefined;
    let firstAfter: number | undefined;
    let readyWhileDown = -1;
    let outage: Promise<void> | undefined;
    const stopAfter = Math.ceil(size.filings * 0.3);
    const filing = fileDossiers({
      base: () => api.url,
      slug: cluster.province.slug,
      uploads,
      clients: size.clients,
      keyPrefix: `drill-d-${context.runId}`,
      tally,
      deadlineMs: size.requestDeadlineMs,
      onFiled: (_filed, count) => {
        if (count === stopAfter) {
          outage = (async () => {
            stoppedAt = Date.now();
            await cluster.stopDatabase();
            await sleep(Math.max(0, size.databaseDownMs - 1_000));
            readyWhileDown = await readiness(api.url);
            await sleep(1_000);
            await cluster.startDatabase();
            startedAt = Date.now();
          })();
        } else if (startedAt !== undefined && firstAfter === undefined) firstAfter = Date.now();
      },
    });
    const filed = await filing;
    await outage;
    const settled = await noticesSettled(cluster.database, cluster.province.tenantId, size.settleTimeoutMs);
    const check = await checkFilings(cluster.database, cluster.province.tenantId, filed);
    const zns = await cluster.simCall<{ trackingId?: string }[]>('GET', '/zns');
    const notices = await checkNotices(cluster.database, cluster.province.tenantId, zns);
    const jobs = await jobsLeft(cluster.database);
    const samePids =
      api.process.pid === pids[0] && worker.process.pid === pids[1] && api.process.running && worker.process.running;
    const problems = [...check.problems, ...notices.problems, ...unexpectedAnswers(tally)];
    if (!outage) problems.push('PostgreSQL was not stopped');
    if (tally.unavailable === 0) problems.push('no request met the outage (no 503)');
    if (tally.unavailableWellFormed !== tally.unavailable) {
      problems.push(
        `${tally.unavailable - tally.unavailableWellFormed} 503 answers without problem+json and Retry-After`,
      );
    }
    if (readyWhileDown !== 503) problems.push(`/readyz answered ${readyWhileDown} while PostgreSQL was down`);
    if (!samePids) problems.push('a process was restarted or died');
    if (!settled || notices.dead > 0)
      problems.push(`${notices.pending} pending and ${notices.dead} dead notices after the outage`);
    if (jobs.failed > 0) problems.push(`${jobs.failed} jobs out of attempts`);
    return {
      figures: {
        acknowledged: check.acknowledged,
        found: check.found,
        missing: check.missing,
        duplicates: check.duplicates,
        gaps: check.gaps,
        answered_503: tally.unavailable,
        connection_errors: tally.connectionErrors,
        down_s: secondsBetween(stoppedAt, startedAt),
        recover_s: secondsBetween(startedAt, firstAfter),
        notices_delivered: notices.delivered,
        notices_doubled: notices.doubled,
        processes_restarted: samePids ? 0 : 1,
      },
      problems,
    };
  });
}

/**
 * e. The Zalo simulator stops answering (its process frozen with SIGSTOP: connections hang, as
 * when Zalo is unreachable) while dossiers keep coming: the notices queue up, and once it answers
 * again the backlog drains, nothing lost, nothing doubled.
 */
export async function simulatorOutage(context: DrillContext): Promise<Verdict> {
  return verdictOf('simulator-outage', async () => {
    const { cluster, size } = context;
    const api = await cluster.startMotcua('api-1', 'api');
    await cluster.startMotcua('worker-1', 'worker');
    await noticesSettled(cluster.database, cluster.province.tenantId, size.settleTimeoutMs);
    const frozenAt = Date.now();
    cluster.simulator.freeze();
    let thawedAt: number;
    let queued = 0;
    try {
      await fileQuietly(context, api, size.notices, 'drill-e-file');
      await sleep(Math.max(0, frozenAt + size.outageMs - Date.now()));
      const pending = await cluster.database.pool.query<{ n: number }>(
        `select count(*)::int as n from notification_intents where tenant_id = $1 and status = 'pending'`,
        [cluster.province.tenantId],
      );
      queued = pending.rows[0]?.n ?? 0;
    } finally {
      cluster.simulator.thaw();
      thawedAt = Date.now();
    }
    const settled = await noticesSettled(cluster.database, cluster.province.tenantId, size.settleTimeoutMs);
    const drainedAt = Date.now();
    const zns = await cluster.simCall<{ trackingId?: string }[]>('GET', '/zns');
    const check = await checkNotices(cluster.database, cluster.province.tenantId, zns);
    const jobs = await jobsLeft(cluster.database);
    const problems = [...check.problems];
    if (queued === 0) problems.push('no notice waited for the simulator');
    if (!settled)
      problems.push(`${check.pending} notices still pending ${size.settleTimeoutMs / 1000} s after the outage`);
    if (check.dead > 0) problems.push(`${check.dead} dead letters`);
    if (jobs.failed > 0) problems.push(`${jobs.failed} jobs out of attempts`);
    return {
      figures: {
        outage_s: secondsBetween(frozenAt, thawedAt),
        queued,
        notices: check.notices,
        delivered: check.delivered,
        dead: check.dead,
        missing: check.missing,
        doubled: check.doubled,
        resent: check.resent,
        drain_s: secondsBetween(thawedAt, drainedAt),
      },
      problems,
    };
  });
}
