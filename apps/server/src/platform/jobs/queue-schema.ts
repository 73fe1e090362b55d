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
  await pool.query(`
    CREATE OR REPLACE FUNCTION public.motcua_enqueue(
      identifier text, payload json, run_at timestamptz, max_attempts int, job_key text
    ) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $fn$
      SELECT graphile_worker.add_job(identifier, payload, run_at := run_at, max_attempts := max_attempts, job_key := job_key);
    $fn$;
    REVOKE ALL ON FUNCTION public.motcua_enqueue(text, json, timestamptz, int, text) FROM PUBLIC;
    CREATE OR REPLACE FUNCTION public.motcua_enqueue(
      identifier text, payload json, run_at timestamptz, max_attempts int, job_key text, queue_name text
    ) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $fn$
      SELECT graphile_worker.add_job(identifier, payload, queue_name := queue_name, run_at := run_at,
        max_attempts := max_attempts, job_key := job_key);
    $fn$;
    REVOKE ALL ON FUNCTION public.motcua_enqueue(text, json, timestamptz, int, text, text) FROM PUBLIC;
    DO $$
    BEGIN
      IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'motcua_app') THEN
        GRANT EXECUTE ON FUNCTION public.motcua_enqueue(text, json, timestamptz, int, text) TO motcua_app;
        GRANT EXECUTE ON FUNCTION public.motcua_enqueue(text, json, timestamptz, int, text, text) TO motcua_app;
      END IF;
    END
    $$;`);
}
