-- golang-migrate style pair: this file is the up half, the .down.sql file undoes it.
CREATE TABLE accounts (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id   bigint NOT NULL REFERENCES customers (id),
  currency      text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  balance_cents bigint NOT NULL DEFAULT 0,
  created_at    timestamptz NOT NULL DEFAULT now()
);

-- Foreign key columns are indexed so that deleting a customer does not scan accounts.
CREATE INDEX accounts_customer_id_idx ON accounts (customer_id);
