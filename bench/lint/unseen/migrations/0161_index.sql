CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_qty_idx ON orders (qty);
