CREATE TABLE "lookup_datasets" (
	"tenant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"sample" boolean NOT NULL,
	"row_count" integer NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	"imported_by" text NOT NULL,
	CONSTRAINT "lookup_datasets_pkey" PRIMARY KEY("tenant_id","kind"),
	CONSTRAINT "lookup_datasets_kind_check" CHECK ("lookup_datasets"."kind" in ('land-price', 'traffic-fines', 'driving-licence'))
);
--> statement-breakpoint
CREATE TABLE "lookup_records" (
	"tenant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"line" integer NOT NULL,
	"search_key" text NOT NULL,
	"data" jsonb NOT NULL,
	CONSTRAINT "lookup_records_pkey" PRIMARY KEY("tenant_id","kind","line")
);
--> statement-breakpoint
ALTER TABLE "lookup_datasets" ADD CONSTRAINT "lookup_datasets_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lookup_records" ADD CONSTRAINT "lookup_records_dataset_fkey" FOREIGN KEY ("tenant_id","kind") REFERENCES "public"."lookup_datasets"("tenant_id","kind") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lookup_records_key_idx" ON "lookup_records" USING btree ("tenant_id","kind","search_key");
-- Civic look-up datasets are tenant data: row-level security like every tenant table.
SELECT "motcua_isolate_tenant"(t)
  FROM unnest(ARRAY['lookup_datasets', 'lookup_records']::regclass[]) AS t;
