ALTER TABLE shipments ALTER COLUMN state SET DATA TYPE character varying;;
