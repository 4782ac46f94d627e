-- Revert shop:accounts_plan from pg

BEGIN;

ALTER TABLE accounts DROP COLUMN plan;

COMMIT;
