ALTER TABLE orders ADD COLUMN discount_pct numeric(5, 2);
ALTER TABLE orders ADD CONSTRAINT orders_discount_pct_range18 CHECK (discount_pct BETWEEN 0 AND 100);;
