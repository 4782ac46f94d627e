ALTER TABLE orders ADD COLUMN shipment_id bigint REFERENCES shipments (id) ON DELETE SET NULL;;
