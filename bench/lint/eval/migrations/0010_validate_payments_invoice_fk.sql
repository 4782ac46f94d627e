-- lockstep:irreversible
-- UP
-- Separate migration: validation scans payments under SHARE UPDATE EXCLUSIVE only.
ALTER TABLE payments VALIDATE CONSTRAINT payments_invoice_id_fkey;
