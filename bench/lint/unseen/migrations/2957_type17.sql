ALTER TABLE shipments ALTER COLUMN order_id TYPE bigint;;
