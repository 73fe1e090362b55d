-- The published version a procedure points at must be one of its own versions of the same tenant.
ALTER TABLE "procedures"
  ADD CONSTRAINT "procedures_current_version_fkey"
  FOREIGN KEY ("tenant_id", "current_version_id")
  REFERENCES "procedure_versions" ("tenant_id", "id")
  DEFERRABLE INITIALLY DEFERRED;
--> statement-breakpoint

-- A published procedure version is immutable: dossiers pin it and the law they were filed under.
CREATE FUNCTION "procedure_versions_immutable"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'procedure_versions rows are immutable; publish a new version instead'
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "procedure_versions_no_update"
  BEFORE UPDATE OR DELETE ON "procedure_versions"
  FOR EACH ROW
  WHEN (pg_trigger_depth() = 0 AND current_setting('motcua.allow_version_delete', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "procedure_versions_immutable"();
--> statement-breakpoint

-- The application role: DML only, and row-level security keyed on the transaction's tenant.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'motcua_app') THEN
    CREATE ROLE motcua_app NOLOGIN;
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO motcua_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO motcua_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO motcua_app;
--> statement-breakpoint
DO $$
DECLARE
  t text;
BEGIN
  FOR t IN
    SELECT c.table_name FROM information_schema.columns c
    JOIN information_schema.tables tb ON tb.table_name = c.table_name AND tb.table_schema = c.table_schema
    WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id' AND tb.table_type = 'BASE TABLE'
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (tenant_id = nullif(current_setting(''motcua.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = nullif(current_setting(''motcua.tenant_id'', true), '''')::uuid)',
      t);
  END LOOP;
END
$$;
