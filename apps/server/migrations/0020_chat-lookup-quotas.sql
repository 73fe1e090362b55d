CREATE TABLE "chat_lookup_quotas" (
	"tenant_id" uuid NOT NULL,
	"thread_id" uuid NOT NULL,
	"recent_at" timestamp with time zone[] NOT NULL,
	CONSTRAINT "chat_lookup_quotas_pkey" PRIMARY KEY("tenant_id","thread_id")
);
--> statement-breakpoint
ALTER TABLE "chat_lookup_quotas" ADD CONSTRAINT "chat_lookup_quotas_thread_fkey" FOREIGN KEY ("tenant_id","thread_id") REFERENCES "public"."chat_threads"("tenant_id","id") ON DELETE cascade ON UPDATE no action;
-- The chat look-up counters are tenant data: row-level security like every tenant table.
SELECT "motcua_isolate_tenant"('chat_lookup_quotas');
