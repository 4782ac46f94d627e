CREATE TABLE accounts_rebuilt AS SELECT * FROM accounts;
ALTER TABLE accounts RENAME TO accounts_before_rebuild;
ALTER TABLE accounts_rebuilt RENAME TO accounts;;
