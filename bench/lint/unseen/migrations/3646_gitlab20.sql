ALTER TABLE posts
  ADD CONSTRAINT fk_posts_user_id_on_delete_cascade FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE NOT VALID;;
