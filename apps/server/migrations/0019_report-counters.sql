CREATE TABLE "application_status_count_changes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "application_status_count_changes_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "application_status_counts" (
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "application_status_counts_pkey" PRIMARY KEY("tenant_id","unit_id","status")
);
--> statement-breakpoint
CREATE TABLE "report_backlog_days" (
	"tenant_id" uuid NOT NULL,
	"day" date NOT NULL,
	"unit_id" uuid NOT NULL,
	"in_progress" integer DEFAULT 0 NOT NULL,
	"overdue" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "report_backlog_days_pkey" PRIMARY KEY("tenant_id","day","unit_id")
);
--> statement-breakpoint
CREATE TABLE "report_backlog_months" (
	"tenant_id" uuid NOT NULL,
	"month" date NOT NULL,
	"unit_id" uuid NOT NULL,
	"in_progress" integer DEFAULT 0 NOT NULL,
	"overdue" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "report_backlog_months_pkey" PRIMARY KEY("tenant_id","month","unit_id")
);
--> statement-breakpoint
CREATE TABLE "report_changes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"day" date NOT NULL,
	"unit_id" uuid NOT NULL,
	"procedure_code" text NOT NULL,
	"channel" text NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"completed" integer DEFAULT 0 NOT NULL,
	"on_time" integer DEFAULT 0 NOT NULL,
	"promise_kept" integer DEFAULT 0 NOT NULL,
	"processing_seconds" double precision DEFAULT 0 NOT NULL,
	"very_satisfied" integer DEFAULT 0 NOT NULL,
	"satisfied" integer DEFAULT 0 NOT NULL,
	"unsatisfied" integer DEFAULT 0 NOT NULL,
	"in_progress" integer DEFAULT 0 NOT NULL,
	"overdue" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "report_changes_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "report_days" (
	"tenant_id" uuid NOT NULL,
	"day" date NOT NULL,
	"unit_id" uuid NOT NULL,
	"procedure_code" text NOT NULL,
	"channel" text NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"completed" integer DEFAULT 0 NOT NULL,
	"on_time" integer DEFAULT 0 NOT NULL,
	"promise_kept" integer DEFAULT 0 NOT NULL,
	"processing_seconds" double precision DEFAULT 0 NOT NULL,
	"very_satisfied" integer DEFAULT 0 NOT NULL,
	"satisfied" integer DEFAULT 0 NOT NULL,
	"unsatisfied" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "report_days_pkey" PRIMARY KEY("tenant_id","day","unit_id","procedure_code","channel")
);
--> statement-breakpoint
CREATE TABLE "report_months" (
	"tenant_id" uuid NOT NULL,
	"month" date NOT NULL,
	"unit_id" uuid NOT NULL,
	"procedure_code" text NOT NULL,
	"channel" text NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"completed" integer DEFAULT 0 NOT NULL,
	"on_time" integer DEFAULT 0 NOT NULL,
	"promise_kept" integer DEFAULT 0 NOT NULL,
	"processing_seconds" double precision DEFAULT 0 NOT NULL,
	"very_satisfied" integer DEFAULT 0 NOT NULL,
	"satisfied" integer DEFAULT 0 NOT NULL,
	"unsatisfied" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "report_months_pkey" PRIMARY KEY("tenant_id","month","unit_id","procedure_code","channel")
);
--> statement-breakpoint
ALTER TABLE "application_status_counts" ADD CONSTRAINT "application_status_counts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_backlog_days" ADD CONSTRAINT "report_backlog_days_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_backlog_months" ADD CONSTRAINT "report_backlog_months_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_days" ADD CONSTRAINT "report_days_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_months" ADD CONSTRAINT "report_months_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
-- The counters are tenant data: row-level security like every tenant table.
SELECT "motcua_isolate_tenant"(t)
  FROM unnest(ARRAY['report_days', 'report_months', 'report_backlog_days', 'report_backlog_months', 'report_changes',
                    'application_status_counts', 'application_status_count_changes']::regclass[]) AS t;
--> statement-breakpoint
-- The Vietnam local day of an instant (UTC+7 all year, as the reports module counts days).
CREATE FUNCTION "motcua_vn_day"(instant timestamptz) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ((instant AT TIME ZONE 'UTC') + interval '7 hours')::date
$$;
--> statement-breakpoint
-- What one dossier adds to the dashboard's counters, times `s` (1 to add, -1 to take back): accepted
-- on the day of received_at; ended on the day of ended_at (on time per QĐ 766 2.1: by due_at with
-- at most one supplement request; promise kept: by the date last promised; seconds taken); in the
-- backlog from the day it was accepted until the day it ended; overdue from the later of the days it
-- was accepted and promised until the earlier of the days it ended or was paused for a supplement.
-- A backlog at the end of day D is then the sum of the changes of the days up to D.
CREATE FUNCTION "motcua_report_contributions"(s integer, received timestamptz, ended timestamptz, due timestamptz,
    rescheduled timestamptz, paused timestamptz, supplements integer)
RETURNS TABLE (day date, received_n integer, completed_n integer, on_time_n integer, promise_kept_n integer,
               seconds double precision, in_progress_n integer, overdue_n integer)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT v.day, v.r, v.c, v.o, v.k, v.sec, v.ip, v.od
    FROM (SELECT "motcua_vn_day"(received) AS rd, "motcua_vn_day"(ended) AS ed,
                 "motcua_vn_day"(coalesce(rescheduled, due)) AS pd,
                 least("motcua_vn_day"(ended), "motcua_vn_day"(paused)) AS bd) AS x
   CROSS JOIN LATERAL (VALUES
     (1, x.rd, s, 0, 0, 0, 0::double precision, s, 0),
     (2, x.ed, 0, s, CASE WHEN ended <= due AND supplements <= 1 THEN s ELSE 0 END,
        CASE WHEN ended <= coalesce(rescheduled, due) THEN s ELSE 0 END,
        s * extract(epoch FROM ended - received)::double precision, -s, 0),
     (3, greatest(x.rd, x.pd), 0, 0, 0, 0, 0::double precision, 0, s),
     (4, x.bd, 0, 0, 0, 0, 0::double precision, 0, -s)
   ) AS v(arm, day, r, c, o, k, sec, ip, od)
   WHERE received IS NOT NULL AND v.day IS NOT NULL
     AND (v.arm < 3 OR (x.pd IS NOT NULL AND (x.bd IS NULL OR greatest(x.rd, x.pd) < x.bd)))
$$;
--> statement-breakpoint
-- Appends what a dossier's change does to the dashboard's counters (the new row's contributions
-- minus the old row's; nothing when they cancel out).
CREATE FUNCTION "motcua_applications_report_changes"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "report_changes" ("tenant_id", "day", "unit_id", "procedure_code", "channel", "received", "completed",
                                "on_time", "promise_kept", "processing_seconds", "in_progress", "overdue")
  SELECT x.tenant_id, x.day, x.unit_id, x.procedure_code, x.channel, sum(x.received_n), sum(x.completed_n),
         sum(x.on_time_n), sum(x.promise_kept_n), sum(x.seconds), sum(x.in_progress_n), sum(x.overdue_n)
    FROM (SELECT NEW.tenant_id, NEW.unit_id, NEW.procedure_code, NEW.channel, c.*
            FROM "motcua_report_contributions"(1, NEW.received_at, NEW.ended_at, NEW.due_at, NEW.rescheduled_due_at,
                                               NEW.paused_at, NEW.supplement_count) AS c
          UNION ALL
          SELECT OLD.tenant_id, OLD.unit_id, OLD.procedure_code, OLD.channel, c.*
            FROM "motcua_report_contributions"(-1, OLD.received_at, OLD.ended_at, OLD.due_at, OLD.rescheduled_due_at,
                                               OLD.paused_at, OLD.supplement_count) AS c
           WHERE TG_OP = 'UPDATE') AS x(tenant_id, unit_id, procedure_code, channel, day, received_n, completed_n,
                                        on_time_n, promise_kept_n, seconds, in_progress_n, overdue_n)
   GROUP BY x.tenant_id, x.day, x.unit_id, x.procedure_code, x.channel
  HAVING sum(x.received_n) <> 0 OR sum(x.completed_n) <> 0 OR sum(x.on_time_n) <> 0 OR sum(x.promise_kept_n) <> 0
      OR sum(x.seconds) <> 0 OR sum(x.in_progress_n) <> 0 OR sum(x.overdue_n) <> 0;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "applications_report_changes_insert"
  AFTER INSERT ON "applications"
  FOR EACH ROW WHEN (NEW.received_at IS NOT NULL)
  EXECUTE FUNCTION "motcua_applications_report_changes"();
--> statement-breakpoint
CREATE TRIGGER "applications_report_changes_update"
  AFTER UPDATE OF "received_at", "ended_at", "due_at", "rescheduled_due_at", "paused_at", "supplement_count", "unit_id",
                  "procedure_code", "channel" ON "applications"
  FOR EACH ROW WHEN ((OLD.received_at, OLD.ended_at, OLD.due_at, OLD.rescheduled_due_at, OLD.paused_at,
                      OLD.supplement_count, OLD.unit_id, OLD.procedure_code, OLD.channel)
                     IS DISTINCT FROM (NEW.received_at, NEW.ended_at, NEW.due_at, NEW.rescheduled_due_at, NEW.paused_at,
                      NEW.supplement_count, NEW.unit_id, NEW.procedure_code, NEW.channel))
  EXECUTE FUNCTION "motcua_applications_report_changes"();
--> statement-breakpoint
-- A rating counts on the day it was given, for the dossier's receiving unit, procedure and channel.
CREATE FUNCTION "motcua_feedback_report_changes"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "report_changes" ("tenant_id", "day", "unit_id", "procedure_code", "channel", "very_satisfied",
                                "satisfied", "unsatisfied")
  SELECT a.tenant_id, "motcua_vn_day"(f.created_at), a.unit_id, a.procedure_code, a.channel,
         sum(CASE WHEN f.rating = 'very_satisfied' THEN f.s ELSE 0 END),
         sum(CASE WHEN f.rating = 'satisfied' THEN f.s ELSE 0 END),
         sum(CASE WHEN f.rating = 'unsatisfied' THEN f.s ELSE 0 END)
    FROM (SELECT NEW.tenant_id, NEW.application_id, NEW.rating, NEW.created_at, 1
          UNION ALL
          SELECT OLD.tenant_id, OLD.application_id, OLD.rating, OLD.created_at, -1 WHERE TG_OP = 'UPDATE')
         AS f(tenant_id, application_id, rating, created_at, s)
    JOIN "applications" a ON a.tenant_id = f.tenant_id AND a.id = f.application_id
   GROUP BY 1, 2, 3, 4, 5
  HAVING sum(CASE WHEN f.rating = 'very_satisfied' THEN f.s ELSE 0 END) <> 0
      OR sum(CASE WHEN f.rating = 'satisfied' THEN f.s ELSE 0 END) <> 0
      OR sum(CASE WHEN f.rating = 'unsatisfied' THEN f.s ELSE 0 END) <> 0;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "feedback_report_changes"
  AFTER INSERT OR UPDATE OF "rating", "created_at", "application_id" ON "feedback"
  FOR EACH ROW EXECUTE FUNCTION "motcua_feedback_report_changes"();
--> statement-breakpoint
-- The inbox's tabs: one dossier more or less per unit holding it and status.
CREATE FUNCTION "motcua_applications_status_count_changes"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    INSERT INTO "application_status_count_changes" ("tenant_id", "unit_id", "status", "n")
    VALUES (OLD.tenant_id, OLD.current_unit_id, OLD.status, -1), (NEW.tenant_id, NEW.current_unit_id, NEW.status, 1);
  ELSE
    INSERT INTO "application_status_count_changes" ("tenant_id", "unit_id", "status", "n")
    VALUES (NEW.tenant_id, NEW.current_unit_id, NEW.status, 1);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "applications_status_count_changes_insert"
  AFTER INSERT ON "applications"
  FOR EACH ROW EXECUTE FUNCTION "motcua_applications_status_count_changes"();
--> statement-breakpoint
CREATE TRIGGER "applications_status_count_changes_update"
  AFTER UPDATE OF "status", "current_unit_id" ON "applications"
  FOR EACH ROW WHEN ((OLD.status, OLD.current_unit_id) IS DISTINCT FROM (NEW.status, NEW.current_unit_id))
  EXECUTE FUNCTION "motcua_applications_status_count_changes"();
--> statement-breakpoint
-- Folds a province's dashboard changes into the day, month and backlog counters (the job
-- reports:fold-counters runs it every minute). One folder at a time per province.
CREATE FUNCTION "motcua_fold_report_changes"(p_tenant uuid) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  folded integer;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('motcua_fold_report_changes'), hashtext(p_tenant::text));
  WITH gone AS (
    DELETE FROM "report_changes" WHERE tenant_id = p_tenant RETURNING *
  ), flows AS (
    SELECT day, unit_id, procedure_code, '' AS channel, sum(received)::int AS received, sum(completed)::int AS completed,
           sum(on_time)::int AS on_time, sum(promise_kept)::int AS promise_kept, sum(processing_seconds) AS seconds,
           sum(very_satisfied)::int AS very_satisfied, sum(satisfied)::int AS satisfied,
           sum(unsatisfied)::int AS unsatisfied
      FROM gone GROUP BY day, unit_id, procedure_code
    HAVING sum(received) <> 0 OR sum(completed) <> 0 OR sum(on_time) <> 0 OR sum(promise_kept) <> 0
        OR sum(processing_seconds) <> 0 OR sum(very_satisfied) <> 0 OR sum(satisfied) <> 0 OR sum(unsatisfied) <> 0
    UNION ALL
    SELECT day, unit_id, '', channel, sum(received)::int, 0, 0, 0, 0, 0, 0, 0
      FROM gone GROUP BY day, unit_id, channel HAVING sum(received) <> 0
  ), days AS (
    INSERT INTO "report_days" AS r ("tenant_id", "day", "unit_id", "procedure_code", "channel", "received", "completed",
                                    "on_time", "promise_kept", "processing_seconds", "very_satisfied", "satisfied",
                                    "unsatisfied")
    SELECT p_tenant, day, unit_id, procedure_code, channel, received, completed, on_time, promise_kept, seconds,
           very_satisfied, satisfied, unsatisfied FROM flows
    ON CONFLICT ("tenant_id", "day", "unit_id", "procedure_code", "channel") DO UPDATE SET
      received = r.received + excluded.received, completed = r.completed + excluded.completed,
      on_time = r.on_time + excluded.on_time, promise_kept = r.promise_kept + excluded.promise_kept,
      processing_seconds = r.processing_seconds + excluded.processing_seconds,
      very_satisfied = r.very_satisfied + excluded.very_satisfied, satisfied = r.satisfied + excluded.satisfied,
      unsatisfied = r.unsatisfied + excluded.unsatisfied
  ), months AS (
    INSERT INTO "report_months" AS r ("tenant_id", "month", "unit_id", "procedure_code", "channel", "received",
                                      "completed", "on_time", "promise_kept", "processing_seconds", "very_satisfied",
                                      "satisfied", "unsatisfied")
    SELECT p_tenant, date_trunc('month', day)::date, unit_id, procedure_code, channel, sum(received), sum(completed),
           sum(on_time), sum(promise_kept), sum(seconds), sum(very_satisfied), sum(satisfied), sum(unsatisfied)
      FROM flows GROUP BY 2, 3, 4, 5
    ON CONFLICT ("tenant_id", "month", "unit_id", "procedure_code", "channel") DO UPDATE SET
      received = r.received + excluded.received, completed = r.completed + excluded.completed,
      on_time = r.on_time + excluded.on_time, promise_kept = r.promise_kept + excluded.promise_kept,
      processing_seconds = r.processing_seconds + excluded.processing_seconds,
      very_satisfied = r.very_satisfied + excluded.very_satisfied, satisfied = r.satisfied + excluded.satisfied,
      unsatisfied = r.unsatisfied + excluded.unsatisfied
  ), backlog AS (
    SELECT day, unit_id, sum(in_progress)::int AS in_progress, sum(overdue)::int AS overdue
      FROM gone GROUP BY day, unit_id HAVING sum(in_progress) <> 0 OR sum(overdue) <> 0
  ), backlog_days AS (
    INSERT INTO "report_backlog_days" AS r ("tenant_id", "day", "unit_id", "in_progress", "overdue")
    SELECT p_tenant, day, unit_id, in_progress, overdue FROM backlog
    ON CONFLICT ("tenant_id", "day", "unit_id") DO UPDATE SET
      in_progress = r.in_progress + excluded.in_progress, overdue = r.overdue + excluded.overdue
  ), backlog_months AS (
    INSERT INTO "report_backlog_months" AS r ("tenant_id", "month", "unit_id", "in_progress", "overdue")
    SELECT p_tenant, date_trunc('month', day)::date, unit_id, sum(in_progress), sum(overdue) FROM backlog GROUP BY 2, 3
    ON CONFLICT ("tenant_id", "month", "unit_id") DO UPDATE SET
      in_progress = r.in_progress + excluded.in_progress, overdue = r.overdue + excluded.overdue
  )
  SELECT count(*) INTO folded FROM gone;
  RETURN folded;
END;
$$;
--> statement-breakpoint
-- Folds a province's status count changes into the counts (the job applications:fold-status-counts).
CREATE FUNCTION "motcua_fold_status_count_changes"(p_tenant uuid) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  folded integer;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('motcua_fold_status_count_changes'), hashtext(p_tenant::text));
  WITH gone AS (
    DELETE FROM "application_status_count_changes" WHERE tenant_id = p_tenant RETURNING *
  ), summed AS (
    INSERT INTO "application_status_counts" AS c ("tenant_id", "unit_id", "status", "n")
    SELECT p_tenant, unit_id, status, sum(n) FROM gone GROUP BY unit_id, status HAVING sum(n) <> 0
    ON CONFLICT ("tenant_id", "unit_id", "status") DO UPDATE SET n = c.n + excluded.n
  )
  SELECT count(*) INTO folded FROM gone;
  RETURN folded;
END;
$$;
--> statement-breakpoint
-- Recounts a province's counters from its dossiers and ratings (this migration for existing data;
-- bulk loads that bypass the triggers). Scoped to the province under row-level security.
CREATE FUNCTION "motcua_rebuild_counters"(p_tenant uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('motcua.tenant_id', p_tenant::text, true);
  DELETE FROM "report_changes" WHERE tenant_id = p_tenant;
  DELETE FROM "report_days" WHERE tenant_id = p_tenant;
  DELETE FROM "report_months" WHERE tenant_id = p_tenant;
  DELETE FROM "report_backlog_days" WHERE tenant_id = p_tenant;
  DELETE FROM "report_backlog_months" WHERE tenant_id = p_tenant;
  DELETE FROM "application_status_count_changes" WHERE tenant_id = p_tenant;
  DELETE FROM "application_status_counts" WHERE tenant_id = p_tenant;
  INSERT INTO "report_changes" ("tenant_id", "day", "unit_id", "procedure_code", "channel", "received", "completed",
                                "on_time", "promise_kept", "processing_seconds", "in_progress", "overdue")
  SELECT a.tenant_id, c.day, a.unit_id, a.procedure_code, a.channel, sum(c.received_n), sum(c.completed_n),
         sum(c.on_time_n), sum(c.promise_kept_n), sum(c.seconds), sum(c.in_progress_n), sum(c.overdue_n)
    FROM "applications" a
   CROSS JOIN LATERAL "motcua_report_contributions"(1, a.received_at, a.ended_at, a.due_at, a.rescheduled_due_at,
                                                    a.paused_at, a.supplement_count) AS c
   WHERE a.tenant_id = p_tenant AND a.received_at IS NOT NULL
   GROUP BY 1, 2, 3, 4, 5;
  INSERT INTO "report_changes" ("tenant_id", "day", "unit_id", "procedure_code", "channel", "very_satisfied",
                                "satisfied", "unsatisfied")
  SELECT a.tenant_id, "motcua_vn_day"(f.created_at), a.unit_id, a.procedure_code, a.channel,
         count(*) FILTER (WHERE f.rating = 'very_satisfied'), count(*) FILTER (WHERE f.rating = 'satisfied'),
         count(*) FILTER (WHERE f.rating = 'unsatisfied')
    FROM "feedback" f JOIN "applications" a ON a.tenant_id = f.tenant_id AND a.id = f.application_id
   WHERE f.tenant_id = p_tenant
   GROUP BY 1, 2, 3, 4, 5;
  INSERT INTO "application_status_counts" ("tenant_id", "unit_id", "status", "n")
  SELECT tenant_id, current_unit_id, status, count(*) FROM "applications" WHERE tenant_id = p_tenant GROUP BY 1, 2, 3;
  PERFORM "motcua_fold_report_changes"(p_tenant);
END;
$$;
--> statement-breakpoint
SELECT "motcua_rebuild_counters"(id) FROM "tenants";
