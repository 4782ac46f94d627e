ALTER TABLE orders ADD COLUMN shipping_cost NUMERIC(12, 2);
ALTER TABLE orders RENAME COLUMN shipping_cost TO shipping_total;
