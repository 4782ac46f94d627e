ALTER TABLE posts ADD COLUMN editor_id bigint REFERENCES users (id);;
