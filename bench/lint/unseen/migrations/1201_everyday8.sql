CREATE TABLE device_tokens (
  user_id bigint NOT NULL REFERENCES users (id),
  platform text,
  token text NOT NULL,
  UNIQUE NULLS NOT DISTINCT (user_id, platform)
);
