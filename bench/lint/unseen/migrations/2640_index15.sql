CREATE UNIQUE INDEX CONCURRENTLY accounts_plan_uq ON accounts (plan);;
