ALTER TABLE posts
  ADD COLUMN editor_id bigint,
  ADD CONSTRAINT posts_editor_fk17 FOREIGN KEY (editor_id) REFERENCES users (id) NOT VALID;;
