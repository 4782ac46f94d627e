ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON accounts USING (owner_id = current_setting('app.owner_id', true)::bigint);;
