CREATE TABLE "broadcast_deliveries" (
	"tenant_id" uuid NOT NULL,
	"broadcast_id" uuid NOT NULL,
	"oa_user_id" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"claimed_at" timestamp with time zone,
	"provider_id" text,
	"error_code" text,
	"done_at" timestamp with time zone,
	CONSTRAINT "broadcast_deliveries_pkey" PRIMARY KEY("tenant_id","broadcast_id","oa_user_id"),
	CONSTRAINT "broadcast_deliveries_status_check" CHECK ("broadcast_deliveries"."status" in ('pending', 'sending', 'sent', 'skipped', 'failed', 'cancelled', 'unknown'))
);
--> statement-breakpoint
CREATE TABLE "broadcasts" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"media" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"target" jsonb NOT NULL,
	"status" text NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	"recipients" integer,
	CONSTRAINT "broadcasts_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "broadcasts_kind_check" CHECK ("broadcasts"."kind" in ('text', 'image', 'link')),
	CONSTRAINT "broadcasts_status_check" CHECK ("broadcasts"."status" in ('scheduled', 'sending', 'sent', 'cancelled'))
);
--> statement-breakpoint
ALTER TABLE "zalo_followers" ADD COLUMN "tags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "zalo_followers" ADD COLUMN "commune_code" text;--> statement-breakpoint
ALTER TABLE "broadcast_deliveries" ADD CONSTRAINT "broadcast_deliveries_broadcast_fkey" FOREIGN KEY ("tenant_id","broadcast_id") REFERENCES "public"."broadcasts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "broadcasts" ADD CONSTRAINT "broadcasts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "broadcasts" ADD CONSTRAINT "broadcasts_created_by_fkey" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."officers"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "broadcast_deliveries_pending_idx" ON "broadcast_deliveries" USING btree ("tenant_id","broadcast_id","oa_user_id") WHERE "broadcast_deliveries"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "broadcasts_recent_idx" ON "broadcasts" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "zalo_webhook_events_unprocessed_idx" ON "zalo_webhook_events" USING btree ("tenant_id","received_at") WHERE "zalo_webhook_events"."processed_at" is null;--> statement-breakpoint
CREATE INDEX "zalo_followers_tags_idx" ON "zalo_followers" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "zalo_followers_commune_idx" ON "zalo_followers" USING btree ("tenant_id","commune_code") WHERE "zalo_followers"."follower";
-- Broadcasts and their deliveries are tenant data: row-level security like every tenant table.
SELECT "motcua_isolate_tenant"(t)
  FROM unnest(ARRAY['broadcasts', 'broadcast_deliveries']::regclass[]) AS t;
