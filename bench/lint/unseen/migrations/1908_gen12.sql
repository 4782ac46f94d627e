CREATE TABLE user_domains (
  user_id bigint PRIMARY KEY REFERENCES users (id),
  email varchar NOT NULL,
  domain varchar GENERATED ALWAYS AS (split_part(email, '@', 2)) STORED
);;
