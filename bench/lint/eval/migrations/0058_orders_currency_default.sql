-- lockstep:irreversible
-- UP
ALTER TABLE orders ALTER COLUMN currency SET DEFAULT 'EUR';
-- username is being retired (expand step: new code no longer writes it).
ALTER TABLE users ALTER COLUMN username DROP NOT NULL;
ALTER TABLE orders ALTER COLUMN total_cents SET STATISTICS 500;
