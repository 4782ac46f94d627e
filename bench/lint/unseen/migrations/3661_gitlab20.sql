BEGIN;
ALTER TABLE accounts ADD CONSTRAINT check_accounts_plan_not_null CHECK (plan IS NOT NULL) NOT VALID;
ALTER TABLE accounts VALIDATE CONSTRAINT check_accounts_plan_not_null;
COMMIT;
