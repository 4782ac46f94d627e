ALTER TABLE ledger RENAME COLUMN account TO account_ref;
CREATE VIEW ledger_v21 AS SELECT id, account_ref AS account, amount FROM ledger;;
