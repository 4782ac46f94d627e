CREATE INDEX ledger_amount_brin17 ON ledger USING brin (amount);;
