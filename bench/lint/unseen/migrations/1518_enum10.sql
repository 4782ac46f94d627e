ALTER TABLE accounts ADD CONSTRAINT accounts_plan_check CHECK (plan IN ('free', 'starter', 'pro', 'enterprise')) NOT VALID;
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_plan_check;;
