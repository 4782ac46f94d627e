CREATE UNIQUE INDEX CONCURRENTLY shipments_order_id_uq ON shipments (order_id);;
