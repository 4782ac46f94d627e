ALTER TABLE shipments RENAME TO deliveries;;
