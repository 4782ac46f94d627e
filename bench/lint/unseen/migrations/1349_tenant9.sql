ALTER TABLE accounts ADD COLUMN tenant_id bigint;
CREATE POLICY tenant_isolation ON accounts USING (tenant_id = current_setting('app.tenant_id')::bigint);;
