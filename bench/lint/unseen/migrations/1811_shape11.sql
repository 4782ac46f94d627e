CREATE DOMAIN cents AS bigint CHECK (VALUE >= 0);
CREATE TABLE payouts (
  id bigserial PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES accounts (id),
  amount cents NOT NULL
);;
