ALTER TABLE shipments ADD COLUMN tracking_no text UNIQUE;;
