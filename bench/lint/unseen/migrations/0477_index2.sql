CREATE INDEX accounts_plan_idx ON accounts (plan) WHERE plan IS NOT NULL;
