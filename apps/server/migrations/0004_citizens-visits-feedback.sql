CREATE TABLE "citizen_otps" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"phone" text NOT NULL,
	"code_hash" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"consumed_at" timestamp with time zone,
	CONSTRAINT "citizen_otps_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "citizen_sessions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"citizen_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "citizen_sessions_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "citizen_sessions_token_key" UNIQUE("tenant_id","token_hash")
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "visits_pkey" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "visits_span_check" CHECK ("visits"."ends_at" > "visits"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "feedback" (
	"tenant_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"rating" text NOT NULL,
	"reason" text,
	"channel" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_pkey" PRIMARY KEY("tenant_id","application_id"),
	CONSTRAINT "feedback_rating_check" CHECK ("feedback"."rating" in ('very_satisfied', 'satisfied', 'unsatisfied')),
	CONSTRAINT "feedback_reason_check" CHECK ("feedback"."rating" <> 'unsatisfied' or "feedback"."reason" is not null)
);
--> statement-breakpoint
ALTER TABLE "officer_credentials" ADD COLUMN "totp_last_step" integer;--> statement-breakpoint
ALTER TABLE "citizen_otps" ADD CONSTRAINT "citizen_otps_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_sessions" ADD CONSTRAINT "citizen_sessions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_sessions" ADD CONSTRAINT "citizen_sessions_citizen_fkey" FOREIGN KEY ("tenant_id","citizen_id") REFERENCES "public"."citizens"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_application_fkey" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_unit_fkey" FOREIGN KEY ("tenant_id","unit_id") REFERENCES "public"."units"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_application_fkey" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "citizen_otps_phone_idx" ON "citizen_otps" USING btree ("tenant_id","phone","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "visits_live_key" ON "visits" USING btree ("tenant_id","application_id") WHERE "visits"."cancelled_at" is null;--> statement-breakpoint
CREATE INDEX "visits_unit_day_idx" ON "visits" USING btree ("tenant_id","unit_id","starts_at");--> statement-breakpoint

-- Row-level security for a tenant table, in one call: every later migration uses this instead of
-- repeating the policy text.
CREATE FUNCTION "motcua_isolate_tenant"(tbl regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s USING (tenant_id = nullif(current_setting(''motcua.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = nullif(current_setting(''motcua.tenant_id'', true), '''')::uuid)',
    tbl);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO motcua_app', tbl);
END;
$$;
--> statement-breakpoint
SELECT "motcua_isolate_tenant"(t)
  FROM unnest(ARRAY['citizen_otps', 'citizen_sessions', 'visits', 'feedback']::regclass[]) AS t;
--> statement-breakpoint

-- The public look-up in one round trip: the dossier, its pinned procedure's name, the unit holding
-- it and its event log with unit names, as one JSON value. SECURITY DEFINER so the caller needs no
-- transaction to switch role; the tenant is both set for row-level security and filtered on
-- explicitly, so the function never reads another province's rows whoever owns it.
CREATE FUNCTION "motcua_public_lookup"(p_tenant uuid, p_code text) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
DECLARE
  found jsonb;
BEGIN
  PERFORM set_config('motcua.tenant_id', p_tenant::text, true);
  SELECT jsonb_build_object(
           'code', a.code,
           'lookupKey', a.lookup_key,
           'procedureCode', a.procedure_code,
           'procedureName', v.name,
           'status', a.status,
           'applicantName', a.applicant_name,
           'channel', a.channel,
           'currentUnit', cu.name,
           'submittedAt', a.submitted_at,
           'receivedAt', a.received_at,
           'dueAt', a.due_at,
           'rescheduledDueAt', a.rescheduled_due_at,
           'resultReadyAt', a.result_ready_at,
           'returnedAt', a.returned_at,
           'endedAt', a.ended_at,
           'pausedAt', a.paused_at,
           'supplementRequest', a.supplement_request,
           'feeAmount', a.fee_amount,
           'feePaidAt', a.fee_paid_at,
           'events', coalesce((
             SELECT jsonb_agg(jsonb_build_object('at', e.at, 'toStatus', e.to_status, 'unit', eu.name, 'reason', e.reason)
                              ORDER BY e.at, e.id)
               FROM application_events e
               LEFT JOIN units eu ON eu.tenant_id = e.tenant_id AND eu.id = coalesce(e.to_unit_id, a.current_unit_id)
              WHERE e.tenant_id = a.tenant_id AND e.application_id = a.id), '[]'::jsonb))
    INTO found
    FROM applications a
    JOIN units cu ON cu.tenant_id = a.tenant_id AND cu.id = a.current_unit_id
    JOIN procedure_versions v ON v.tenant_id = a.tenant_id AND v.id = a.procedure_version_id
   WHERE a.tenant_id = p_tenant AND a.code = p_code;
  RETURN found;
END;
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION "motcua_public_lookup"(uuid, text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION "motcua_public_lookup"(uuid, text) TO motcua_app;
