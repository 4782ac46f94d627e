-- The production schema every case of bench/lint/unseen assumes (facts.mjs loads it with rows before each run).
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');
CREATE DOMAIN email_address AS text;
CREATE TABLE customers (
  id bigint PRIMARY KEY, email email_address, name varchar(100), region text, score int, notes text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE orders (
  id bigint PRIMARY KEY, customer_id bigint REFERENCES customers (id), status order_status NOT NULL DEFAULT 'pending',
  total numeric(12, 2), tax numeric(12, 2), currency char(3), created_at timestamp, legacy_code varchar(20), payload json, qty int
);
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
CREATE TABLE events (id bigint, kind text, at timestamptz);
CREATE TABLE ledger (id serial PRIMARY KEY, account text NOT NULL, amount bigint);
CREATE TABLE archive_2023 (day date NOT NULL, v int);
CREATE TABLE metrics (day date NOT NULL, v int) PARTITION BY RANGE (day);
CREATE TABLE metrics_2024 PARTITION OF metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE MATERIALIZED VIEW order_totals AS SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;
CREATE UNIQUE INDEX order_totals_customer_idx ON order_totals (customer_id);
CREATE SEQUENCE invoice_seq;
CREATE VIEW recent_orders AS SELECT id, status FROM orders;
ALTER TABLE orders ADD CONSTRAINT orders_total_nonneg CHECK (total >= 0) NOT VALID;
ALTER TABLE customers ADD CONSTRAINT customers_score_not_null CHECK (score IS NOT NULL) NOT VALID;
ALTER DOMAIN email_address ADD CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%') NOT VALID;
CREATE TABLE accounts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, plan varchar(20), balance numeric(12, 2) NOT NULL DEFAULT 0,
  owner_id bigint, created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE logs (at date NOT NULL, msg text) PARTITION BY RANGE (at);
CREATE TABLE logs_2024 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE logs_default PARTITION OF logs DEFAULT;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
INSERT INTO customers (id, email, name, region, score) SELECT g, 'c' || g || '@x.io', 'name ' || g, 'eu', g FROM generate_series(1, 2000) g;
INSERT INTO orders (id, customer_id, status, total, currency, created_at, legacy_code, payload, qty)
  SELECT g, 1 + g % 2000, 'paid', g, 'EUR', now(), 'L' || g, '{}', g FROM generate_series(1, 4000) g;
INSERT INTO events SELECT g, 'k', now() FROM generate_series(1, 2000) g;
INSERT INTO ledger (account, amount) SELECT 'a' || g, g FROM generate_series(1, 2000) g;
INSERT INTO archive_2023 SELECT date '2023-01-01' + g % 300, g FROM generate_series(1, 2000) g;
INSERT INTO metrics SELECT date '2024-01-01' + g % 300, g FROM generate_series(1, 2000) g;
INSERT INTO accounts (name, plan, owner_id) SELECT 'acct ' || g, 'free', 1 + g % 2000 FROM generate_series(1, 3000) g;
INSERT INTO logs SELECT date '2024-06-01' + g % 400, 'm' FROM generate_series(1, 2000) g;
-- Added for the third batch (ids 0511-): Rails-style users and posts (quoted identifiers in the cases), a
-- list-partitioned table without a DEFAULT partition, an unlogged cache, a composite type used by a column.
CREATE TABLE users (
  id bigserial PRIMARY KEY, email varchar NOT NULL, name varchar, admin boolean NOT NULL DEFAULT false, prefs jsonb,
  login_count integer, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL
);
CREATE UNIQUE INDEX index_users_on_email ON users (email);
CREATE TABLE posts (
  id bigserial PRIMARY KEY, user_id bigint NOT NULL, title varchar NOT NULL, body text, published boolean, views integer,
  created_at timestamp(6) NOT NULL
);
CREATE INDEX index_posts_on_user_id ON posts (user_id);
ALTER TABLE posts ADD CONSTRAINT fk_rails_posts_user FOREIGN KEY (user_id) REFERENCES users (id);
CREATE FUNCTION posts_touch_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER posts_touch BEFORE UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION posts_touch_fn();
CREATE STATISTICS posts_stats (ndistinct) ON user_id, published FROM posts;
CREATE TABLE sales (region text NOT NULL, amount int) PARTITION BY LIST (region);
CREATE TABLE sales_eu PARTITION OF sales FOR VALUES IN ('eu');
CREATE UNLOGGED TABLE cache_entries (key text PRIMARY KEY, value text);
CREATE TYPE postal_addr AS (street text, city text);
CREATE TABLE shipments (id bigint PRIMARY KEY, order_id bigint, addr postal_addr, state text);
INSERT INTO users (email, name, login_count, created_at, updated_at) SELECT 'u' || g || '@x.io', 'user ' || g, 1, now(), now() FROM generate_series(1, 3000) g;
INSERT INTO posts (user_id, title, body, views, created_at) SELECT 1 + g % 3000, 'post ' || g, 'text', g, now() FROM generate_series(1, 3000) g;
INSERT INTO sales SELECT 'eu', g FROM generate_series(1, 2000) g;
INSERT INTO cache_entries SELECT 'k' || g, 'v' FROM generate_series(1, 1000) g;
INSERT INTO shipments SELECT g, g, ROW('street ' || g, 'city')::postal_addr, NULL FROM generate_series(1, 1000) g;
REFRESH MATERIALIZED VIEW order_totals;
ANALYZE;
