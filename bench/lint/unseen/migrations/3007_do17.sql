DO $$
BEGIN
  ALTER TABLE posts ADD CONSTRAINT posts_user_fk17 FOREIGN KEY (user_id) REFERENCES users (id);
EXCEPTION
  WHEN duplicate_object THEN NULL;
END
$$;;
