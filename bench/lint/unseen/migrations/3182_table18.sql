CREATE TABLE webhooks18 (
  id bigserial PRIMARY KEY,
  account_id bigint NOT NULL,
  url text NOT NULL,
  CONSTRAINT webhooks18_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID
);;
