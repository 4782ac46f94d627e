ALTER TABLE orders ADD CONSTRAINT orders_qty_small CHECK (qty <= 100) NOT VALID;;
