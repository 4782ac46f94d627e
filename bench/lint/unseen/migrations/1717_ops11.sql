SET maintenance_work_mem = '256MB';
CREATE INDEX CONCURRENTLY orders_qty_idx ON orders (qty);;
