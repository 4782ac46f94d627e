ALTER TABLE orders ADD CONSTRAINT orders_qty_pos CHECK (qty > 0);
