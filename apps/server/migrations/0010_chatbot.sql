CREATE TABLE "chat_messages" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"thread_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"author" text NOT NULL,
	"officer_id" uuid,
	"kind" text NOT NULL,
	"body" jsonb NOT NULL,
	"event_key" text,
	"delivery" text NOT NULL,
	"provider_id" text,
	"failure" text,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "chat_messages_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "chat_messages_event_key" UNIQUE("tenant_id","event_key"),
	CONSTRAINT "chat_messages_direction_check" CHECK ("chat_messages"."direction" in ('in', 'out')),
	CONSTRAINT "chat_messages_author_check" CHECK ("chat_messages"."author" in ('citizen', 'bot', 'officer')),
	CONSTRAINT "chat_messages_delivery_check" CHECK ("chat_messages"."delivery" in ('received', 'pending', 'sent', 'failed')),
	CONSTRAINT "chat_messages_officer_check" CHECK (("chat_messages"."author" = 'officer') = ("chat_messages"."officer_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "chat_thread_dossiers" (
	"tenant_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"thread_id" uuid NOT NULL,
	"bound_at" timestamp with time zone NOT NULL,
	CONSTRAINT "chat_thread_dossiers_pkey" PRIMARY KEY("tenant_id","application_id")
);
--> statement-breakpoint
CREATE TABLE "chat_threads" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"channel" text NOT NULL,
	"external_user_id" text NOT NULL,
	"state" jsonb DEFAULT '{"step":"idle"}'::jsonb NOT NULL,
	"handoff" text DEFAULT 'none' NOT NULL,
	"handoff_at" timestamp with time zone,
	"last_message_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chat_threads_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "chat_threads_user_key" UNIQUE("tenant_id","channel","external_user_id"),
	CONSTRAINT "chat_threads_handoff_check" CHECK ("chat_threads"."handoff" in ('none', 'open', 'closed')),
	CONSTRAINT "chat_threads_channel_check" CHECK ("chat_threads"."channel" in ('zalo'))
);
--> statement-breakpoint
ALTER TABLE "chat_messages" ADD CONSTRAINT "chat_messages_thread_fkey" FOREIGN KEY ("tenant_id","thread_id") REFERENCES "public"."chat_threads"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_messages" ADD CONSTRAINT "chat_messages_officer_fkey" FOREIGN KEY ("tenant_id","officer_id") REFERENCES "public"."officers"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_thread_dossiers" ADD CONSTRAINT "chat_thread_dossiers_application_fkey" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_thread_dossiers" ADD CONSTRAINT "chat_thread_dossiers_thread_fkey" FOREIGN KEY ("tenant_id","thread_id") REFERENCES "public"."chat_threads"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_threads" ADD CONSTRAINT "chat_threads_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chat_messages_thread_idx" ON "chat_messages" USING btree ("tenant_id","thread_id","created_at");--> statement-breakpoint
CREATE INDEX "chat_thread_dossiers_thread_idx" ON "chat_thread_dossiers" USING btree ("tenant_id","thread_id");--> statement-breakpoint
CREATE INDEX "chat_threads_handoff_idx" ON "chat_threads" USING btree ("tenant_id","handoff","last_message_at");
-- Chat threads, their bound dossiers and messages are tenant data: row-level security like every tenant table.
SELECT "motcua_isolate_tenant"(t)
  FROM unnest(ARRAY['chat_threads', 'chat_thread_dossiers', 'chat_messages']::regclass[]) AS t;
