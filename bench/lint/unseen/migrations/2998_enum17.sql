BEGIN;
ALTER TYPE order_status ADD VALUE 'chargeback';
COMMIT;
