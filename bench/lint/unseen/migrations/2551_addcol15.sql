ALTER TABLE accounts ADD COLUMN parent_id bigint REFERENCES accounts (id) ON DELETE SET NULL;;
