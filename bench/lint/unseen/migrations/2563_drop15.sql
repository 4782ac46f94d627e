ALTER TABLE shipments DROP COLUMN addr, DROP COLUMN state;;
