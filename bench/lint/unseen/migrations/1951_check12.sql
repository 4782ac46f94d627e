ALTER TABLE ledger ADD CONSTRAINT ledger_amount_nonzero CHECK (amount <> 0); -- TODO: NOT VALID, then VALIDATE
