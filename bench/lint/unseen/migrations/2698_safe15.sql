CREATE INDEX CONCURRENTLY accounts_paid_plan_idx ON accounts (plan) WHERE plan <> 'free';;
