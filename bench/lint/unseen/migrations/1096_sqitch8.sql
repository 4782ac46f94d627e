-- Deploy shop:ledger_archive to pg

BEGIN;

CREATE TABLE ledger_archive (LIKE ledger INCLUDING ALL);
INSERT INTO ledger_archive SELECT * FROM ledger WHERE id <= 1000;
DELETE FROM ledger WHERE id <= 1000;

COMMIT;
