ALTER TABLE accounts ADD COLUMN owner_ref bigint REFERENCES customers (id);
