CREATE POLICY accounts_owner ON accounts FOR SELECT USING (owner_id = current_setting('app.user_id')::bigint);;
