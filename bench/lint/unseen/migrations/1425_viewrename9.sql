ALTER TABLE orders DROP COLUMN status;;
