CREATE TABLE "admin_unit_successors" (
	"old_code" text PRIMARY KEY NOT NULL,
	"new_code" text NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "admin_unit_successors_kind_check" CHECK ("admin_unit_successors"."kind" in ('province', 'commune')),
	CONSTRAINT "admin_unit_successors_code_format" CHECK (("admin_unit_successors"."kind" = 'province' and "admin_unit_successors"."old_code" ~ '^[0-9]{2}$' and "admin_unit_successors"."new_code" ~ '^[0-9]{2}$') or ("admin_unit_successors"."kind" = 'commune' and "admin_unit_successors"."old_code" ~ '^[0-9]{5}$' and "admin_unit_successors"."new_code" ~ '^[0-9]{5}$')),
	CONSTRAINT "admin_unit_successors_not_self" CHECK ("admin_unit_successors"."old_code" <> "admin_unit_successors"."new_code")
);
