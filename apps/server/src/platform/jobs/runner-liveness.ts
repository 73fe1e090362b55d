import { hostname } from 'node:os';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import type { Logger } from '../logger.ts';

export interface LivenessOptions {
  pool: pg.Pool;
  /**
   * A job runner that has not stamped its row for this long is taken for dead (a crashed or killed
   * process) and its jobs are unlocked. Keep it well above any pause of a live process (a long GC,
   * a stalled virtual machine): a live runner taken for dead has its running jobs started again
   * elsewhere, which only idempotent handlers survive.
   */
  staleAfterMs: number;
  /** How often the rows are stamped and dead runners looked for (default: a sixth of `staleAfterMs`). */
  intervalMs?: number;
  logger: Logger;
}

/**
 * The liveness of this process's job runners, kept in `job_runners`. graphile-worker 0.17 leaves
 * the jobs of a crashed runner locked for 4 hours; with this, a live runner unlocks them once the
 * crashed runner's stamp is `staleAfterMs` old.
 */
export interface RunnerLiveness {
  /** Starts stamping a runner (a graphile-worker pool id, as written into `locked_by`). */
  track(poolId: string): void;
  /**
   * Stops stamping a runner. `clean`: it stopped with no job in hand, so its row goes at once;
   * otherwise the row is left to go stale, and its jobs are unlocked like a crashed runner's.
   */
  untrack(poolId: string, how: { clean: boolean }): Promise<void>;
  /** One round: stamp, then unlock the jobs of dead runners. Returns the runners found dead. */
  beat(): Promise<string[]>;
  stop(): Promise<void>;
}

/** A sixth of the staleness: a live runner stamps five or six times before it could be taken for dead. */
function defaultInterval(staleAfterMs: number): number {
  return Math.max(200, Math.min(10_000, Math.floor(staleAfterMs / 6)));
}

/**
 * Unlocks the jobs of runners not seen for `$1` ms, and of lockers never seen at all (a process
 * killed before its first stamp) whose lock is as old; removes the dead runners' rows. One
 * transaction, so concurrent live runners never disagree (a row is deleted once).
 */
const REAP_SQL = `
  with dead as (
    delete from job_runners
     where seen_at < now() - $1::int * interval '1 millisecond'
       and not (pool_id = any($2::text[]))
    returning pool_id
  ), unknown as (
    select distinct j.locked_by as pool_id
      from graphile_worker.jobs j
     where j.locked_by is not null
       and j.locked_at < now() - $1::int * interval '1 millisecond'
       and not (j.locked_by = any($2::text[]))
       and not exists (select from job_runners r where r.pool_id = j.locked_by)
  )
  select array(select pool_id from dead union select pool_id from unknown) as ids`;

export function watchRunnerLiveness(options: LivenessOptions): RunnerLiveness {
  const intervalMs = options.intervalMs ?? defaultInterval(options.staleAfterMs);
  const tracked = new Set<string>();
  const host = hostname().slice(0, 200);
  /** Since when this process has stamped without a gap: only then may it judge others. */
  let streakSince: number | undefined;
  let lastStamp = 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<string[]> | undefined;
  let stopped = false;

  async function stamp(ids: readonly string[]): Promise<boolean> {
    try {
      await options.pool.query(
        `insert into job_runners (pool_id, host, pid, started_at, seen_at)
         select id, $2, $3, now(), now() from unnest($1::text[]) as id
         on conflict (pool_id) do update set seen_at = now()`,
        [ids, host, process.pid],
      );
      return true;
    } catch (error) {
      options.logger.debug({ err: error }, 'job runner liveness: stamp failed');
      return false;
    }
  }

  async function reap(): Promise<string[]> {
    const client = await options.pool.connect();
    let broken = false;
    try {
      await client.query('begin');
      const found = await client.query<{ ids: string[] }>(REAP_SQL, [options.staleAfterMs, [...tracked]]);
      const ids = found.rows[0]?.ids ?? [];
      if (ids.length > 0) await client.query('select graphile_worker.force_unlock_workers($1::text[])', [ids]);
      await client.query('commit');
      if (ids.length > 0) {
        options.logger.warn(
          { runners: ids, staleAfterMs: options.staleAfterMs },
          'job runners stopped answering; their jobs are unlocked for the live runners',
        );
      }
      return ids;
    } catch (error) {
      await client.query('rollback').catch(() => {
        broken = true;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async function round(): Promise<string[]> {
    if (tracked.size === 0) {
      streakSince = undefined;
      return [];
    }
    const at = performance.now();
    if (!(await stamp([...tracked]))) {
      streakSince = undefined;
      return [];
    }
    if (streakSince === undefined || at - lastStamp > 2 * intervalMs) streakSince = at;
    lastStamp = at;
    if (at - streakSince < options.staleAfterMs) return [];
    try {
      return await reap();
    } catch (error) {
      options.logger.debug({ err: error }, 'job runner liveness: looking for dead runners failed');
      return [];
    }
  }

  function beat(): Promise<string[]> {
    running ??= round().finally(() => {
      running = undefined;
    });
    return running;
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      void beat().finally(schedule);
    }, intervalMs);
  }
  schedule();

  return {
    track(poolId) {
      tracked.add(poolId);
      // Stamped at once: the sooner the row exists, the shorter a crash goes unexplained.
      void stamp([poolId]);
    },
    async untrack(poolId, how) {
      tracked.delete(poolId);
      if (!how.clean) return;
      await options.pool.query('delete from job_runners where pool_id = $1', [poolId]).catch(() => undefined);
    },
    beat,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
