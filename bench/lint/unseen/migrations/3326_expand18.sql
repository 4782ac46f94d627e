ALTER TABLE orders DROP COLUMN payload;;
