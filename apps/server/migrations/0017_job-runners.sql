CREATE TABLE "job_runners" (
	"pool_id" text PRIMARY KEY NOT NULL,
	"host" text NOT NULL,
	"pid" integer NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"seen_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
-- The job runners' liveness is infrastructure: the application role (row-level security) has no use for it.
REVOKE ALL ON "job_runners" FROM "motcua_app";
