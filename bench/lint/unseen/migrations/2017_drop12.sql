ALTER TABLE customers DROP COLUMN notes;;
