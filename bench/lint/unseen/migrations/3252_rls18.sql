DROP POLICY IF EXISTS accounts_owner_read18 ON accounts;;
