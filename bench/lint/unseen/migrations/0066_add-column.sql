ALTER TABLE orders ADD COLUMN qty_doubled integer GENERATED ALWAYS AS (qty * 2) STORED;
