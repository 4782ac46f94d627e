CREATE POLICY accounts_insert ON accounts FOR INSERT WITH CHECK (plan <> 'banned');
