CREATE OR REPLACE FUNCTION public.current_tenant_id() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::bigint $$;
CREATE POLICY tenant_isolation ON accounts USING (owner_id = public.current_tenant_id());
