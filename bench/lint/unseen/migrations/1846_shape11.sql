ALTER TABLE shipments ALTER COLUMN addr TYPE text USING (addr).street || ', ' || (addr).city;;
