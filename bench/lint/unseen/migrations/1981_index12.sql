CREATE INDEX CONCURRENTLY accounts_plan_idx ON accounts (plan);;
