ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY accounts_owner ON accounts
  USING (owner_id = nullif(current_setting('app.user_id', true), '')::bigint);;
