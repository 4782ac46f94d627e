ALTER TABLE users ADD COLUMN org_id bigint REFERENCES customers (id) ON DELETE SET NULL;
