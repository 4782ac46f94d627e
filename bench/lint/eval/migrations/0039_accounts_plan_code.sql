-- lockstep:irreversible
-- UP
ALTER TABLE accounts ADD COLUMN plan_code text;
UPDATE accounts SET plan_code = 'free' WHERE plan_code IS NULL;
ALTER TABLE accounts ALTER COLUMN plan_code SET DEFAULT 'free';
