CREATE TABLE post_tags17 (
  post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  tag text NOT NULL,
  PRIMARY KEY (post_id, tag)
);;
