ALTER TABLE shipments ADD CONSTRAINT shipments_order_uq UNIQUE (order_id) DEFERRABLE;
