-- The session behind an officer's token, with the officer and their role grants, in one statement
-- run outside an explicit transaction: every console request reads it, and BEGIN and COMMIT around
-- one read were two of the three round trips. It scopes itself as a tenant transaction does (the
-- application role when asked, and the province), so row-level security still decides what it sees.
CREATE FUNCTION "motcua_officer_session"(p_tenant uuid, p_token_hash text, p_app_role boolean)
RETURNS TABLE ("id" uuid, "csrf_token" text, "last_seen_at" timestamptz, "expires_at" timestamptz,
               "revoked_at" timestamptz, "officer_id" uuid, "username" text, "full_name" text, "grants" json)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = pg_catalog, public AS $fn$
BEGIN
  IF p_app_role THEN
    PERFORM set_config('role', 'motcua_app', true);
  END IF;
  PERFORM set_config('motcua.tenant_id', p_tenant::text, true);
  RETURN QUERY
    SELECT s."id", s."csrf_token", s."last_seen_at", s."expires_at", s."revoked_at",
           o."id", o."username", o."full_name",
           coalesce((SELECT json_agg(json_build_object('unitId', r."unit_id", 'role', r."role"))
                       FROM "officer_roles" r
                      WHERE r."tenant_id" = s."tenant_id" AND r."officer_id" = s."officer_id"), '[]'::json)
      FROM "sessions" s
      JOIN "officers" o ON o."tenant_id" = s."tenant_id" AND o."id" = s."officer_id"
     WHERE s."tenant_id" = p_tenant AND s."token_hash" = p_token_hash AND o."status" = 'active'
     LIMIT 1;
END
$fn$;--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'motcua_app') THEN
    GRANT EXECUTE ON FUNCTION "motcua_officer_session"(uuid, text, boolean) TO motcua_app;
  END IF;
END
$$;
