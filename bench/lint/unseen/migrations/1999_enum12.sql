BEGIN;
ALTER TYPE order_status ADD VALUE 'refunded' AFTER 'shipped';
UPDATE orders SET status = 'refunded' WHERE id IN (17, 18);
COMMIT;
