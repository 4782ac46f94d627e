ALTER TABLE shipments ADD CONSTRAINT shipments_order_nn17 CHECK (order_id IS NOT NULL), ALTER COLUMN order_id SET NOT NULL;;
