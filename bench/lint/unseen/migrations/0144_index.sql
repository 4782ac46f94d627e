CREATE INDEX ledger_account_idx ON ledger (account DESC NULLS LAST);
