-- UP
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'posts_user_fk3') THEN ALTER TABLE posts ADD CONSTRAINT posts_user_fk3 FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID; END IF; END $$;
