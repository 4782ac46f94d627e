ALTER TABLE shipments ADD COLUMN order_ref bigint;
UPDATE shipments SET order_ref = order_id WHERE id <= 100;;
