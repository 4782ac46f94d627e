import { beforeAll, describe, expect, it } from 'vitest';
import { initParser } from '../../../src/sql/index.js';
import { big, describeRule, findingsOf } from '../helpers.js';

describeRule('update-without-where', {
  bad: ["UPDATE users SET plan = 'free';", "EXPLAIN ANALYZE UPDATE users SET plan = 'free';", "EXPLAIN (ANALYZE, BUFFERS) UPDATE users SET plan = 'free';"],
  good: ["UPDATE users SET plan = 'free' WHERE plan IS NULL;", "EXPLAIN UPDATE users SET plan = 'free';", "EXPLAIN (ANALYZE false) UPDATE users SET plan = 'free';", 'UPDATE users u SET plan = p.name FROM plans p WHERE p.id = u.plan_id;', "CREATE TABLE users (plan text);\nUPDATE users SET plan = 'free';"],
});

describeRule('unbatched-backfill', {
  bad: [
    // Batches in a loop of a DO block with no COMMIT: one transaction for all of them.
    'DO $$\nDECLARE last_id bigint := 0;\nBEGIN\n  WHILE last_id < 100000 LOOP\n    UPDATE orders SET tax = 0 WHERE id > last_id AND id <= last_id + 500;\n    last_id := last_id + 500;\n  END LOOP;\nEND $$;',
    'DO $$\nDECLARE r record;\nBEGIN\n  FOR r IN SELECT id FROM orders LOOP\n    UPDATE orders SET tax = 0 WHERE id = r.id;\n  END LOOP;\nEND $$;',
    "UPDATE orders SET currency = 'EUR' WHERE currency IS NULL;",
    // A parameter that is not a key, or a name that is no parameter: every matching row, each call.
    "CREATE PROCEDURE set_plans(p text) LANGUAGE sql AS $$ UPDATE accounts SET plan = p WHERE plan = p $$;\nCALL set_plans('pro');",
    "CREATE PROCEDURE close_all(acct bigint) LANGUAGE sql AS $$ UPDATE accounts SET plan = 'x' WHERE id = other_id $$;\nCALL close_all(1);",
    // Equality on columns that name a class of rows, not one entity or parent.
    "DELETE FROM sales WHERE region = 'eu' AND amount = 13;",
    "UPDATE accounts SET plan = 'pro' WHERE lower(plan) = 'free';",
    "UPDATE orders SET status = 'archived' WHERE created_at < now() - interval '1 year';",
    "UPDATE orders o SET region = c.region FROM customers c WHERE c.id = o.customer_id;",
    "EXPLAIN ANALYZE UPDATE orders SET currency = 'EUR' WHERE currency IS NULL;",
    'DELETE FROM cache_entries WHERE value IS NULL;',
    "DELETE FROM orders o USING customers c WHERE c.id = o.customer_id AND c.region = 'eu';",
    "EXPLAIN ANALYZE DELETE FROM events WHERE at < now() - interval '1 year';",
    // A mapping table filled from another table, joined on a non-key column, or not created here: no bound known.
    "CREATE TEMP TABLE fix (customer_id bigint, region text);\nINSERT INTO fix SELECT id, 'eu' FROM customers WHERE country = 'DE';\nUPDATE customers c SET region = f.region FROM fix f WHERE f.customer_id = c.id;",
    "CREATE TEMP TABLE fix (customer_id bigint, region text);\nINSERT INTO fix VALUES (11, 'us'), (12, 'us');\nUPDATE orders o SET region = f.region FROM fix f WHERE f.customer_id = o.customer_id;",
    'UPDATE customers c SET region = f.region FROM fix f WHERE f.customer_id = c.id;',
    // An UPDATE or DELETE in a WITH runs in full, whatever reads it.
    "WITH moved AS (DELETE FROM logs WHERE at >= '2026-01-01' RETURNING *) INSERT INTO logs_2026 SELECT * FROM moved;",
    "WITH touched AS (UPDATE orders SET status = 'x' WHERE status IS NULL RETURNING id) SELECT count(*) FROM touched;",
    // Open above, or more than a batch of first ids.
    "UPDATE users SET prefs = '{}' WHERE id >= 50;",
    "UPDATE users SET prefs = '{}' WHERE id <= 5000000;",
    "UPDATE users SET prefs = '{}' WHERE user_id <= 50;",
    // ANY of an array that is not a list of constants.
    'UPDATE orders SET status = 1 WHERE id = ANY(ARRAY(SELECT order_id FROM refunds));',
    "UPDATE orders SET status = 1 WHERE id <> ANY(ARRAY[1, 2]);",
    // MERGE whose source is a whole aggregate: every matched row.
    'MERGE INTO users u USING (SELECT user_id, count(*) AS n FROM posts GROUP BY user_id) p ON u.id = p.user_id WHEN MATCHED THEN UPDATE SET post_count = p.n;',
    'MERGE INTO users u USING staging s ON u.id = s.id WHEN MATCHED THEN DELETE;',
  ],
  good: [
    // A system catalog's rows describe objects: this touches the indexes of one table (lemmy's index toggling).
    "UPDATE pg_index SET indisready = false WHERE indrelid = (SELECT oid FROM pg_class WHERE relname = 'post_aggregates');",
    "UPDATE pg_catalog.pg_index SET indisready = true WHERE indrelid = 'post_aggregates'::regclass;",
    // A bounded write in a WITH.
    'WITH gone AS (DELETE FROM orders WHERE id = 5 RETURNING *) INSERT INTO orders_archive SELECT * FROM gone;',
    "WITH moved AS (DELETE FROM logs WHERE id BETWEEN 1 AND 1000 RETURNING *) INSERT INTO logs_old SELECT * FROM moved;",
    // The first ids of a key: a batch of at most 10,000 rows.
    "UPDATE users SET prefs = '{}' WHERE id <= 50;",
    'DELETE FROM events WHERE 1000 > id;',
    // A list of values written as an array of constants.
    "UPDATE orders SET status = 'shipped' WHERE id = ANY(ARRAY[101, 102, 103]);",
    "UPDATE accounts SET balance = balance + 5 WHERE id = ANY('{10,20,30}'::bigint[]);",
    "DELETE FROM users WHERE email = ANY(ARRAY['a@x.io', 'b@x.io']);",
    // One row per row of a list of constant rows joined by key.
    'UPDATE orders o SET tax = 0 FROM (VALUES (11), (12), (13)) AS v (id) WHERE o.id = v.id;',
    // MERGE of a few constant rows by key, of a LIMITed source, or inserting only.
    "MERGE INTO users u USING (VALUES (1, 'a'), (2, 'b')) AS v (id, name) ON u.id = v.id WHEN MATCHED THEN UPDATE SET name = v.name WHEN NOT MATCHED THEN INSERT (id, name) VALUES (v.id, v.name);",
    'MERGE INTO users u USING (SELECT id FROM staging ORDER BY id LIMIT 1000) s ON u.id = s.id WHEN MATCHED THEN UPDATE SET seen = true;',
    'MERGE INTO users u USING staging s ON u.id = s.id WHEN NOT MATCHED THEN INSERT (id) VALUES (s.id);',
    "MERGE INTO cache_entries c USING (VALUES ('k1'), ('k2')) AS v (key) ON c.key = v.key WHEN MATCHED THEN DELETE;",
    // One row per row of a mapping table this migration filled with constant rows (server-facts.test.ts).
    "CREATE TEMP TABLE region_fix (customer_id bigint PRIMARY KEY, region text NOT NULL);\nINSERT INTO region_fix VALUES (11, 'us'), (12, 'us'), (13, 'apac');\nUPDATE customers c SET region = f.region FROM region_fix f WHERE f.customer_id = c.id;",
    "CREATE TABLE retired (order_id bigint);\nINSERT INTO retired (order_id) VALUES (1), (2);\nDELETE FROM orders o USING retired r WHERE o.id = r.order_id;",
    "UPDATE orders SET currency = 'EUR' WHERE id = 42;",
    // A write by a parameter of the procedure or function that holds it: one value per call, as a constant.
    "CREATE PROCEDURE set_plan(acct bigint, p text) LANGUAGE sql AS $$ UPDATE accounts SET plan = p WHERE id = acct $$;\nCALL set_plan(42, 'pro');",
    "CREATE FUNCTION bump(bigint) RETURNS void LANGUAGE sql AS $$ UPDATE accounts SET n = n + 1 WHERE id = $1 $$;\nSELECT bump(7);",
    // One entity by what identifies it by convention, or one parent's rows: a data fix, not a backfill.
    "UPDATE users SET admin = true WHERE email = 'ops@x.io';",
    "UPDATE users SET admin = true WHERE lower(email) = 'ops@x.io';",
    "DELETE FROM cache_entries WHERE key = 'k17';",
    'UPDATE posts SET deleted_at = now() WHERE user_id = 17;',
    "UPDATE orders o SET total = total * 1.1 WHERE o.customer_id = 42 AND o.status = 'open';",
    "EXPLAIN ANALYZE UPDATE orders SET currency = 'EUR' WHERE id = 42;",
    "EXPLAIN UPDATE orders SET currency = 'EUR' WHERE currency IS NULL;",
    "UPDATE orders SET currency = 'EUR' WHERE id BETWEEN 1 AND 10000 AND currency IS NULL;",
    "UPDATE orders SET currency = 'EUR' WHERE id >= 1 AND id < 10000;",
    "UPDATE orders SET currency = 'EUR' WHERE id IN (SELECT id FROM orders WHERE currency IS NULL LIMIT 1000);",
    "WITH batch AS (SELECT id FROM orders WHERE currency IS NULL LIMIT 1000) UPDATE orders SET currency = 'EUR' WHERE id IN (SELECT id FROM batch);",
    "UPDATE orders SET currency = 'EUR' WHERE code IN ('a', 'b');",
    "CREATE TABLE orders (id bigint, currency text);\nUPDATE orders SET currency = 'EUR' WHERE currency IS NULL;",
    // No WHERE at all is update-without-where's.
    "UPDATE orders SET currency = 'EUR';",
    'DELETE FROM orders WHERE id = 42;',
    'DELETE FROM orders WHERE id BETWEEN 1 AND 100;',
    'DELETE FROM orders WHERE id IN (SELECT id FROM orders WHERE status IS NULL LIMIT 1000);',
    'CREATE TABLE scratch (id bigint, v text);\nDELETE FROM scratch WHERE v IS NULL;',
    // No WHERE at all is delete-without-where's.
    'DELETE FROM orders;',
    // A loop that COMMITs each batch (PostgreSQL 11+), and a bounded UPDATE in a DO block outside any loop.
    { sql: 'DO $$\nDECLARE last_id bigint := 0;\nBEGIN\n  WHILE last_id < 100000 LOOP\n    UPDATE orders SET tax = 0 WHERE id > last_id AND id <= last_id + 500;\n    last_id := last_id + 500;\n    COMMIT;\n  END LOOP;\nEND $$;', options: { transactional: false } },
    'DO $$\nBEGIN\n  UPDATE orders SET tax = 0 WHERE id BETWEEN 1 AND 500;\nEND $$;',
    // A migration tool's history table: its bookkeeping, a row per migration.
    "UPDATE alembic_version SET version_num='2b' WHERE alembic_version.version_num = '1a';",
    "DELETE FROM schema_migrations WHERE version = '20240101000000';",
  ],
});

describeRule('delete-without-where', {
  bad: ['DELETE FROM sessions;', 'EXPLAIN ANALYZE DELETE FROM sessions;'],
  good: ['DELETE FROM sessions WHERE expires_at < now();', 'EXPLAIN DELETE FROM sessions;', 'EXPLAIN (ANALYZE 0) DELETE FROM sessions;', 'CREATE TABLE s (id int);\nDELETE FROM s;'],
});

describeRule('backfill-in-schema-transaction', {
  bad: [
    "ALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = 'free' WHERE plan IS NULL;",
    'ALTER TABLE users ADD COLUMN plan text;\nINSERT INTO audit (user_id) SELECT id FROM users;',
    "ALTER TABLE shipments ADD COLUMN carrier text;\nUPDATE shipments SET carrier = 'dhl' WHERE id > 1;",
    "ALTER TABLE shipments ADD COLUMN carrier text;\nUPDATE shipments SET carrier = 'dhl' WHERE id = 1 OR id = 2;",
    "ALTER TABLE shipments ADD COLUMN carrier text;\nUPDATE shipments SET carrier = 'dhl' WHERE code = 'A';",
    // The id of the joined table, not of the updated one.
    "ALTER TABLE shipments ADD COLUMN carrier text;\nUPDATE shipments s SET carrier = c.name FROM carriers c WHERE c.id = 1;",
    "ALTER TABLE shipments ADD COLUMN carrier text;\nUPDATE shipments s SET carrier = c.name FROM carriers c WHERE id = 1;",
    // Only part of the declared primary key, and not a column that names one entity or parent.
    "ALTER TABLE memberships ADD PRIMARY KEY (user_id, role);\nUPDATE memberships SET note = 'x' WHERE role = 'admin';",
    // A table of the user's that only shares a catalog's prefix, or a catalog's name in another schema.
    "ALTER TABLE pg_jobs ADD COLUMN owner text;\nUPDATE pg_jobs SET owner = 'ops' WHERE owner IS NULL;",
    "ALTER TABLE app.pg_index ADD COLUMN owner text;\nUPDATE app.pg_index SET owner = 'ops' WHERE owner IS NULL;",
  ],
  good: [
    "UPDATE users SET plan = 'free' WHERE plan IS NULL;",
    "ALTER TABLE post_aggregates ADD COLUMN report_count int NOT NULL DEFAULT 0;\nUPDATE pg_index SET indisready = false WHERE indrelid = 'post_aggregates'::regclass;",
    { sql: "ALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = 'free' WHERE plan IS NULL;", options: { transactional: false } },
    "CREATE TABLE plans (name text);\nINSERT INTO plans (name) VALUES ('free');",
    "ALTER TABLE users ADD COLUMN plan text;\nINSERT INTO plans (name) VALUES ('free');",
    // One row pinned by its key is a fix-up, not a backfill.
    "ALTER TABLE shipments ADD COLUMN carrier text;\nUPDATE shipments SET carrier = 'dhl' WHERE id = 1;",
    "ALTER TABLE shipments ADD COLUMN carrier text;\nUPDATE shipments s SET carrier = 'dhl' WHERE s.id = '7'::bigint AND s.carrier IS NULL;",
    "ALTER TABLE shipments ADD COLUMN carrier text;\nUPDATE shipments s SET carrier = c.name FROM carriers c WHERE s.id = 1 AND c.code = s.carrier_code;",
    "ALTER TABLE legacy_imports ADD PRIMARY KEY (import_id);\nUPDATE legacy_imports SET note = 'x' WHERE import_id = 42;",
    "ALTER TABLE memberships ADD PRIMARY KEY (user_id, group_id);\nUPDATE memberships SET role = 'admin' WHERE group_id = 2 AND user_id = 1;",
  ],
});

describeRule('foreign-key-without-index', {
  bad: [
    'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));',
    'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;',
    // With a database read, a missing index is known to be missing: warning.
    { sql: 'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;', options: { tableSizes: big('orders') } },
  ],
  good: [
    'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));\nCREATE INDEX orders_user_idx ON orders (user_id);',
    'CREATE TABLE memberships (user_id bigint REFERENCES users (id), group_id bigint, PRIMARY KEY (user_id, group_id));',
    'CREATE INDEX CONCURRENTLY orders_user_idx ON orders (user_id, created_at);\nALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;',
    // Created by another migration of the same run (runLint passes these).
    { sql: 'ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;', options: { knownIndexes: [{ table: 'orders', columns: ['user_id'] }] } },
  ],
});

describe('foreign-key-without-index severity', () => {
  beforeAll(() => initParser());
  const sql = 'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;';

  it('is info without a database: the index may exist in the base schema', () => {
    expect(findingsOf('foreign-key-without-index', sql).map((f) => f.severity)).toEqual(['info']);
  });

  it('is a warning when table facts came from a database, and configurable either way', () => {
    expect(findingsOf('foreign-key-without-index', { sql, options: { tableSizes: big('orders') } }).map((f) => f.severity)).toEqual(['warning']);
    expect(findingsOf('foreign-key-without-index', { sql, options: { rules: { 'foreign-key-without-index': 'error' } } }).map((f) => f.severity)).toEqual(['error']);
  });
});

describeRule('restarting-sequence', {
  bad: [
    'ALTER SEQUENCE users_id_seq RESTART;',
    'ALTER SEQUENCE IF EXISTS app.invoice_seq RESTART INCREMENT BY 1;',
    'ALTER TABLE users ALTER COLUMN id RESTART;',
    // A negative step counts back down over the values handed out.
    'ALTER SEQUENCE ledger_id_seq INCREMENT BY -1;',
    'ALTER TABLE users ALTER COLUMN id SET INCREMENT BY -1;',
  ],
  good: [
    // An explicit value may lie above every key in use.
    'ALTER SEQUENCE users_id_seq RESTART WITH 100000;',
    'ALTER SEQUENCE users_id_seq INCREMENT BY 10;',
    'CREATE SEQUENCE countdown;\nALTER SEQUENCE countdown INCREMENT BY -1;',
    'ALTER SEQUENCE users_id_seq START WITH 100000 RESTART;',
    'ALTER TABLE users ALTER COLUMN id RESTART WITH 100000;',
    "SELECT setval('users_id_seq', (SELECT max(id) FROM users));",
    // A sequence or table the migration created has handed out nothing yet.
    'CREATE SEQUENCE ticket_seq;\nALTER SEQUENCE ticket_seq RESTART;',
    'CREATE TABLE tickets (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);\nALTER TABLE tickets ALTER COLUMN id RESTART;',
    'ALTER SEQUENCE users_id_seq INCREMENT BY 2;',
  ],
});

describeRule('concurrent-refresh-fails', {
  bad: [
    'CREATE MATERIALIZED VIEW counts AS SELECT user_id, count(*) AS n FROM posts GROUP BY user_id;\nREFRESH MATERIALIZED VIEW CONCURRENTLY counts;',
    // A partial or expression index does not count.
    'CREATE MATERIALIZED VIEW counts AS SELECT user_id, count(*) AS n FROM posts GROUP BY user_id;\nCREATE UNIQUE INDEX counts_u ON counts (user_id) WHERE n > 0;\nREFRESH MATERIALIZED VIEW CONCURRENTLY counts;',
    'CREATE MATERIALIZED VIEW counts AS SELECT user_id, count(*) AS n FROM posts GROUP BY user_id;\nCREATE UNIQUE INDEX counts_u ON counts ((user_id + 0));\nREFRESH MATERIALIZED VIEW CONCURRENTLY counts;',
    'CREATE MATERIALIZED VIEW counts AS SELECT user_id, count(*) AS n FROM posts GROUP BY user_id WITH NO DATA;\nCREATE UNIQUE INDEX counts_u ON counts (user_id);\nREFRESH MATERIALIZED VIEW CONCURRENTLY counts;',
  ],
  good: [
    'CREATE MATERIALIZED VIEW counts AS SELECT user_id, count(*) AS n FROM posts GROUP BY user_id;\nCREATE UNIQUE INDEX counts_u ON counts (user_id);\nREFRESH MATERIALIZED VIEW CONCURRENTLY counts;',
    'CREATE MATERIALIZED VIEW counts AS SELECT user_id, count(*) AS n FROM posts GROUP BY user_id WITH NO DATA;\nCREATE UNIQUE INDEX counts_u ON counts (user_id);\nREFRESH MATERIALIZED VIEW counts;\nREFRESH MATERIALIZED VIEW CONCURRENTLY counts;',
    // Created by an earlier migration: its index cannot be seen.
    'REFRESH MATERIALIZED VIEW CONCURRENTLY counts;',
  ],
});
