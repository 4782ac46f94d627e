// The unseen-style labelled set: each case is one migration file holding the statement scored (after optional
// setup statements of the same migration). `facts` is what PostgreSQL 15 does to the tables of base-schema.sql,
// written down before running anything and checked by facts.mjs on the server:
//   lock: the strongest lock held on a pre-existing relation after the statement (AS RS RE SUE S SRE E AE, '' none)
//   rewrite: a pre-existing relation got a new relfilenode; scan: it was sequentially scanned; fails: an error.
// `hazard` names what the facts cannot show (lost data, renamed objects running code still uses, a write of every
// matching row in one transaction, an enum value sorted last, a primary key removed, SQL that cannot be read).
// The label follows from both, by one rule (labelOf): see README.md.
//   noTx: runs outside a transaction block (CONCURRENTLY, VACUUM); its locks cannot be seen, only rewrite/failure.
//   label: a label the rule below gets wrong, with `why`.
//   cleanup: SQL that undoes a noTx case. pg: labels that differ on another target version (from the release notes,
//   not checked on a server: only PostgreSQL 15 is installed here).

const STRONG = new Set(['S', 'SRE', 'E', 'AE']);

/** dangerous = it fails, or holds SHARE or stronger on a table while rewriting or scanning it, or has a hazard. */
export function labelOf(c, version = 15) {
  const override = c.pg?.[version] ?? c.label;
  if (override !== undefined) return override;
  const f = c.facts;
  return Boolean(f.fails || (STRONG.has(f.lock) && (f.rewrite || f.scan)) || c.hazard);
}

/** 'AE scan rewrite' → { lock: 'AE', scan: true, rewrite: true }. */
function facts(text) {
  const words = text.split(/\s+/).filter(Boolean);
  const lock = words.find((w) => /^(AS|RS|RE|SUE|S|SRE|E|AE)$/.test(w)) ?? '';
  return { lock, scan: words.includes('scan'), rewrite: words.includes('rewrite'), fails: words.includes('fails') };
}

const cases = [];
const c = (group, sql, f, opts = {}) => cases.push({ group, sql, facts: facts(f), ...opts });

// --- ADD COLUMN, by type: no default, constant default, NOT NULL with default, NOT NULL without default.
const types = [
  ['integer', '0'], ['bigint', '0'], ['text', "''"], ['varchar(50)', "'x'"], ['numeric(10, 2)', '0'], ['boolean', 'false'],
  ['timestamptz', "'2024-01-01'"], ['jsonb', "'{}'"], ['uuid', "'00000000-0000-0000-0000-000000000000'"], ['date', "'2024-01-01'"],
  ['integer[]', "'{}'"], ['order_status', "'pending'"], ['smallint', '1'], ['double precision', '0'], ['inet', "'127.0.0.1'"],
];
types.forEach(([type, value], i) => {
  const col = `c${i}`;
  c('add-column', `ALTER TABLE orders ADD COLUMN ${col}_plain ${type}`, 'AE');
  c('add-column', `ALTER TABLE orders ADD COLUMN ${col}_default ${type} DEFAULT ${value}`, 'AE', { pg: { 10: true } });
  c('add-column', `ALTER TABLE customers ADD COLUMN ${col}_required ${type} NOT NULL DEFAULT ${value}`, 'AE', { pg: { 10: true } });
  c('add-column', `ALTER TABLE events ADD COLUMN ${col}_nn ${type} NOT NULL`, 'AE fails');
});
c('add-column', 'ALTER TABLE orders ADD COLUMN seen_at timestamptz DEFAULT clock_timestamp()', 'AE rewrite scan');
c('add-column', 'ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid()', 'AE rewrite scan');
c('add-column', 'ALTER TABLE orders ADD COLUMN bucket integer DEFAULT (random() * 10)::integer', 'AE rewrite scan');
c('add-column', 'ALTER TABLE customers ADD COLUMN salt text NOT NULL DEFAULT md5(random()::text)', 'AE rewrite scan');
c('add-column', 'ALTER TABLE orders ADD COLUMN imported_at timestamptz DEFAULT now()', 'AE', { pg: { 10: true } });
c('add-column', 'ALTER TABLE orders ADD COLUMN qty_doubled integer GENERATED ALWAYS AS (qty * 2) STORED', 'AE rewrite scan');
c('add-column', 'ALTER TABLE events ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY', 'AE rewrite scan');
c('add-column', 'ALTER TABLE events ADD COLUMN seq2 bigserial', 'AE rewrite scan');
c('add-column', 'ALTER TABLE orders ADD COLUMN referrer_id bigint REFERENCES customers (id)', 'AE');
c('add-column', 'ALTER TABLE orders ADD COLUMN discount numeric CHECK (discount >= 0)', 'AE scan');
c('add-column', 'ALTER TABLE customers ADD COLUMN handle text UNIQUE', 'AE scan');
c('add-column', 'ALTER TABLE orders ADD COLUMN IF NOT EXISTS qty integer', 'AE');
c('add-column', "ALTER TABLE orders ADD COLUMN note text COLLATE \"C\"", 'AE');
c('add-column', 'ALTER TABLE orders ADD COLUMN a1 text, ADD COLUMN a2 text', 'AE');

// --- ALTER COLUMN TYPE.
c('column-type', 'ALTER TABLE orders ALTER COLUMN qty TYPE bigint', 'AE rewrite scan');
c('column-type', 'ALTER TABLE orders ALTER COLUMN legacy_code TYPE varchar(40)', 'AE');
c('column-type', 'ALTER TABLE orders ALTER COLUMN legacy_code TYPE text', 'AE');
c('column-type', 'ALTER TABLE orders ALTER COLUMN legacy_code TYPE varchar(10)', 'AE rewrite scan');
c('column-type', 'ALTER TABLE orders ALTER COLUMN tax TYPE numeric(14, 2)', 'AE');
c('column-type', 'ALTER TABLE orders ALTER COLUMN tax TYPE numeric(12, 4)', 'AE rewrite scan');
c('column-type', 'ALTER TABLE orders ALTER COLUMN tax TYPE numeric', 'AE');
c('column-type', 'ALTER TABLE orders ALTER COLUMN total TYPE numeric', 'fails');
c('column-type', 'ALTER TABLE orders ALTER COLUMN created_at TYPE timestamptz', 'AE', { pg: { 10: true } });
c('column-type', 'ALTER TABLE orders ALTER COLUMN currency TYPE text', 'AE rewrite scan');
c('column-type', 'ALTER TABLE orders ALTER COLUMN payload TYPE jsonb', 'AE rewrite scan');
c('column-type', 'ALTER TABLE customers ALTER COLUMN name TYPE text', 'AE');
c('column-type', 'ALTER TABLE customers ALTER COLUMN score TYPE text USING score::text', 'AE rewrite scan');
c('column-type', 'ALTER TABLE orders ALTER COLUMN status TYPE text', 'fails');
c('column-type', 'ALTER TABLE customers ALTER COLUMN region TYPE varchar(200)', 'AE rewrite scan');
c('column-type', 'ALTER TABLE ledger ALTER COLUMN id TYPE bigint', 'AE rewrite scan');
c('column-type', 'ALTER TABLE ledger ALTER COLUMN amount TYPE numeric', 'AE rewrite scan');
c('column-type', 'ALTER TABLE customers ALTER COLUMN name TYPE varchar(200)', 'AE');
c('column-type', 'ALTER TABLE events ALTER COLUMN kind TYPE varchar(20)', 'AE rewrite scan');

// --- NOT NULL, defaults and other column settings.
c('not-null', 'ALTER TABLE orders ALTER COLUMN total SET NOT NULL', 'AE scan');
c('not-null', 'ALTER TABLE customers ALTER COLUMN score SET NOT NULL', 'AE scan');
c('not-null', 'ALTER TABLE customers ALTER COLUMN score SET NOT NULL', 'AE', { setup: ['ALTER TABLE customers VALIDATE CONSTRAINT customers_score_not_null'], pg: { 10: true } });
c('not-null', 'ALTER TABLE customers VALIDATE CONSTRAINT customers_score_not_null, ALTER COLUMN score SET NOT NULL', 'AE scan');
c('not-null', 'ALTER TABLE orders ADD CONSTRAINT orders_qty_nn CHECK (qty IS NOT NULL) NOT VALID, ALTER COLUMN qty SET NOT NULL', 'AE scan');
c('not-null', 'ALTER TABLE orders ADD CONSTRAINT orders_qty_nn CHECK (qty IS NOT NULL), ALTER COLUMN qty SET NOT NULL', 'AE scan');
c('not-null', 'ALTER TABLE orders ALTER COLUMN status DROP NOT NULL', 'AE');
c('not-null', 'ALTER TABLE ledger ALTER COLUMN account DROP NOT NULL', 'AE');
c('not-null', "ALTER TABLE orders ALTER COLUMN currency SET DEFAULT 'EUR'", 'AE');
c('not-null', 'ALTER TABLE orders ALTER COLUMN status DROP DEFAULT', 'AE');
c('not-null', 'ALTER TABLE orders ALTER COLUMN qty SET STATISTICS 500', 'SUE');
c('not-null', 'ALTER TABLE customers ALTER COLUMN notes SET STORAGE EXTERNAL', 'AE');
c('not-null', 'ALTER TABLE orders ALTER COLUMN qty SET (n_distinct = 100)', 'SUE');
c('not-null', 'ALTER TABLE events ALTER COLUMN id SET NOT NULL', 'AE scan');
c('not-null', 'ALTER TABLE customers ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY', 'AE');

// --- Constraints.
c('constraint', 'ALTER TABLE orders ADD CONSTRAINT orders_qty_pos CHECK (qty > 0)', 'AE scan');
c('constraint', 'ALTER TABLE orders ADD CONSTRAINT orders_qty_pos CHECK (qty > 0) NOT VALID', 'AE');
c('constraint', 'ALTER TABLE orders VALIDATE CONSTRAINT orders_total_nonneg', 'SUE scan');
c('constraint', 'ALTER TABLE events ADD CONSTRAINT events_kind_ok CHECK (kind <> \'\')', 'AE scan');
c('constraint', 'ALTER TABLE events ADD CONSTRAINT events_kind_ok CHECK (kind <> \'\') NOT VALID', 'AE');
c('constraint', 'ALTER TABLE orders ADD CONSTRAINT orders_customer_fk2 FOREIGN KEY (customer_id) REFERENCES customers (id)', 'SRE scan');
c('constraint', 'ALTER TABLE orders ADD CONSTRAINT orders_customer_fk2 FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID', 'SRE');
c('constraint', 'ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk2', 'SUE scan', { setup: ['ALTER TABLE orders ADD CONSTRAINT orders_customer_fk2 FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID'] });
c('constraint', 'ALTER TABLE events ADD CONSTRAINT events_ledger_fk FOREIGN KEY (id) REFERENCES ledger (id) NOT VALID', 'SRE', { pg: { 10: false } });
c('constraint', 'ALTER TABLE customers ADD CONSTRAINT customers_email_key UNIQUE (email)', 'AE scan');
c('constraint', 'ALTER TABLE events ADD PRIMARY KEY (id)', 'AE scan');
c('constraint', 'ALTER TABLE customers ADD CONSTRAINT customers_email_key UNIQUE USING INDEX customers_email_idx', 'AE', {
  setup: ['CREATE UNIQUE INDEX CONCURRENTLY customers_email_idx ON customers (email)'], setupNoTx: true, cleanup: 'ALTER TABLE customers DROP CONSTRAINT IF EXISTS customers_email_key; DROP INDEX IF EXISTS customers_email_idx',
});
c('constraint', 'ALTER TABLE orders DROP CONSTRAINT orders_total_nonneg', 'AE');
c('constraint', 'ALTER TABLE orders DROP CONSTRAINT orders_pkey', 'AE', { hazard: 'primary key removed' });
c('constraint', 'ALTER TABLE ledger DROP CONSTRAINT ledger_pkey', 'AE', { hazard: 'primary key removed' });
c('constraint', 'ALTER TABLE customers DROP CONSTRAINT customers_pkey', 'AE fails');
c('constraint', 'ALTER TABLE customers DROP CONSTRAINT customers_pkey CASCADE', 'AE', { hazard: 'primary key removed, foreign keys dropped' });
c('constraint', 'ALTER TABLE orders RENAME CONSTRAINT orders_total_nonneg TO orders_total_positive', 'AE');
c('constraint', 'ALTER TABLE archive_2023 ADD CONSTRAINT archive_no_overlap EXCLUDE USING btree (day WITH =)', 'AE scan fails');
c('constraint', 'ALTER TABLE ledger ADD CONSTRAINT ledger_amount_nonneg CHECK (amount >= 0) NOT VALID', 'AE');
c('constraint', 'ALTER TABLE ledger VALIDATE CONSTRAINT ledger_amount_nonneg', 'SUE scan', { setup: ['ALTER TABLE ledger ADD CONSTRAINT ledger_amount_nonneg CHECK (amount >= 0) NOT VALID'] });

// --- Indexes.
const indexes = [
  ['orders', 'orders_created_idx', '(created_at)'], ['orders', 'orders_status_idx', '(status)'], ['customers', 'customers_lower_email_idx', '(lower(email))'],
  ['orders', 'orders_paid_idx', "(created_at) WHERE status = 'paid'"], ['orders', 'orders_cust_status_idx', '(customer_id, status)'],
  ['events', 'events_kind_idx', 'USING hash (kind)'], ['customers', 'customers_region_idx', '(region) INCLUDE (name)'], ['ledger', 'ledger_account_idx', '(account DESC NULLS LAST)'],
];
for (const [table, name, cols] of indexes) {
  c('index', `CREATE INDEX ${name} ON ${table} ${cols}`, 'S scan');
  c('index', `CREATE INDEX CONCURRENTLY ${name} ON ${table} ${cols}`, '', { noTx: true, cleanup: `DROP INDEX IF EXISTS ${name}`, pg: { 14.2: true } });
}
c('index', 'CREATE UNIQUE INDEX customers_email_uq ON customers (email)', 'S scan');
c('index', 'CREATE UNIQUE INDEX CONCURRENTLY customers_email_uq ON customers (email)', '', { noTx: true, cleanup: 'DROP INDEX IF EXISTS customers_email_uq', pg: { 14.2: true } });
c('index', 'CREATE INDEX metrics_v_idx ON metrics (v)', 'S scan');
c('index', 'CREATE INDEX CONCURRENTLY metrics_v_idx ON metrics (v)', 'fails', { noTx: true });
c('index', 'CREATE INDEX IF NOT EXISTS orders_customer_id_idx ON orders (customer_id)', 'S');
c('index', 'DROP INDEX orders_customer_id_idx', 'AE');
c('index', 'DROP INDEX CONCURRENTLY orders_customer_id_idx', '', { noTx: true, cleanup: 'CREATE INDEX IF NOT EXISTS orders_customer_id_idx ON orders (customer_id)' });
c('index', 'DROP INDEX IF EXISTS no_such_idx', '');
c('index', 'REINDEX INDEX orders_customer_id_idx', 'S scan');
c('index', 'REINDEX TABLE customers', 'S scan');
c('index', 'REINDEX INDEX CONCURRENTLY orders_customer_id_idx', '', { noTx: true, pg: { 10: true } });
c('index', 'ALTER INDEX orders_customer_id_idx RENAME TO orders_customer_idx', '');
c('index', 'ALTER INDEX orders_customer_id_idx SET (fillfactor = 80)', '');
c('index', 'CREATE INDEX orders_tmp_idx ON orders_tmp (id)', '', { setup: ['CREATE TABLE orders_tmp (id bigint PRIMARY KEY)'] });
c('index', 'CREATE INDEX staging_idx ON staging (v)', '', { setup: ['CREATE TABLE staging AS SELECT id AS v FROM orders'] });
c('index', 'CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_qty_idx ON orders (qty)', '', { noTx: true, cleanup: 'DROP INDEX IF EXISTS orders_qty_idx', pg: { 14.2: true } });

// --- Tables.
c('table', 'CREATE TABLE invoices (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id), total numeric NOT NULL)', 'SRE');
c('table', 'CREATE TABLE tags (id bigint PRIMARY KEY, name text NOT NULL UNIQUE)', '');
c('table', 'CREATE TABLE IF NOT EXISTS tags (id bigint PRIMARY KEY)', '');
c('table', 'CREATE TABLE audit (id bigint PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), data jsonb) PARTITION BY RANGE (id)', '');
c('table', 'CREATE TABLE audit (id bigint, at timestamptz NOT NULL DEFAULT now(), data jsonb, PRIMARY KEY (id, at)) PARTITION BY RANGE (at)', '');
c('table', 'CREATE TABLE customer_copy (LIKE customers INCLUDING ALL)', 'AS');
c('table', 'CREATE TABLE order_snapshot AS SELECT id, total FROM orders', 'AS scan');
c('table', 'CREATE UNLOGGED TABLE import_buffer (line text)', '');
c('table', 'CREATE TABLE metrics_2025 PARTITION OF metrics FOR VALUES FROM (\'2025-01-01\') TO (\'2026-01-01\')', 'AE');
c('table', 'ALTER TABLE metrics ATTACH PARTITION archive_2023 FOR VALUES FROM (\'2023-01-01\') TO (\'2024-01-01\')', 'AE scan');
c('table', 'ALTER TABLE metrics DETACH PARTITION metrics_2024', 'AE');
c('table', 'ALTER TABLE metrics DETACH PARTITION metrics_2024 CONCURRENTLY', '', { noTx: true, cleanup: "ALTER TABLE metrics ATTACH PARTITION metrics_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')", pg: { 10: true } });
c('table', 'DROP TABLE events', 'AE', { hazard: 'data lost' });
c('table', 'DROP TABLE IF EXISTS events CASCADE', 'AE', { hazard: 'data lost' });
c('table', 'DROP TABLE scratch', '', { setup: ['CREATE TABLE scratch (id int)'] });
c('table', 'TRUNCATE events', 'AE rewrite', { hazard: 'data lost' });
c('table', 'TRUNCATE customers CASCADE', 'AE rewrite scan', { hazard: 'data lost' });
c('table', 'ALTER TABLE events RENAME TO event_log', 'AE', { hazard: 'running code uses the old name' });
c('table', 'ALTER TABLE orders RENAME COLUMN legacy_code TO code', 'AE', { hazard: 'running code uses the old name' });
c('table', 'ALTER TABLE customers RENAME COLUMN notes TO remarks', 'AE', { hazard: 'running code uses the old name' });
c('table', 'ALTER TABLE orders DROP COLUMN legacy_code', 'AE', { hazard: 'data lost' });
c('table', 'ALTER TABLE orders DROP COLUMN IF EXISTS payload', 'AE', { hazard: 'data lost' });
c('table', 'ALTER TABLE events SET UNLOGGED', 'AE rewrite scan');
c('table', 'ALTER TABLE ledger SET (fillfactor = 70)', 'SUE');
c('table', 'ALTER TABLE ledger SET (autovacuum_vacuum_scale_factor = 0.01)', 'SUE');
c('table', 'ALTER TABLE orders ENABLE ROW LEVEL SECURITY', 'AE');
c('table', 'ALTER TABLE orders REPLICA IDENTITY FULL', 'AE');
c('table', 'ALTER TABLE events OWNER TO postgres', 'AE');
c('table', 'ALTER TABLE events SET SCHEMA public', 'AE');
c('table', 'CLUSTER customers USING customers_pkey', 'AE rewrite scan');
c('table', 'VACUUM FULL events', 'AE rewrite', { noTx: true });
c('table', 'VACUUM (ANALYZE) orders', '', { noTx: true });
c('table', 'ANALYZE orders', 'SUE');
c('table', 'LOCK TABLE orders IN ACCESS EXCLUSIVE MODE', 'fails', { inBlock: false });
c('table', 'ALTER TABLE orders DISABLE TRIGGER ALL', 'SRE', { hazard: 'foreign keys are no longer checked on orders' });
c('table', 'CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch()', 'SRE');
c('table', 'ALTER TABLE orders ALTER COLUMN created_at SET DEFAULT now()', 'AE');
c('table', 'CREATE STATISTICS orders_stats (dependencies) ON customer_id, status FROM orders', 'SUE');
c('table', 'ALTER TABLE orders INHERIT events', 'AE fails');
c('table', 'ALTER TABLE customers SET WITHOUT OIDS', 'AE');

// --- Enums, types and domains.
c('type', "ALTER TYPE order_status ADD VALUE 'refunded'", '', { hazard: 'the new value sorts after every other' });
c('type', "ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'cancelled'", '', { hazard: 'the new value sorts after every other' });
c('type', "ALTER TYPE order_status ADD VALUE 'refunded' AFTER 'paid'", '');
c('type', "ALTER TYPE order_status ADD VALUE 'draft' BEFORE 'pending'", '');
c('type', "ALTER TYPE order_status RENAME VALUE 'shipped' TO 'sent'", '', { hazard: 'running code uses the old label' });
c('type', "CREATE TYPE ticket_state AS ENUM ('open', 'closed')", '');
c('type', "ALTER TYPE ticket_state ADD VALUE 'pending'", '', { setup: ["CREATE TYPE ticket_state AS ENUM ('open', 'closed')"], pg: { 10: true } });
c('type', 'CREATE TYPE money_amount AS (currency char(3), cents bigint)', '');
c('type', 'CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0)', '');
c('type', "ALTER DOMAIN email_address ADD CONSTRAINT email_short CHECK (length(VALUE) < 300)", 'S scan');
c('type', "ALTER DOMAIN email_address ADD CONSTRAINT email_short CHECK (length(VALUE) < 300) NOT VALID", '');
c('type', 'ALTER DOMAIN email_address VALIDATE CONSTRAINT email_has_at', 'S scan');
c('type', 'ALTER DOMAIN email_address SET NOT NULL', 'S scan');
c('type', "ALTER DOMAIN email_address SET DEFAULT 'none@x.io'", '');
c('type', 'ALTER DOMAIN email_address DROP CONSTRAINT email_has_at', '');
c('type', 'DROP TYPE ticket_state', '', { setup: ["CREATE TYPE ticket_state AS ENUM ('open')"] });

// --- Data changes.
c('data', "UPDATE orders SET currency = 'USD'", 'RE scan', { hazard: 'every row written in one transaction' });
c('data', "UPDATE orders SET currency = 'USD' WHERE currency = 'EUR'", 'RE scan', { hazard: 'every matching row written in one transaction' });
c('data', 'UPDATE customers SET region = lower(region) WHERE region IS NOT NULL', 'RE scan', { hazard: 'every matching row written in one transaction' });
c('data', 'UPDATE orders o SET total = o.qty * 2 FROM customers c WHERE c.id = o.customer_id', 'RE scan', { hazard: 'every matching row written in one transaction' });
c('data', "UPDATE orders SET status = 'shipped' WHERE created_at < now()", 'RE scan', { hazard: 'every matching row written in one transaction' });
c('data', "UPDATE orders SET currency = 'USD' WHERE id = 17", 'RE');
c('data', "UPDATE orders SET currency = 'USD' WHERE id BETWEEN 1 AND 500", 'RE');
c('data', "UPDATE orders SET currency = 'USD' WHERE id IN (SELECT id FROM orders WHERE currency = 'EUR' ORDER BY id LIMIT 500)", 'RE scan');
c('data', "UPDATE orders SET currency = 'USD' WHERE id >= 1000 AND id < 1500", 'RE');
c('data', "UPDATE customers SET name = 'x' WHERE id IN (1, 2, 3)", 'RE');
c('data', 'DELETE FROM events', 'RE scan', { hazard: 'data lost' });
c('data', 'DELETE FROM events WHERE id = 3', 'RE scan');
c('data', "INSERT INTO ledger (account, amount) VALUES ('fee', 1)", 'RE');
c('data', "INSERT INTO customers (id, email, name, score) VALUES (9999, 'a@b.c', 'seed', 0) ON CONFLICT (id) DO NOTHING", 'RE');
c('data', 'INSERT INTO ledger (account, amount) SELECT \'order-\' || id, qty FROM orders WHERE id < 10', 'RE');
c('data', 'SELECT count(*) FROM orders', 'AS scan');
c('data', "SELECT setval('invoice_seq', 1000)", '');
c('data', 'COPY (SELECT 1) TO STDOUT', '');

// --- Sequences, views, functions, privileges, settings.
c('other', 'CREATE SEQUENCE order_number_seq START 1000', '');
c('other', 'ALTER SEQUENCE invoice_seq RESTART WITH 5000', '');
c('other', 'ALTER SEQUENCE invoice_seq AS bigint', '');
c('other', 'DROP SEQUENCE invoice_seq', '', { hazard: 'running code uses it' });
c('other', 'CREATE OR REPLACE VIEW recent_orders AS SELECT id, status FROM orders WHERE id > 0', 'AS');
c('other', 'CREATE VIEW big_orders AS SELECT * FROM orders WHERE total > 1000', 'AS');
c('other', 'DROP VIEW recent_orders', '', { hazard: 'running code uses it' });
c('other', 'CREATE MATERIALIZED VIEW region_counts AS SELECT region, count(*) FROM customers GROUP BY region', 'AS scan');
c('other', 'REFRESH MATERIALIZED VIEW order_totals', 'AE rewrite scan');
c('other', 'REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals', 'E scan', { label: false, why: 'EXCLUSIVE on a materialized view blocks no reads, and nothing else writes it' });
c('other', 'CREATE OR REPLACE FUNCTION order_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM orders $$', 'AS');
c('other', 'CREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.created_at := now(); RETURN NEW; END $$', '');
c('other', 'CREATE FUNCTION purge_events() RETURNS void LANGUAGE plpgsql AS $$ BEGIN DELETE FROM events; END $$', '');
c('other', 'DROP FUNCTION touch()', '');
c('other', 'COMMENT ON TABLE orders IS \'customer orders\'', 'SUE');
c('other', 'COMMENT ON COLUMN orders.qty IS \'units\'', 'SUE');
c('other', 'GRANT SELECT ON orders TO PUBLIC', '');
c('other', 'REVOKE INSERT ON ledger FROM PUBLIC', '');
c('other', 'CREATE SCHEMA reporting', '');
c('other', 'CREATE EXTENSION IF NOT EXISTS plpgsql', '');
c('other', "SET lock_timeout = '2s'", '');
c('other', "SET statement_timeout = '5min'", '');
c('other', 'CREATE ROLE h11b_reader NOLOGIN', '', { cleanupAlways: 'DROP ROLE IF EXISTS h11b_reader' });
c('other', 'ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO PUBLIC', '');

// --- Explicit transaction blocks in one file (autocommit semantics: the file's own BEGIN ... COMMIT).
c('block', "BEGIN;\nALTER TABLE orders ADD COLUMN channel text;\nUPDATE orders SET channel = 'web' WHERE channel IS NULL;\nCOMMIT", 'AE scan');
c('block', 'BEGIN;\nCREATE INDEX CONCURRENTLY orders_qty_idx ON orders (qty);\nCOMMIT', 'fails', { inBlock: false });
c('block', "BEGIN;\nALTER TYPE order_status ADD VALUE 'held' AFTER 'paid';\nUPDATE orders SET status = 'held' WHERE id = 1;\nCOMMIT", 'fails', { inBlock: false });
c('block', "BEGIN;\nSET LOCAL lock_timeout = '1s';\nALTER TABLE orders ADD COLUMN gift boolean;\nCOMMIT", 'AE', { inBlock: false });
c('block', 'BEGIN;\nALTER TABLE orders ADD CONSTRAINT orders_qty_pos CHECK (qty > 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_qty_pos;\nCOMMIT', 'AE scan', { inBlock: false });
c('block', 'BEGIN;\nLOCK TABLE orders IN SHARE MODE;\nUPDATE orders SET qty = qty WHERE qty < 0;\nCOMMIT', 'S scan', { inBlock: false });
c('block', 'BEGIN;\nALTER TABLE customers ADD COLUMN tier text;\nALTER TABLE orders ADD COLUMN tier text;\nCOMMIT', 'AE', { inBlock: false });

// --- DO blocks and function bodies.
c('plpgsql', 'DO $$ BEGIN ALTER TABLE orders ADD COLUMN flagged boolean; END $$', 'AE');
c('plpgsql', 'DO $$ BEGIN CREATE INDEX orders_created_idx ON orders (created_at); END $$', 'S scan');
c('plpgsql', "DO $$ BEGIN EXECUTE 'CREATE INDEX orders_created_idx ON orders (created_at)'; END $$", 'S scan');
c('plpgsql', "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'orders_qty_idx') THEN CREATE INDEX orders_qty_idx ON orders (qty); END IF; END $$", 'S scan');
c('plpgsql', 'DO $$ BEGIN ALTER TABLE orders ALTER COLUMN total SET NOT NULL; END $$', 'AE scan');
c('plpgsql', "DO $$ BEGIN ALTER TABLE orders ADD COLUMN origin text; UPDATE orders SET origin = 'legacy'; END $$", 'AE scan', { hazard: 'every row written in one transaction' });
c('plpgsql', 'DO $$ BEGIN ALTER TABLE orders ALTER COLUMN qty TYPE bigint; END $$', 'AE rewrite scan');
c('plpgsql', "DO $$ BEGIN ALTER TABLE orders ADD CONSTRAINT orders_qty_pos CHECK (qty > 0) NOT VALID; END $$", 'AE');
c('plpgsql', "DO $$ BEGIN ALTER TYPE order_status ADD VALUE 'void'; EXCEPTION WHEN duplicate_object THEN NULL; END $$", '', { hazard: 'the new value sorts after every other' });
c('plpgsql', "DO $$ BEGIN RAISE NOTICE 'nothing to do'; END $$", '');
c('plpgsql', "DO $$ DECLARE t text; BEGIN FOR t IN SELECT unnest(ARRAY['orders', 'customers']) LOOP EXECUTE format('ALTER TABLE %I ADD COLUMN tenant_id bigint NOT NULL DEFAULT 0', t); END LOOP; END $$", 'AE', { hazard: 'dynamic SQL nobody can check before it runs' });
c('plpgsql', "DO $$ BEGIN EXECUTE 'ALTER TABLE orders ADD COLUMN ' || 'x_' || to_char(now(), 'YYYY') || ' text'; END $$", 'AE', { hazard: 'dynamic SQL nobody can check before it runs' });
c('plpgsql', 'DO $$ BEGIN DROP TABLE events; END $$', 'AE', { hazard: 'data lost' });
c('plpgsql', 'DO $$ BEGIN TRUNCATE events; END $$', 'AE rewrite', { hazard: 'data lost' });
c('plpgsql', 'DO $$ BEGIN ALTER TABLE orders RENAME COLUMN legacy_code TO code; END $$', 'AE', { hazard: 'running code uses the old name' });
c('plpgsql', "DO $$ BEGIN EXECUTE 'CREATE INDEX CONCURRENTLY orders_qty_idx ON orders (qty)'; END $$", 'fails', { inBlock: false });
c('plpgsql', "DO $$ BEGIN ALTER TABLE orders ADD COLUMN stamp timestamptz DEFAULT clock_timestamp(); END $$", 'AE rewrite scan');
c('plpgsql', "DO $$ BEGIN INSERT INTO ledger (account, amount) VALUES ('seed', 0); END $$", 'RE');
c('plpgsql', "DO LANGUAGE plpgsql $$ BEGIN ALTER TABLE customers ALTER COLUMN score SET NOT NULL; END $$", 'AE scan');
c('plpgsql', 'CREATE FUNCTION backfill_currency() RETURNS void LANGUAGE plpgsql AS $$ BEGIN UPDATE orders SET currency = \'EUR\'; END $$;\nSELECT backfill_currency()', 'RE scan', { hazard: 'every row written in one transaction' });
c('plpgsql', 'CREATE PROCEDURE add_qty_index() LANGUAGE plpgsql AS $$ BEGIN CREATE INDEX orders_qty_idx ON orders (qty); END $$;\nCALL add_qty_index()', 'S scan');
c('plpgsql', 'CREATE FUNCTION add_partition(d date) RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE format(\'CREATE TABLE IF NOT EXISTS metrics_%s PARTITION OF metrics FOR VALUES FROM (%L) TO (%L)\', to_char(d, \'YYYY\'), d, d + 365); END $$', '');
c('plpgsql', 'CREATE FUNCTION set_region(c bigint, r text) RETURNS void LANGUAGE sql AS $$ UPDATE customers SET region = r WHERE id = c $$', 'RE');
c('plpgsql', 'CREATE OR REPLACE PROCEDURE archive_events() LANGUAGE sql AS $$ DELETE FROM events WHERE at < now() - interval \'1 year\' $$', 'RE');

// --- More of the everyday: renames and drops of other objects, partition maintenance, policies, more backfills.
c('more', 'ALTER TABLE ledger RENAME COLUMN account TO account_code', 'AE', { hazard: 'running code uses the old name' });
c('more', 'ALTER VIEW recent_orders RENAME TO latest_orders', '', { hazard: 'running code uses the old name' });
c('more', 'ALTER SCHEMA public RENAME TO app', '', { hazard: 'running code uses the old name' });
c('more', 'CREATE POLICY own_orders ON orders USING (customer_id = 1)', 'AE');
c('more', 'ALTER TABLE orders ALTER COLUMN qty SET DEFAULT 1, ALTER COLUMN currency SET DEFAULT \'EUR\'', 'AE');
c('more', 'ALTER TABLE customers ADD COLUMN last_seen timestamptz, ADD COLUMN visits integer DEFAULT 0', 'AE', { pg: { 10: true } });
c('more', 'ALTER TABLE orders ALTER COLUMN legacy_code TYPE varchar(30), ALTER COLUMN qty TYPE bigint', 'AE rewrite scan');
c('more', 'ALTER TABLE ledger ADD CONSTRAINT ledger_account_key UNIQUE (account)', 'AE scan');
c('more', 'ALTER TABLE ledger DROP COLUMN amount CASCADE', 'AE', { hazard: 'data lost' });
c('more', "UPDATE ledger SET amount = 0 WHERE amount IS NULL", 'RE scan', { hazard: 'every matching row written in one transaction' });
c('more', "UPDATE ledger SET account = upper(account) WHERE account LIKE 'a%'", 'RE scan', { hazard: 'every matching row written in one transaction' });
c('more', "UPDATE ledger SET amount = amount + 1 WHERE id = 10", 'RE');
c('more', 'DELETE FROM ledger WHERE id BETWEEN 1 AND 100', 'RE');
c('more', 'CREATE INDEX ledger_amount_idx ON ledger (amount) WHERE amount > 1000', 'S scan');
c('more', 'CREATE INDEX CONCURRENTLY ledger_amount_idx ON ledger (amount) WHERE amount > 1000', '', { noTx: true, cleanup: 'DROP INDEX IF EXISTS ledger_amount_idx', pg: { 14.2: true } });
c('more', 'CREATE INDEX events_at_brin ON events USING brin (at)', 'S scan');
c('more', 'ALTER TABLE events ALTER COLUMN kind SET NOT NULL', 'AE scan');
c('more', 'ALTER TABLE events ADD CONSTRAINT events_kind_not_null CHECK (kind IS NOT NULL) NOT VALID', 'AE');
c('more', 'ALTER TABLE metrics ADD COLUMN note text', 'AE');
c('more', 'ALTER TABLE metrics ALTER COLUMN v TYPE bigint', 'AE rewrite scan');
c('more', 'DROP TABLE metrics_2024', 'AE', { hazard: 'data lost' });
c('more', 'CREATE TABLE order_items (order_id bigint NOT NULL REFERENCES orders (id), sku text NOT NULL, PRIMARY KEY (order_id, sku))', 'SRE');
c('more', 'ALTER TABLE customers ALTER COLUMN created_at SET DEFAULT clock_timestamp()', 'AE');
c('more', 'ALTER TABLE orders VALIDATE CONSTRAINT orders_total_nonneg, ALTER COLUMN total SET NOT NULL', 'AE scan');

export const CASES = cases.map((x, i) => ({ id: `${String(i + 1).padStart(4, '0')}_${x.group}`, ...x }));
