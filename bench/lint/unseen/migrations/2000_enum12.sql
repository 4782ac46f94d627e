BEGIN;
ALTER TYPE order_status ADD VALUE 'refunded' AFTER 'shipped';
COMMIT;
