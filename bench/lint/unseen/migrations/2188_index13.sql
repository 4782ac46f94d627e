CREATE INDEX ON ledger (amount);;
