CREATE TABLE webhooks (
  id bigserial PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES accounts (id),
  url text NOT NULL
);
CREATE INDEX webhooks_account_id_idx ON webhooks (account_id);;
