CREATE TABLE "audit_log" (
	"tenant_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text,
	"request_id" text,
	"detail" text DEFAULT '{}' NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_log_pkey" PRIMARY KEY("tenant_id","seq"),
	CONSTRAINT "audit_log_actor_check" CHECK ("audit_log"."actor_type" in ('officer', 'citizen', 'system', 'integrator'))
);
--> statement-breakpoint
CREATE TABLE "citizens" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"phone" text NOT NULL,
	"full_name" text NOT NULL,
	"email" text,
	"zalo_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "citizens_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "citizens_phone_key" UNIQUE("tenant_id","phone")
);
--> statement-breakpoint
CREATE TABLE "officer_credentials" (
	"tenant_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"password_hash" text NOT NULL,
	"totp_secret_sealed" text,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "officer_credentials_pkey" PRIMARY KEY("tenant_id","officer_id")
);
--> statement-breakpoint
CREATE TABLE "officer_roles" (
	"tenant_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "officer_roles_pkey" PRIMARY KEY("tenant_id","officer_id","unit_id","role"),
	CONSTRAINT "officer_roles_role_check" CHECK ("officer_roles"."role" in ('intake', 'processor', 'leader', 'admin'))
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "sessions_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "sessions_token_key" UNIQUE("tenant_id","token_hash")
);
--> statement-breakpoint
CREATE TABLE "uploads" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"thumbnail_key" text,
	"width" integer,
	"height" integer,
	"quality" jsonb NOT NULL,
	"key_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "uploads_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "uploads_kind_check" CHECK ("uploads"."kind" in ('image', 'pdf'))
);
--> statement-breakpoint
CREATE TABLE "application_documents" (
	"tenant_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"upload_id" uuid NOT NULL,
	"document_key" text NOT NULL,
	"supplement" boolean DEFAULT false NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "application_documents_pkey" PRIMARY KEY("tenant_id","application_id","upload_id")
);
--> statement-breakpoint
CREATE TABLE "application_events" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"role" text,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"from_unit_id" uuid,
	"to_unit_id" uuid,
	"reason" text,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"request_id" text,
	"idempotency_key" text,
	CONSTRAINT "application_events_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"code" text NOT NULL,
	"lookup_key" text NOT NULL,
	"procedure_version_id" uuid NOT NULL,
	"procedure_code" text NOT NULL,
	"case_key" text NOT NULL,
	"channel" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"current_unit_id" uuid NOT NULL,
	"assignee_id" uuid,
	"status" text NOT NULL,
	"sub_status" text,
	"citizen_id" uuid,
	"applicant_name" text NOT NULL,
	"applicant_phone" text NOT NULL,
	"applicant_email" text,
	"applicant_id_number" text,
	"applicant_address" text,
	"filer" jsonb,
	"form" jsonb NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"rescheduled_due_at" timestamp with time zone,
	"reschedule_reason" text,
	"supplement_count" integer DEFAULT 0 NOT NULL,
	"paused_at" timestamp with time zone,
	"paused_minutes" integer DEFAULT 0 NOT NULL,
	"supplement_request" jsonb,
	"fee_amount" integer,
	"fee_paid_at" timestamp with time zone,
	"result_ready_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"decision_reason" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "applications_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "applications_code_key" UNIQUE("tenant_id","code"),
	CONSTRAINT "applications_status_check" CHECK ("applications"."status" in ('submitted','accepted','refused','processing','supplement_requested','payment_requested','withdrawal_requested','stopped','result_ready','returned')),
	CONSTRAINT "applications_channel_check" CHECK ("applications"."channel" in ('counter', 'online', 'postal', 'zalo'))
);
--> statement-breakpoint
CREATE TABLE "dossier_counters" (
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"day" date NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "dossier_counters_pkey" PRIMARY KEY("tenant_id","unit_id","day")
);
--> statement-breakpoint
CREATE TABLE "handoffs" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"from_unit_id" uuid NOT NULL,
	"to_unit_id" uuid NOT NULL,
	"from_officer_id" uuid,
	"to_officer_id" uuid,
	"handed_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone,
	"step_deadline" timestamp with time zone,
	"step_result" text,
	"note" text,
	CONSTRAINT "handoffs_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "handoffs_step_result_check" CHECK ("handoffs"."step_result" is null or "handoffs"."step_result" in ('early', 'on_time', 'late'))
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"tenant_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status" integer NOT NULL,
	"body" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY("tenant_id","scope","key")
);
--> statement-breakpoint
CREATE TABLE "notification_intents" (
	"tenant_id" uuid NOT NULL,
	"delivery_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"intent" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_intents_pkey" PRIMARY KEY("tenant_id","delivery_id"),
	CONSTRAINT "notification_intents_event_key" UNIQUE("tenant_id","event_id","intent"),
	CONSTRAINT "notification_intents_status_check" CHECK ("notification_intents"."status" in ('pending', 'delivered', 'dead'))
);
--> statement-breakpoint
CREATE TABLE "signing_keys" (
	"tenant_id" uuid NOT NULL,
	"kid" text NOT NULL,
	"public_jwk" jsonb NOT NULL,
	"private_jwk_sealed" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone,
	CONSTRAINT "signing_keys_pkey" PRIMARY KEY("tenant_id","kid")
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizens" ADD CONSTRAINT "citizens_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_credentials" ADD CONSTRAINT "officer_credentials_officer_fkey" FOREIGN KEY ("tenant_id","officer_id") REFERENCES "public"."officers"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_roles" ADD CONSTRAINT "officer_roles_officer_fkey" FOREIGN KEY ("tenant_id","officer_id") REFERENCES "public"."officers"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_roles" ADD CONSTRAINT "officer_roles_unit_fkey" FOREIGN KEY ("tenant_id","unit_id") REFERENCES "public"."units"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_officer_fkey" FOREIGN KEY ("tenant_id","officer_id") REFERENCES "public"."officers"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_documents" ADD CONSTRAINT "application_documents_application_fkey" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_application_fkey" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_version_fkey" FOREIGN KEY ("tenant_id","procedure_version_id") REFERENCES "public"."procedure_versions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_unit_fkey" FOREIGN KEY ("tenant_id","unit_id") REFERENCES "public"."units"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_current_unit_fkey" FOREIGN KEY ("tenant_id","current_unit_id") REFERENCES "public"."units"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_citizen_fkey" FOREIGN KEY ("tenant_id","citizen_id") REFERENCES "public"."citizens"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_counters" ADD CONSTRAINT "dossier_counters_unit_fkey" FOREIGN KEY ("tenant_id","unit_id") REFERENCES "public"."units"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoffs" ADD CONSTRAINT "handoffs_application_fkey" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_intents" ADD CONSTRAINT "notification_intents_application_fkey" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signing_keys" ADD CONSTRAINT "signing_keys_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "citizens_zalo_idx" ON "citizens" USING btree ("tenant_id","zalo_user_id");--> statement-breakpoint
CREATE INDEX "application_events_application_idx" ON "application_events" USING btree ("tenant_id","application_id","at");--> statement-breakpoint
CREATE INDEX "applications_inbox_idx" ON "applications" USING btree ("tenant_id","current_unit_id","status","due_at");--> statement-breakpoint
CREATE INDEX "applications_citizen_idx" ON "applications" USING btree ("tenant_id","citizen_id");