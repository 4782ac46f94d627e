CREATE TABLE account_members (
  account_id bigint NOT NULL REFERENCES accounts ON DELETE CASCADE,
  user_id bigint NOT NULL REFERENCES users,
  role text NOT NULL DEFAULT 'member',
  PRIMARY KEY (account_id, user_id)
);;
