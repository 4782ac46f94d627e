ALTER TABLE customers ADD COLUMN handle text UNIQUE;
