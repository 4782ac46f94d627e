CREATE SCHEMA billing;
ALTER TABLE ledger SET SCHEMA billing;;
