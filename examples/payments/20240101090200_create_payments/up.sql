-- diesel style directory: up.sql and down.sql side by side.
CREATE TABLE payments (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id   bigint NOT NULL REFERENCES accounts (id),
  amount_cents bigint NOT NULL,
  currency     text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  status       text NOT NULL DEFAULT 'pending'
               CONSTRAINT payments_status_check CHECK (status IN ('pending', 'authorized', 'captured', 'failed')),
  metadata     jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX payments_account_id_idx ON payments (account_id);
