ALTER TABLE customers ADD COLUMN tags text[] DEFAULT '{}';;
