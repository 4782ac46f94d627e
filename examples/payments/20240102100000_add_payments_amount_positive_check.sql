-- Step 1 of 2. NOT VALID makes the constraint apply to new and updated rows at once, without
-- scanning the existing rows while holding the ACCESS EXCLUSIVE lock that ADD CONSTRAINT takes.
-- https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-NOTES
-- UP
ALTER TABLE payments
  ADD CONSTRAINT payments_amount_positive CHECK (amount_cents > 0) NOT VALID;

-- DOWN
ALTER TABLE payments DROP CONSTRAINT payments_amount_positive;
