CREATE OR REPLACE FUNCTION public.current_tenant_id() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::bigint $$;
