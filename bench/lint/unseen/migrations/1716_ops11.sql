ALTER TABLE accounts ADD CONSTRAINT accounts_plan_check CHECK (plan IN ('free', 'pro', 'enterprise')) NOT VALID;
SELECT set_config('statement_timeout', '0', false);
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_plan_check;;
