ALTER TABLE orders ADD COLUMN delivery_window tstzrange;;
