CREATE INDEX accounts_free_created_idx21 ON accounts (created_at DESC) WHERE plan = 'free';;
