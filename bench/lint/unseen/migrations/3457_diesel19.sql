CREATE TABLE comments (id SERIAL PRIMARY KEY, post_id BIGINT NOT NULL, body TEXT NOT NULL);
-- Your SQL goes here
ALTER TABLE comments ADD COLUMN edited BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX comments_post_id_idx ON comments (post_id);;
