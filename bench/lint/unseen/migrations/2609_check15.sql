ALTER TABLE ledger ADD COLUMN note text, ADD CONSTRAINT ledger_amount_pos CHECK (amount > 0);;
