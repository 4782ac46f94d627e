ALTER TABLE orders ADD COLUMN external_ref uuid;;
