-- Deploy shop:orders_fulfilled to pg

BEGIN;

ALTER TABLE orders ADD COLUMN fulfilled BOOLEAN NOT NULL DEFAULT FALSE;

COMMIT;
