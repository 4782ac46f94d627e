-- lockstep:irreversible
-- UP
-- Finance wants amounts in currency units with cents.
ALTER TABLE invoices ALTER COLUMN amount_cents TYPE numeric(14, 2) USING amount_cents / 100.0;
ALTER TABLE invoices RENAME COLUMN amount_cents TO amount;
