ALTER TABLE orders ADD COLUMN qty integer;;
