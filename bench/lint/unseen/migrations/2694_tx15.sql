BEGIN;
ALTER TABLE accounts ALTER COLUMN plan SET DEFAULT 'free';
UPDATE accounts SET plan = 'free' WHERE plan IS NULL;
COMMIT;
