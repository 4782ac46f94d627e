CREATE INDEX ledger_amount_idx21 ON ledger (amount);;
