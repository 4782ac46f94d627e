CREATE TABLE subscriptions (
  id bigserial PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES accounts (id),
  plan text NOT NULL
);
CREATE TABLE invoices (
  id bigserial PRIMARY KEY,
  subscription_id bigint NOT NULL REFERENCES subscriptions (id) ON DELETE RESTRICT,
  number text NOT NULL UNIQUE,
  amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
  issued_at timestamptz NOT NULL DEFAULT now(),
  paid_at timestamptz
);
CREATE INDEX invoices_subscription_id_idx ON invoices (subscription_id);
CREATE INDEX invoices_unpaid_idx ON invoices (issued_at) WHERE paid_at IS NULL;;
