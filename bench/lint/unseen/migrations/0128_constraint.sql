ALTER TABLE ledger ADD CONSTRAINT ledger_amount_nonneg CHECK (amount >= 0) NOT VALID;
