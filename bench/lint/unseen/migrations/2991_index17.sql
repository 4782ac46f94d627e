ALTER TABLE accounts ADD COLUMN plan_id17 bigint;
CREATE INDEX CONCURRENTLY accounts_plan_id_idx17 ON accounts (plan_id17);;
