ALTER TABLE posts ADD COLUMN editor_id bigint DEFAULT 1 REFERENCES users (id);;
