-- Step 2 of 2. VALIDATE CONSTRAINT scans the existing rows under SHARE UPDATE EXCLUSIVE, so reads
-- and writes of payments continue meanwhile.
-- https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-DESC-VALIDATE-CONSTRAINT
-- UP
ALTER TABLE payments VALIDATE CONSTRAINT payments_amount_positive;

-- DOWN
-- A constraint cannot be marked "not validated" again, so it is put back exactly as step 1 left it.
ALTER TABLE payments DROP CONSTRAINT payments_amount_positive;
ALTER TABLE payments
  ADD CONSTRAINT payments_amount_positive CHECK (amount_cents > 0) NOT VALID;
