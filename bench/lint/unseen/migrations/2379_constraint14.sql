ALTER TABLE ledger ADD CONSTRAINT ledger_amount_positive CHECK (amount > 0);;
