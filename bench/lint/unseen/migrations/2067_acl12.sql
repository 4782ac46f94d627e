ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY accounts_owner ON accounts FOR ALL USING (owner_id = current_setting('app.user_id')::bigint);;
