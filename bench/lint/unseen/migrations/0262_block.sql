BEGIN;
ALTER TYPE order_status ADD VALUE 'held' AFTER 'paid';
UPDATE orders SET status = 'held' WHERE id = 1;
COMMIT;
