CREATE INDEX CONCURRENTLY accounts_paid_owner_idx17 ON accounts (owner_id) WHERE plan <> 'free';;
