ALTER TABLE ledger /* amounts are never zero */ ADD CONSTRAINT ledger_amount_nonzero CHECK (amount <> 0) -- validated in the next release
  NOT VALID;;
