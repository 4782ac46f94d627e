CREATE INDEX CONCURRENTLY shipments_order_id_idx ON shipments (order_id);;
