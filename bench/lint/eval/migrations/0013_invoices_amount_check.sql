-- lockstep:irreversible
-- UP
ALTER TABLE invoices
  ADD CONSTRAINT invoices_amount_positive CHECK (amount_cents > 0) NOT VALID;
COMMENT ON CONSTRAINT invoices_amount_positive ON invoices IS 'validated in the next migration';
