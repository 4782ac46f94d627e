DROP POLICY IF EXISTS no_such_policy ON orders;
