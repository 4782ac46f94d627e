CREATE POLICY accounts_owner17 ON accounts USING (owner_id = 1);;
