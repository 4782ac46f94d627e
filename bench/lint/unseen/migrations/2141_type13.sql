ALTER TABLE orders ALTER COLUMN id TYPE integer;;
