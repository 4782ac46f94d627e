-- Deploy shop:customers_phone to pg
-- requires: appschema

BEGIN;

ALTER TABLE customers ADD COLUMN phone TEXT;

COMMIT;
