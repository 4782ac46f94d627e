CREATE STATISTICS IF NOT EXISTS accounts_plan_owner (dependencies) ON plan, owner_id FROM accounts;
