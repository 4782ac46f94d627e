ALTER TABLE shipments ADD COLUMN tracking_number VARCHAR(64);;
