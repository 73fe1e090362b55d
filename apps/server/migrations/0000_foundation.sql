CREATE TABLE "calendar_days" (
	"tenant_id" uuid NOT NULL,
	"day" date NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"source" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_days_pkey" PRIMARY KEY("tenant_id","day"),
	CONSTRAINT "calendar_days_kind_check" CHECK ("calendar_days"."kind" in ('holiday', 'workday')),
	CONSTRAINT "calendar_days_source_check" CHECK ("calendar_days"."source" in ('default', 'estimated', 'admin'))
);
--> statement-breakpoint
CREATE TABLE "officers" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"username" text NOT NULL,
	"full_name" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "officers_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "officers_tenant_username_key" UNIQUE("tenant_id","username"),
	CONSTRAINT "officers_status_check" CHECK ("officers"."status" in ('active', 'disabled'))
);
--> statement-breakpoint
CREATE TABLE "tenant_settings" (
	"tenant_id" uuid NOT NULL,
	"key" text NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenant_settings_pkey" PRIMARY KEY("tenant_id","key")
);
--> statement-breakpoint
CREATE TABLE "tenants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"national_code" text NOT NULL,
	"catalog_revision" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenants_slug_key" UNIQUE("slug"),
	CONSTRAINT "tenants_national_code_key" UNIQUE("national_code"),
	CONSTRAINT "tenants_slug_format" CHECK ("tenants"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "tenants_national_code_format" CHECK ("tenants"."national_code" ~ '^[0-9]{2}$')
);
--> statement-breakpoint
CREATE TABLE "units" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"parent_id" uuid,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"eid" text NOT NULL,
	"admin_unit_code" text,
	"address" text,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "units_tenant_eid_key" UNIQUE("tenant_id","eid"),
	CONSTRAINT "units_kind_check" CHECK ("units"."kind" in ('service_centre', 'department', 'commune'))
);
--> statement-breakpoint
CREATE TABLE "admin_units" (
	"code" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"full_name" text NOT NULL,
	"name_en" text,
	"province_code" text,
	"unit_type" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "admin_units_kind_check" CHECK ("admin_units"."kind" in ('province', 'commune')),
	CONSTRAINT "admin_units_code_format" CHECK (("admin_units"."kind" = 'province' and "admin_units"."code" ~ '^[0-9]{2}$') or ("admin_units"."kind" = 'commune' and "admin_units"."code" ~ '^[0-9]{5}$'))
);
--> statement-breakpoint
CREATE TABLE "procedure_version_units" (
	"tenant_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "procedure_version_units_pkey" PRIMARY KEY("tenant_id","version_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "procedure_versions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"procedure_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"field_code" text,
	"field_name" text NOT NULL,
	"level" text NOT NULL,
	"online_level" text NOT NULL,
	"decision_no" text,
	"authority" text NOT NULL,
	"processing_time_value" numeric NOT NULL,
	"processing_time_unit" text NOT NULL,
	"cutoff_time" text,
	"processing_time_text" text,
	"fee_amount" integer NOT NULL,
	"fee_text" text NOT NULL,
	"channels" jsonb NOT NULL,
	"cases" jsonb NOT NULL,
	"subjects" jsonb NOT NULL,
	"steps" jsonb NOT NULL,
	"conditions" jsonb NOT NULL,
	"legal_basis" jsonb NOT NULL,
	"results" jsonb NOT NULL,
	"keywords" jsonb NOT NULL,
	"form_schema" jsonb,
	"form_ui_schema" jsonb,
	"uncertainties" jsonb NOT NULL,
	"source" text,
	"content_hash" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" text NOT NULL,
	CONSTRAINT "procedure_versions_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "procedure_versions_number_key" UNIQUE("tenant_id","procedure_id","version"),
	CONSTRAINT "procedure_versions_level_check" CHECK ("procedure_versions"."level" in ('province', 'commune')),
	CONSTRAINT "procedure_versions_online_level_check" CHECK ("procedure_versions"."online_level" in ('full', 'partial', 'info')),
	CONSTRAINT "procedure_versions_time_unit_check" CHECK ("procedure_versions"."processing_time_unit" in ('working_days', 'working_hours', 'days')),
	CONSTRAINT "procedure_versions_fee_check" CHECK ("procedure_versions"."fee_amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "procedures" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"code" text NOT NULL,
	"current_version_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procedures_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "procedures_tenant_code_key" UNIQUE("tenant_id","code"),
	CONSTRAINT "procedures_status_check" CHECK ("procedures"."status" in ('active', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "search_synonyms" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"term" text NOT NULL,
	"expansion" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_synonyms_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "search_synonyms_term_key" UNIQUE("tenant_id","term")
);
--> statement-breakpoint
ALTER TABLE "calendar_days" ADD CONSTRAINT "calendar_days_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officers" ADD CONSTRAINT "officers_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officers" ADD CONSTRAINT "officers_unit_fkey" FOREIGN KEY ("tenant_id","unit_id") REFERENCES "public"."units"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_settings" ADD CONSTRAINT "tenant_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_parent_fkey" FOREIGN KEY ("tenant_id","parent_id") REFERENCES "public"."units"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_version_units" ADD CONSTRAINT "procedure_version_units_version_fkey" FOREIGN KEY ("tenant_id","version_id") REFERENCES "public"."procedure_versions"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_version_units" ADD CONSTRAINT "procedure_version_units_unit_fkey" FOREIGN KEY ("tenant_id","unit_id") REFERENCES "public"."units"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_procedure_fkey" FOREIGN KEY ("tenant_id","procedure_id") REFERENCES "public"."procedures"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_synonyms" ADD CONSTRAINT "search_synonyms_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calendar_days_kind_idx" ON "calendar_days" USING btree ("tenant_id","kind","day");--> statement-breakpoint
CREATE INDEX "admin_units_province_idx" ON "admin_units" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "procedure_version_units_unit_idx" ON "procedure_version_units" USING btree ("tenant_id","unit_id");