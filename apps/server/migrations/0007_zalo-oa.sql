CREATE TABLE "zalo_oa_tokens" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"key_id" text NOT NULL,
	"access_token" text NOT NULL,
	"refresh_token" text NOT NULL,
	"access_expires_at" timestamp with time zone NOT NULL,
	"generation" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zalo_webhook_events" (
	"tenant_id" uuid NOT NULL,
	"event_key" text NOT NULL,
	"event_name" text NOT NULL,
	"body" jsonb NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"processed_at" timestamp with time zone,
	CONSTRAINT "zalo_webhook_events_pkey" PRIMARY KEY("tenant_id","event_key")
);
--> statement-breakpoint
CREATE TABLE "zalo_followers" (
	"tenant_id" uuid NOT NULL,
	"oa_user_id" text NOT NULL,
	"app_user_id" text,
	"follower" boolean DEFAULT false NOT NULL,
	"last_interaction_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "zalo_followers_pkey" PRIMARY KEY("tenant_id","oa_user_id")
);
--> statement-breakpoint
ALTER TABLE "zalo_oa_tokens" ADD CONSTRAINT "zalo_oa_tokens_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zalo_webhook_events" ADD CONSTRAINT "zalo_webhook_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zalo_followers" ADD CONSTRAINT "zalo_followers_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "zalo_followers_app_idx" ON "zalo_followers" USING btree ("tenant_id","app_user_id");--> statement-breakpoint

-- OA tokens, webhook events and followers are tenant data: row-level security like every tenant table.
SELECT "motcua_isolate_tenant"(t)
  FROM unnest(ARRAY['zalo_oa_tokens', 'zalo_webhook_events', 'zalo_followers']::regclass[]) AS t;
