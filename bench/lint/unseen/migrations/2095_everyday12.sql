ALTER TABLE shipments ALTER COLUMN state SET DEFAULT 'pending';;
