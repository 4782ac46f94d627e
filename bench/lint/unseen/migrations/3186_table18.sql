CREATE TABLE posts_revisions18 (
  id bigserial PRIMARY KEY,
  post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  body text
);
ALTER TABLE posts ADD COLUMN current_revision_id bigint REFERENCES posts_revisions18 (id);;
