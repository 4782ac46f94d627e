ALTER TABLE accounts ADD CONSTRAINT accounts_plan_not_null CHECK (plan IS NOT NULL) NOT VALID;
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_plan_not_null;
ALTER TABLE accounts ALTER COLUMN plan SET NOT NULL;;
