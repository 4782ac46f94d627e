ALTER TABLE orders ADD COLUMN notes_internal text;;
