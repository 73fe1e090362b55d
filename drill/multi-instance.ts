/**
 * Two API processes and two job runners on one PostgreSQL (`api-1` with `--role api`, `worker-1`
 * with `--role worker`, `all-1` with `--role all`): citizens' clients spread over both APIs, two
 * officers racing for the same dossiers through different APIs, notices delivered by both runners.
 */
import { act, fileDossiers, newTally, signIn, type Transition } from './clients.ts';
import { DRILL_PASSWORD, uploadRows } from './province.ts';
import { checkFilings, checkNotices, checkTransitions, jobsLeft, noticesSettled } from './reconcile.ts';
import { unexpectedAnswers, verdictOf, type DrillContext, type Verdict } from './verdict.ts';

/** Notices whose template route was tried more than once, or that took another route than once. */
async function deliveredTwice(context: DrillContext, since: Date): Promise<number> {
  const result = await context.cluster.database.pool.query<{ n: number }>(
    `select count(*)::int as n from (
       select a.delivery_id from notification_attempts a
         join notification_intents i on i.tenant_id = a.tenant_id and i.delivery_id = a.delivery_id
        where a.tenant_id = $1 and i.created_at >= $2 and a.route = 'zalo_template'
        group by a.delivery_id having count(*) > 1) d`,
    [context.cluster.province.tenantId, since],
  );
  return result.rows[0]?.n ?? -1;
}

export async function multiInstance(context: DrillContext): Promise<Verdict> {
  return verdictOf('multi-instance', async () => {
    const { cluster, size } = context;
    const since = new Date();
    const apis = [await cluster.startMotcua('api-1', 'api'), await cluster.startMotcua('all-1', 'all')];
    await cluster.startMotcua('worker-1', 'worker');
    const urls = apis.map((a) => a.url);
    const slug = cluster.province.slug;
    const uploads = await uploadRows(cluster.database, cluster.province.tenantId, size.filings);
    const tally = newTally();
    const filed = await fileDossiers({
      base: (n) => urls[n % urls.length] ?? '',
      slug,
      uploads,
      clients: size.clients,
      keyPrefix: `drill-f-${context.runId}`,
      tally,
      deadlineMs: size.requestDeadlineMs,
    });
    const sessions = await Promise.all(
      cluster.province.officers.map((username, i) =>
        signIn(urls[i % urls.length] ?? '', slug, username, DRILL_PASSWORD),
      ),
    );
    const contested = filed.slice(0, size.dossiers);
    const races: Transition[][] = [];
    let next = 0;
    const racer = async (): Promise<void> => {
      for (let n = next++; n < contested.length; n = next++) {
        const code = contested[n]?.code ?? '';
        races.push(
          await Promise.all(
            sessions.map((session, i) =>
              act(() => urls[i % urls.length] ?? '', session, {
                slug,
                code,
                action: 'accept',
                key: `drill-f-${context.runId}-${code}-accept-${String(i)}`,
                tally,
                deadlineMs: size.requestDeadlineMs,
              }),
            ),
          ),
        );
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.floor(size.clients / 2)) }, racer));
    const won = races.filter((race) => race.filter((t) => t.status === 200).length === 1).length;
    const lostWith409 = races.flat().filter((t) => t.status === 409).length;
    const settled = await noticesSettled(cluster.database, cluster.province.tenantId, size.settleTimeoutMs);
    const filings = await checkFilings(cluster.database, cluster.province.tenantId, filed);
    const transitions = await checkTransitions(cluster.database, cluster.province.tenantId, races.flat());
    const zns = await cluster.simCall<{ trackingId?: string }[]>('GET', '/zns');
    const notices = await checkNotices(cluster.database, cluster.province.tenantId, zns);
    const twice = await deliveredTwice(context, since);
    const runners = await cluster.database.pool.query<{ n: number }>('select count(*)::int as n from job_runners');
    const jobs = await jobsLeft(cluster.database);
    const problems = [...filings.problems, ...transitions.problems, ...notices.problems, ...unexpectedAnswers(tally)];
    if (won !== contested.length)
      problems.push(`${contested.length - won} contested dossiers without exactly one winner`);
    if (lostWith409 !== contested.length * (sessions.length - 1)) problems.push(`${lostWith409} races lost with 409`);
    if (!settled || notices.dead > 0) problems.push(`${notices.pending} pending and ${notices.dead} dead notices`);
    if (twice !== 0) problems.push(`${twice} notices sent more than once`);
    if ((runners.rows[0]?.n ?? 0) < 2) problems.push('fewer than two job runners alive');
    if (jobs.queued + jobs.failed > 0)
      problems.push(`${jobs.queued} delivery jobs left, ${jobs.failed} out of attempts`);
    return {
      figures: {
        apis: urls.length,
        job_runners: runners.rows[0]?.n ?? 0,
        filings: filings.acknowledged,
        found: filings.found,
        duplicates: filings.duplicates,
        gaps: filings.gaps,
        contested: contested.length,
        won_once: won,
        lost_409: lostWith409,
        transitions_in_log: transitions.found,
        notices: notices.notices,
        delivered: notices.delivered,
        doubled: notices.doubled + twice,
        delivery_jobs_left: jobs.queued,
      },
      problems,
    };
  });
}
