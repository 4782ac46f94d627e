ALTER TABLE customers ADD COLUMN nickname text DEFAULT NULL;;
