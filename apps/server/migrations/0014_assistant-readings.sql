CREATE TABLE "upload_readings" (
	"tenant_id" uuid NOT NULL,
	"upload_id" uuid NOT NULL,
	"procedure_code" text NOT NULL,
	"document_key" text NOT NULL,
	"document_type" text NOT NULL,
	"status" text NOT NULL,
	"text_found" boolean DEFAULT false NOT NULL,
	"document_matches" boolean,
	"sealed" text,
	"key_id" text,
	"failure" text,
	"duration_ms" integer,
	"read_at" timestamp with time zone NOT NULL,
	CONSTRAINT "upload_readings_pkey" PRIMARY KEY("tenant_id","upload_id"),
	CONSTRAINT "upload_readings_type_check" CHECK ("upload_readings"."document_type" in ('id_card', 'text')),
	CONSTRAINT "upload_readings_status_check" CHECK ("upload_readings"."status" in ('done', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "uploads" ADD COLUMN "document_procedure" text;--> statement-breakpoint
ALTER TABLE "uploads" ADD COLUMN "document_key" text;--> statement-breakpoint
ALTER TABLE "upload_readings" ADD CONSTRAINT "upload_readings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upload_readings" ADD CONSTRAINT "upload_readings_upload_fkey" FOREIGN KEY ("tenant_id","upload_id") REFERENCES "public"."uploads"("tenant_id","id") ON DELETE cascade ON UPDATE no action;
-- What the assistant read from a photo is personal data of the province: row-level security like every tenant table.
SELECT "motcua_isolate_tenant"('upload_readings');
