ALTER TABLE ledger RENAME COLUMN account TO account_code;
