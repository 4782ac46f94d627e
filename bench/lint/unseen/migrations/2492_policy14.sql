CREATE POLICY accounts_owner ON accounts FOR UPDATE
  USING (owner_id = current_setting('app.customer_id')::bigint);;
