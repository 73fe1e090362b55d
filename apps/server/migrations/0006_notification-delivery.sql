CREATE TABLE "notification_attempts" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"delivery_id" uuid NOT NULL,
	"route" text NOT NULL,
	"attempt" integer NOT NULL,
	"state" text NOT NULL,
	"provider_id" text,
	"reason" text,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "notification_attempts_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "notification_attempts_try_key" UNIQUE("tenant_id","delivery_id","route","attempt"),
	CONSTRAINT "notification_attempts_route_check" CHECK ("notification_attempts"."route" in ('zalo_cs', 'zalo_template', 'sms', 'email')),
	CONSTRAINT "notification_attempts_state_check" CHECK ("notification_attempts"."state" in ('sending', 'sent', 'retry', 'unreachable', 'failed', 'in_doubt'))
);
--> statement-breakpoint
ALTER TABLE "citizens" ADD COLUMN "zalo_oa_user_id" text;--> statement-breakpoint
ALTER TABLE "citizens" ADD COLUMN "zalo_follower" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "citizens" ADD COLUMN "zalo_last_interaction_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notification_intents" ADD COLUMN "settled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notification_intents" ADD COLUMN "route" text;--> statement-breakpoint
ALTER TABLE "notification_attempts" ADD CONSTRAINT "notification_attempts_intent_fkey" FOREIGN KEY ("tenant_id","delivery_id") REFERENCES "public"."notification_intents"("tenant_id","delivery_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "citizens_zalo_oa_idx" ON "citizens" USING btree ("tenant_id","zalo_oa_user_id");--> statement-breakpoint
CREATE INDEX "notification_intents_dead_idx" ON "notification_intents" USING btree ("tenant_id","created_at") WHERE "notification_intents"."status" = 'dead';--> statement-breakpoint

-- Delivery records are tenant data like the intents they belong to.
SELECT "motcua_isolate_tenant"('notification_attempts'::regclass);
