import { runMigrations as runQueueMigrations } from 'graphile-worker';
import type pg from 'pg';

/**
 * Creates (or upgrades) the job queue's schema and lets the application role enqueue from inside
 * its own transactions, so a state change and the jobs it causes commit or roll back together.
 */
export async function prepareJobQueue(pool: pg.Pool): Promise<void> {
  await runQueueMigrations({ pgPool: pool });
  // The queue's private tables are closed to other roles (row-level security), so the application
  // role enqueues through one definer function owned by the schema owner, and nothing else.
  //
  // The common case (the task and the named queue already known, the job key new or absent) is one
  // indexed INSERT of the row `add_job` would write, and the same wake-up notice: about a tenth of
  // `add_job`'s cost, which runs five statements and whose cached plan for clearing a running job's
  // key can stay a scan of the whole jobs table (docs/adr/0004-job-enqueue-fast-path.md). Every
  // other case (a task or queue seen for the first time, a key already pending or running) goes to
  // `add_job` itself, so its semantics (replace a pending job, start anew beside a running one) hold.
  await pool.query(`
    CREATE OR REPLACE FUNCTION public.motcua_enqueue(
      identifier text, payload json, run_at timestamptz, max_attempts int, job_key text, queue_name text
    ) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $fn$
    #variable_conflict use_variable
    DECLARE
      inserted bigint;
    BEGIN
      INSERT INTO graphile_worker._private_jobs AS jobs (job_queue_id, task_id, payload, run_at, max_attempts, key)
      SELECT queues.id, tasks.id, coalesce(payload, '{}'::json), coalesce(run_at, now()), coalesce(max_attempts, 25), job_key
      FROM graphile_worker._private_tasks AS tasks
      LEFT JOIN graphile_worker._private_job_queues AS queues ON queues.queue_name = queue_name
      WHERE tasks.identifier = identifier AND (queue_name IS NULL OR queues.id IS NOT NULL)
      ON CONFLICT (key) DO NOTHING
      RETURNING jobs.id INTO inserted;
      IF inserted IS NULL THEN
        PERFORM graphile_worker.add_job(identifier, payload, queue_name := queue_name, run_at := run_at,
          max_attempts := max_attempts, job_key := job_key);
      ELSE
        PERFORM pg_notify('jobs:insert', '{"r":' || random()::text || ',"count":1}');
      END IF;
    END
    $fn$;
    REVOKE ALL ON FUNCTION public.motcua_enqueue(text, json, timestamptz, int, text, text) FROM PUBLIC;
    CREATE OR REPLACE FUNCTION public.motcua_enqueue(
      identifier text, payload json, run_at timestamptz, max_attempts int, job_key text
    ) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $fn$
      SELECT public.motcua_enqueue(identifier, payload, run_at, max_attempts, job_key, NULL::text);
    $fn$;
    REVOKE ALL ON FUNCTION public.motcua_enqueue(text, json, timestamptz, int, text) FROM PUBLIC;
    DO $$
    BEGIN
      IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'motcua_app') THEN
        GRANT EXECUTE ON FUNCTION public.motcua_enqueue(text, json, timestamptz, int, text) TO motcua_app;
        GRANT EXECUTE ON FUNCTION public.motcua_enqueue(text, json, timestamptz, int, text, text) TO motcua_app;
      END IF;
    END
    $$;`);
}
