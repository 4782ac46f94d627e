ALTER TABLE shipments ALTER COLUMN state TYPE varchar;;
