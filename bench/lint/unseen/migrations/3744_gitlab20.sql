ALTER TABLE posts ADD COLUMN editor_id bigint;
UPDATE posts SET editor_id = 999999 WHERE id = 1;
ALTER TABLE posts ADD CONSTRAINT fk_posts_editor_id FOREIGN KEY (editor_id) REFERENCES users (id) NOT VALID;
ALTER TABLE posts VALIDATE CONSTRAINT fk_posts_editor_id;;
