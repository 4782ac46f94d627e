-- UP
BEGIN;
LOCK TABLE orders IN SHARE MODE;
UPDATE orders SET qty = qty WHERE qty < 0;
COMMIT;
