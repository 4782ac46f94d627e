UPDATE ledger SET amount = 0 WHERE amount IS NULL;
