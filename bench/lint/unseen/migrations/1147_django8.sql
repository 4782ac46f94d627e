BEGIN;
--
-- Alter field plan on account
--
ALTER TABLE "accounts" ALTER COLUMN "plan" TYPE varchar(10) USING "plan"::varchar(10);
COMMIT;
