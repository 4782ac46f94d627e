ALTER TABLE shipments ALTER COLUMN id TYPE integer;;
