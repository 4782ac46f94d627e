CREATE TABLE post_drafts (
  id bigint PRIMARY KEY DEFAULT nextval('posts_id_seq'),
  user_id bigint NOT NULL REFERENCES users (id),
  title varchar NOT NULL
);;
