BEGIN;
ALTER TABLE customers RENAME COLUMN region TO region_code;
ALTER TABLE customers ADD COLUMN region text GENERATED ALWAYS AS (region_code) STORED;
COMMIT;
