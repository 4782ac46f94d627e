ALTER TABLE shipments ADD CONSTRAINT shipments_order_id_key UNIQUE (order_id);;
