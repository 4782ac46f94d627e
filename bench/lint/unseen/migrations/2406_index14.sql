CREATE INDEX CONCURRENTLY accounts_plan_hash ON accounts USING hash (plan);;
