ALTER TABLE users ADD COLUMN id_convert bigint DEFAULT 0 NOT NULL;
UPDATE users SET id_convert = id;
CREATE UNIQUE INDEX index_users_on_id_convert ON users (id_convert);
BEGIN;
LOCK TABLE users, posts IN ACCESS EXCLUSIVE MODE;
ALTER TABLE users DROP CONSTRAINT users_pkey CASCADE;
ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX index_users_on_id_convert;
ALTER TABLE posts ADD CONSTRAINT fk_rails_posts_user FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
COMMIT;
