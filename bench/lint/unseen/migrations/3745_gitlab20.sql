ALTER TABLE posts ADD CONSTRAINT fk_posts_user_id_on_delete_cascade FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE NOT VALID;
ALTER TABLE posts VALIDATE CONSTRAINT fk_posts_user_id_on_delete_cascade;
SET lock_timeout = '100ms';
LOCK TABLE posts, users IN ACCESS EXCLUSIVE MODE NOWAIT;
ALTER TABLE posts DROP CONSTRAINT fk_rails_posts_user;;
