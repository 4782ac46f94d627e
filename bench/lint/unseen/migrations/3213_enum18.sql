BEGIN;
ALTER TYPE order_status ADD VALUE 'on_hold18' AFTER 'pending';
COMMIT;
