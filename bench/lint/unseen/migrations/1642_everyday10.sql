ALTER TABLE orders ADD COLUMN fullfilled_at timestamptz;
ALTER TABLE orders RENAME COLUMN fullfilled_at TO fulfilled_at;;
