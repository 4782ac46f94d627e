ALTER TABLE accounts ADD CONSTRAINT accounts_owner_plan_key UNIQUE NULLS NOT DISTINCT (owner_id, plan);;
