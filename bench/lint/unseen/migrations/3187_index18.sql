CREATE INDEX shipments_order_id_idx18 ON shipments (order_id);;
