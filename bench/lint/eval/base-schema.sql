-- The schema the evaluation migrations run against: a SaaS shop that has been in production for years.
-- Every table here is assumed LARGE and IN USE by the running application when a migration touches it.
-- facts.mjs loads this (with a few rows per table) into a scratch database before replaying the migrations.
-- It is not a migration and is not linted.

-- Roles are cluster-wide: create it only if this server does not have it yet (facts.mjs drops it again).
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'reporting') THEN CREATE ROLE reporting NOLOGIN; END IF; END $$;

CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled');
CREATE TYPE subscription_state AS ENUM ('trialing', 'active', 'cancelled');

CREATE TABLE users (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email                text,
  username             text NOT NULL,
  legacy_password_hash text,
  marketing_opt_in     boolean,
  created_at           timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE accounts (
  id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  slug     text NOT NULL,
  name     text NOT NULL,
  owner_id bigint NOT NULL REFERENCES users (id)
);

CREATE TABLE customers (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id   bigint NOT NULL REFERENCES accounts (id),
  name         text NOT NULL,
  phone        text,
  email        text
);

CREATE TABLE coupons (
  id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL UNIQUE
);

CREATE TABLE orders (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id  bigint,
  status       order_status NOT NULL DEFAULT 'pending',
  total_cents  bigint NOT NULL,
  currency     text NOT NULL DEFAULT 'USD',
  legacy_state text,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_legacy_state_idx ON orders (legacy_state);
CREATE INDEX orders_customer_id_idx ON orders (customer_id);

CREATE TABLE products (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  sku         text NOT NULL UNIQUE,
  name        text NOT NULL,
  price_cents bigint NOT NULL
);

CREATE TABLE order_items (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id         bigint NOT NULL REFERENCES orders (id),
  product_id       bigint NOT NULL,
  quantity         integer NOT NULL,
  unit_price_cents bigint NOT NULL
);

CREATE TABLE invoices (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id   bigint NOT NULL REFERENCES accounts (id),
  amount_cents bigint NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE payments (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  invoice_id   bigint,
  provider     text NOT NULL,
  provider_ref text NOT NULL,
  amount_cents bigint NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payments_invoice_id_idx ON payments (invoice_id);

CREATE TABLE shipments (
  id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id bigint NOT NULL,
  status   text NOT NULL
);
CREATE INDEX shipments_order_id_idx ON shipments (order_id);

CREATE TABLE subscriptions (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id   bigint NOT NULL REFERENCES accounts (id),
  state        subscription_state NOT NULL,
  paused_until timestamptz
);

CREATE TABLE plans (
  code        text PRIMARY KEY,
  price_cents integer NOT NULL
);

CREATE SEQUENCE events_id_seq AS integer;
CREATE TABLE events (
  id         integer PRIMARY KEY DEFAULT nextval('events_id_seq'),
  account_id bigint NOT NULL,
  kind       text NOT NULL,
  payload    jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);
ALTER SEQUENCE events_id_seq OWNED BY events.id;
CREATE INDEX events_created_at_idx ON events (created_at);

CREATE TABLE audit_log (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  actor_id   bigint,
  action     text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id    bigint NOT NULL,
  expires_at timestamptz NOT NULL
);

CREATE TABLE carts (
  id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id bigint NOT NULL
);
CREATE TABLE cart_items (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  cart_id    bigint NOT NULL REFERENCES carts (id),
  product_id bigint NOT NULL
);

CREATE TABLE notifications (
  id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id bigint NOT NULL,
  body    text NOT NULL,
  read_at timestamptz
);

CREATE TABLE password_reset_tokens_old (
  token   text PRIMARY KEY,
  user_id bigint NOT NULL
);

CREATE TABLE feature_flags (
  name    text PRIMARY KEY,
  enabled boolean NOT NULL DEFAULT false
);

CREATE TABLE login_attempts (
  id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id bigint,
  at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE inventory (
  product_id bigint PRIMARY KEY,
  on_hand    integer NOT NULL,
  reserved   integer NOT NULL DEFAULT 0
);

CREATE TABLE legacy_imports (
  import_id bigint NOT NULL,
  payload   text
);

CREATE TABLE reports (
  id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL
);

CREATE SCHEMA legacy;
CREATE TABLE legacy.orders_2019 (
  id          bigint PRIMARY KEY,
  total_cents bigint NOT NULL
);

CREATE MATERIALIZED VIEW daily_revenue AS
  SELECT date_trunc('day', created_at) AS day, sum(amount_cents) AS amount_cents
  FROM payments GROUP BY 1;

-- A few rows per table, so that statements which check existing rows really check something.
INSERT INTO users (email, username, marketing_opt_in) VALUES ('ann@example.com', 'ann', true), ('bob@example.com', 'bob', NULL);
INSERT INTO accounts (slug, name, owner_id) VALUES ('acme', 'Acme', 1), ('globex', 'Globex', 2);
INSERT INTO customers (account_id, name, phone) VALUES (1, 'Wile E.', '+1 555 0100'), (2, 'Hank', NULL);
INSERT INTO coupons (code) VALUES ('WELCOME10');
INSERT INTO orders (customer_id, status, total_cents, legacy_state) VALUES (1, 'paid', 1250, 'P'), (2, 'shipped', 990, NULL);
INSERT INTO products (sku, name, price_cents) VALUES ('SKU-1', 'Anvil', 1000), ('SKU-2', 'Rocket skates', 2500);
INSERT INTO order_items (order_id, product_id, quantity, unit_price_cents) VALUES (1, 1, 1, 1000), (2, 2, 1, 990);
INSERT INTO invoices (account_id, amount_cents) VALUES (1, 1250), (2, 990);
INSERT INTO payments (invoice_id, provider, provider_ref, amount_cents) VALUES (1, 'stripe', 'ch_1', 1250), (2, 'adyen', 'psp_2', 990);
INSERT INTO shipments (order_id, status) VALUES (2, 'delivered');
INSERT INTO subscriptions (account_id, state, paused_until) VALUES (1, 'active', NULL), (2, 'active', now() + interval '10 days');
INSERT INTO plans (code, price_cents) VALUES ('free', 0), ('pro', 1500);
INSERT INTO events (account_id, kind) SELECT 1, 'login' FROM generate_series(1, 20);
INSERT INTO audit_log (actor_id, action) VALUES (1, 'login'), (2, 'logout');
INSERT INTO sessions (user_id, expires_at) VALUES (1, now() + interval '1 day');
INSERT INTO carts (user_id) VALUES (1);
INSERT INTO cart_items (cart_id, product_id) VALUES (1, 1);
INSERT INTO notifications (user_id, body) VALUES (1, 'Welcome!');
INSERT INTO password_reset_tokens_old (token, user_id) VALUES ('abc', 1);
INSERT INTO feature_flags (name, enabled) VALUES ('new_checkout_beta', true), ('dark_mode', true);
INSERT INTO login_attempts (user_id) VALUES (1), (2);
INSERT INTO inventory (product_id, on_hand, reserved) VALUES (1, 10, 2), (2, 5, -1);
INSERT INTO legacy_imports (import_id, payload) VALUES (1, 'a'), (2, 'b');
INSERT INTO legacy.orders_2019 (id, total_cents) VALUES (1, 500);
INSERT INTO reports (name) VALUES ('Monthly sales');
REFRESH MATERIALIZED VIEW daily_revenue;
ANALYZE;
