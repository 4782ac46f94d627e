BEGIN;
UPDATE ledger SET amount = amount * 100 WHERE id <= 200;
UPDATE ledger SET amount = amount * 100 WHERE id > 200 AND id <= 400;
COMMIT;
