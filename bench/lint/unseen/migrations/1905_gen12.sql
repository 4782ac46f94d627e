ALTER TABLE orders ADD COLUMN gross numeric(12, 2) GENERATED ALWAYS AS (total + coalesce(tax, 0)) STORED;;
