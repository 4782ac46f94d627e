import { beforeAll, describe, expect, it } from 'vitest';
import { initParser } from '../../../src/sql/index.js';
import { describeRule, findingsOf } from '../helpers.js';

describeRule('renaming-table', {
  bad: [
    'ALTER TABLE users RENAME TO accounts;',
    'ALTER VIEW active_users RENAME TO current_users;',
    'ALTER SEQUENCE invoice_seq RENAME TO invoice_number_seq;',
    // The view under the old name comes in a later transaction: in between, code that names users fails.
    { sql: 'ALTER TABLE users RENAME TO app_users;\nCREATE VIEW users AS SELECT * FROM app_users;', options: { execution: 'autocommit' } },
    // A new table under the old name starts empty.
    'ALTER TABLE users RENAME TO app_users;\nCREATE TABLE users (id bigint);',
    // A swap with a table created here and never filled: the running code finds no rows under the old name.
    { sql: 'CREATE TABLE users_new (LIKE users INCLUDING ALL);\nBEGIN;\nALTER TABLE users RENAME TO users_old;\nALTER TABLE users_new RENAME TO users;\nCOMMIT;', options: { execution: 'autocommit' } },
    // Table swaps (pg-osc, pg_repack): code that names users reads the new table, but views, foreign keys, grants
    // and policies stay with the old one; CREATE TABLE … AS copies none of its keys; in two transactions, a gap.
    { sql: 'CREATE TABLE users_new (LIKE users INCLUDING ALL);\nINSERT INTO users_new SELECT * FROM users;\nBEGIN;\nALTER TABLE users RENAME TO users_old;\nALTER TABLE users_new RENAME TO users;\nCOMMIT;', options: { execution: 'autocommit' } },
    { sql: 'CREATE TABLE users_new AS SELECT * FROM users;\nALTER TABLE users RENAME TO users_old;\nALTER TABLE users_new RENAME TO users;', options: { execution: 'autocommit' } },
    'CREATE MATERIALIZED VIEW totals_v2 AS SELECT 1 AS n;\nALTER MATERIALIZED VIEW totals RENAME TO totals_old;\nALTER MATERIALIZED VIEW totals_v2 RENAME TO totals;',
    // Moved to another schema: code that names it through search_path no longer finds it.
    'CREATE SCHEMA billing;\nALTER TABLE ledger SET SCHEMA billing;',
    'ALTER SEQUENCE invoice_seq SET SCHEMA billing;',
  ],
  good: [
    'CREATE TABLE tmp (id int);\nALTER TABLE tmp RENAME TO users_new;',
    // Renamed, and a view keeps the old name working, in one transaction.
    'ALTER TABLE users RENAME TO app_users;\nCREATE VIEW users AS SELECT * FROM app_users;',
    { sql: 'BEGIN;\nALTER TABLE users RENAME TO app_users;\nCREATE VIEW users AS SELECT * FROM app_users;\nCOMMIT;', options: { execution: 'autocommit' } },
    'CREATE TABLE scratch (id int);\nALTER TABLE scratch SET SCHEMA archive;',
    'ALTER TABLE ledger SET SCHEMA billing;\nCREATE VIEW ledger AS SELECT * FROM billing.ledger;',
    'ALTER FUNCTION touch() SET SCHEMA util;',
    // Moved into public, which the default search_path holds: the unqualified name still finds it.
    'ALTER TABLE events SET SCHEMA public;',
    'ALTER INDEX users_idx RENAME TO users_email_idx;',
    'CREATE SEQUENCE ticket_seq;\nALTER SEQUENCE ticket_seq RENAME TO ticket_number_seq;',
  ],
});

describeRule('renaming-type', {
  bad: [
    'ALTER TYPE order_status RENAME TO order_state;',
    'ALTER DOMAIN app.email_address RENAME TO email;',
    // Moved out of the schema search_path finds it in.
    'CREATE SCHEMA archive;\nALTER TYPE order_status SET SCHEMA archive;',
    'ALTER DOMAIN email_address SET SCHEMA util;',
  ],
  good: [
    "CREATE TYPE mood AS ENUM ('ok');\nALTER TYPE mood RENAME TO feeling;",
    "CREATE TYPE mood AS ENUM ('ok');\nALTER TYPE mood SET SCHEMA util;",
    'ALTER TYPE order_status SET SCHEMA public;',
    "ALTER TYPE order_status RENAME VALUE 'paid' TO 'settled';",
    'ALTER TYPE money_amount RENAME ATTRIBUTE cents TO minor_units;',
  ],
});

describeRule('dropping-type', {
  bad: [
    'DROP TYPE order_status;',
    'DROP DOMAIN email_address;',
    'DROP TYPE order_status CASCADE;',
    'DROP DOMAIN IF EXISTS app.email_address CASCADE;',
  ],
  good: [
    "CREATE TYPE mood AS ENUM ('ok');\nDROP TYPE mood;",
    'CREATE DOMAIN email AS text;\nDROP DOMAIN email CASCADE;',
    'DROP TABLE order_status_history;',
    'DROP FUNCTION touch();',
  ],
});

describe('dropping-type severity', () => {
  beforeAll(() => initParser());
  const severity = (sql: string) => findingsOf('dropping-type', sql).map((f) => f.severity);
  it('error with CASCADE (columns and their data go), warning without, info for IF EXISTS without CASCADE', () => {
    expect(severity('DROP TYPE order_status CASCADE;')).toEqual(['error']);
    expect(severity('DROP TYPE order_status;')).toEqual(['warning']);
    expect(severity('DROP TYPE IF EXISTS order_status_old;')).toEqual(['info']);
  });
});

describeRule('drop-cascade', {
  bad: [
    'DROP FUNCTION posts_touch_fn() CASCADE;',
    'DROP EXTENSION IF EXISTS pg_trgm CASCADE;',
    'DROP PROCEDURE archive_orders(int) CASCADE;',
    'DROP TEXT SEARCH CONFIGURATION english_custom CASCADE;',
  ],
  good: [
    'DROP FUNCTION posts_touch_fn();',
    'DROP EXTENSION pg_trgm;',
    'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;\nDROP FUNCTION f() CASCADE;',
    'CREATE EXTENSION citext;\nDROP EXTENSION citext CASCADE;',
    // Tables, schemas and types are other rules'.
    'DROP TABLE t CASCADE;',
    'DROP TYPE order_status CASCADE;',
  ],
});

describeRule('renaming-schema', {
  bad: ['ALTER SCHEMA billing RENAME TO payments;'],
  good: ['CREATE SCHEMA billing;'],
});

describeRule('dropping-table', {
  bad: [
    'DROP TABLE legacy_events;',
    'DROP TABLE IF EXISTS a, b CASCADE;',
    // No table data lost, but running code that reads the view or draws from the sequence fails (server-facts.test.ts).
    'DROP VIEW legacy_view;',
    'DROP MATERIALIZED VIEW IF EXISTS order_totals CASCADE;',
    'DROP SEQUENCE invoice_seq;',
    // Dropped and created again in two transactions: readers fail in between (info); CASCADE also drops dependents.
    { sql: 'DROP VIEW IF EXISTS v_paid;\nCREATE VIEW v_paid AS SELECT 1 AS one;', options: { execution: 'autocommit' } },
    'DROP VIEW v_paid CASCADE;\nCREATE VIEW v_paid AS SELECT 1 AS one;',
    // A materialized view built again: its readers wait for its whole query.
    'DROP MATERIALIZED VIEW totals;\nCREATE MATERIALIZED VIEW totals AS SELECT 1 AS one;',
  ],
  good: [
    // Dropped and created again in one transaction: readers wait, then read the new view (server-facts.test.ts).
    'DROP VIEW IF EXISTS v_paid;\nCREATE VIEW v_paid AS SELECT 1 AS one;',
    { sql: 'BEGIN;\nDROP VIEW totals;\nCREATE VIEW totals AS SELECT 1 AS one;\nCOMMIT;', options: { execution: 'autocommit' } },
    'CREATE TABLE scratch (id int);\nDROP TABLE scratch;',
    'CREATE VIEW v AS SELECT 1;\nDROP VIEW v;',
    'CREATE SEQUENCE s;\nDROP SEQUENCE s;',
    'DROP INDEX CONCURRENTLY orders_idx;',
    'DROP TYPE IF EXISTS mood;',
  ],
});

describeRule('session-replication-role', {
  bad: [
    "set session_replication_role = 'replica';\ninsert into \"posts\" (\"user_id\", \"title\") values (424242, 'imported');\nset session_replication_role = 'origin';",
    'SET session_replication_role TO replica;\nUPDATE posts SET user_id = 7 WHERE id = 1;',
    { sql: "BEGIN;\nSET LOCAL session_replication_role = replica;\nDELETE FROM users WHERE id = 3;\nCOMMIT;", options: { execution: 'autocommit' } },
  ],
  good: [
    // DDL only (MikroORM's schema dumps), a write after it is switched back, or to a table created here.
    "set session_replication_role = 'replica';\ncreate table \"tags\" (\"id\" serial primary key);\nalter table \"posts\" add column \"tag_id\" int null;\nset session_replication_role = 'origin';",
    "SET session_replication_role = replica;\nRESET session_replication_role;\nINSERT INTO posts (user_id) VALUES (1);",
    'SET session_replication_role = replica;\nSET session_replication_role = DEFAULT;\nINSERT INTO posts (user_id) VALUES (1);',
    // local fires ordinary triggers, as origin does (server-facts.test.ts).
    "SET session_replication_role = 'local';\nINSERT INTO posts (user_id) VALUES (1);",
    { sql: 'BEGIN;\nSET LOCAL session_replication_role = replica;\nCOMMIT;\nINSERT INTO posts (user_id) VALUES (1);', options: { execution: 'autocommit' } },
    'CREATE TABLE staging (id int);\nSET session_replication_role = replica;\nINSERT INTO staging VALUES (1);',
  ],
});

describeRule('dropping-schema', {
  bad: [
    'DROP SCHEMA IF EXISTS legacy CASCADE;',
    'DROP SCHEMA legacy;',
    // IF NOT EXISTS may have found the schema already there.
    'CREATE SCHEMA IF NOT EXISTS scratch;\nDROP SCHEMA scratch CASCADE;',
  ],
  good: ['CREATE SCHEMA scratch;\nDROP SCHEMA scratch CASCADE;', 'ALTER SCHEMA legacy RENAME TO archive;', 'DROP TABLE legacy.events;'],
});

describeRule('dropping-database', {
  bad: [{ sql: 'DROP DATABASE analytics;', options: { transactional: false } }],
  good: ['DROP SCHEMA analytics;'],
});

describeRule('truncating-table', {
  bad: ['TRUNCATE sessions;', 'TRUNCATE TABLE a, b;'],
  good: ['CREATE TABLE staging (id int);\nTRUNCATE staging;', 'DELETE FROM sessions WHERE expires_at < now();'],
});

describeRule('truncate-cascade', {
  bad: ['TRUNCATE users CASCADE;'],
  good: ['TRUNCATE users;', 'TRUNCATE users RESTRICT;'],
});

describeRule('enum-add-value-in-transaction', {
  bad: [{ sql: "ALTER TYPE status ADD VALUE 'archived';", options: { pgVersion: 11 } }],
  good: ["ALTER TYPE status ADD VALUE 'archived';", { sql: "ALTER TYPE status ADD VALUE 'archived';", options: { pgVersion: 11, transactional: false } }],
});

describeRule('enum-value-used-in-same-transaction', {
  bad: [
    "ALTER TYPE status ADD VALUE 'archived';\nUPDATE orders SET status = 'archived' WHERE closed_at < '2020-01-01';",
    // In the third row of a VALUES list of constants, whose rows after the first the parsed tree drops (sql/constant-rows.ts).
    "ALTER TYPE status ADD VALUE 'archived';\nINSERT INTO orders (id, status) VALUES (1, 'new'), (2, 'new'), (3, 'archived');",
    // On a type created in the same transaction too, from PostgreSQL 12 to 16 (server-facts.test.ts).
    "CREATE TYPE status AS ENUM ('new');\nALTER TYPE status ADD VALUE 'archived';\nCREATE TABLE t (s status DEFAULT 'archived');",
    { sql: "CREATE TYPE status AS ENUM ('new');\nALTER TYPE status ADD VALUE 'archived';\nCREATE TABLE t (s status DEFAULT 'archived');", options: { pgVersion: 16 } },
  ],
  good: [
    { sql: "ALTER TYPE status ADD VALUE 'archived';\nUPDATE orders SET status = 'archived' WHERE closed_at < '2020-01-01';", options: { transactional: false } },
    "ALTER TYPE status ADD VALUE 'archived';\nINSERT INTO orders (id, status) VALUES (1, 'new'), (2, 'new'), (3, 'new');",
    // Before 12 (ADD VALUE ran in a block only on a new type) and from 17 on, a new type's added value can be used.
    { sql: "CREATE TYPE status AS ENUM ('new');\nALTER TYPE status ADD VALUE 'archived';\nCREATE TABLE t (s status DEFAULT 'archived');", options: { pgVersion: 17 } },
    { sql: "CREATE TYPE status AS ENUM ('new');\nALTER TYPE status ADD VALUE 'archived';\nCREATE TABLE t (s status DEFAULT 'archived');", options: { pgVersion: 11 } },
    "ALTER TYPE status ADD VALUE 'archived';\nUPDATE orders SET note = 'x' WHERE id = 1;",
  ],
});

describeRule('renaming-enum-value', {
  bad: ["ALTER TYPE status RENAME VALUE 'done' TO 'completed';"],
  good: ["CREATE TYPE status AS ENUM ('done');\nALTER TYPE status RENAME VALUE 'done' TO 'completed';", "ALTER TYPE status ADD VALUE 'completed';"],
});

describeRule('creating-enum', {
  bad: ["CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');"],
  good: ['CREATE TYPE pair AS (a int, b int);', "CREATE DOMAIN mood AS text CHECK (VALUE IN ('sad', 'ok'));"],
});

describeRule('vacuum-full', {
  bad: [{ sql: 'VACUUM FULL payments;', options: { transactional: false } }, { sql: 'VACUUM (FULL, ANALYZE) payments;', options: { transactional: false } }],
  good: [{ sql: 'VACUUM (ANALYZE) payments;', options: { transactional: false } }, 'ANALYZE payments;'],
});

describeRule('cluster-table', {
  bad: ['CLUSTER payments USING payments_created_idx;'],
  good: ['ALTER TABLE payments CLUSTER ON payments_created_idx;', 'CREATE TABLE p (id int);\nCREATE INDEX p_i ON p (id);\nCLUSTER p USING p_i;'],
});

describeRule('rewriting-table', {
  bad: ['ALTER TABLE payments SET TABLESPACE fast_ssd;', 'ALTER TABLE payments SET LOGGED;', 'ALTER TABLE payments SET ACCESS METHOD heap;', 'ALTER TABLE orders ALTER COLUMN total SET EXPRESSION AS (q * p);'],
  good: ['ALTER TABLE payments SET (fillfactor = 80);', 'CREATE UNLOGGED TABLE staging (id int);\nALTER TABLE staging SET LOGGED;'],
});

describeRule('lock-table', {
  bad: [
    "LOCK TABLE payments IN ACCESS EXCLUSIVE MODE;\nUPDATE payments SET status = 'old' WHERE status IS NULL;",
    'LOCK payments;\nCREATE INDEX payments_status_idx ON payments (status);',
    // The ALTER TABLE waits for a lock on orders while payments stays locked.
    'LOCK TABLE payments IN SHARE MODE;\nALTER TABLE orders ADD COLUMN note text;',
    // Outside a transaction block it fails.
    { sql: 'LOCK TABLE payments IN ACCESS EXCLUSIVE MODE;', options: { execution: 'autocommit' } },
    // The lock is held for as long as the copy reads the table.
    'BEGIN;\nLOCK TABLE logs IN SHARE MODE;\nCREATE TABLE logs_snapshot AS SELECT * FROM logs;\nCOMMIT;',
    // A SELECT of the whole table: writes wait for the count.
    'BEGIN;\nLOCK TABLE accounts IN SHARE MODE;\nSELECT count(*) FROM accounts;\nCOMMIT;',
    'BEGIN;\nLOCK TABLE logs IN EXCLUSIVE MODE;\nCREATE TABLE logs_pairs AS SELECT * FROM (SELECT * FROM logs) l UNION ALL SELECT * FROM logs_archive;\nCOMMIT;',
  ],
  good: [
    'LOCK TABLE payments IN ROW EXCLUSIVE MODE;',
    'CREATE TABLE t (id int);\nLOCK TABLE t;',
    // Both tables locked at once, then only catalog changes under those locks: the hold is milliseconds.
    "SET LOCAL lock_timeout = '100ms';\nLOCK TABLE users, posts IN ACCESS EXCLUSIVE MODE;\nALTER TABLE posts ADD COLUMN editor_id bigint;",
    // Reads of the catalog, or a copy with no rows, take no time.
    "BEGIN;\nLOCK TABLE logs IN SHARE MODE;\nSELECT 1 FROM pg_catalog.pg_class WHERE relname = 'logs';\nCREATE TABLE logs_shape AS SELECT * FROM logs WITH NO DATA;\nCOMMIT;",
    // A plain SELECT is a lookup or a setval(max(id)), which an index answers.
    "BEGIN;\nLOCK TABLE users IN EXCLUSIVE MODE;\nSELECT setval('users_id_seq', max(id)) FROM users;\nCOMMIT;",
    "BEGIN;\nLOCK TABLE users IN EXCLUSIVE MODE;\nSELECT max(id) FROM users;\nSELECT count(*) FROM users WHERE id > 1000;\nCOMMIT;",
  ],
});

describeRule('disabling-triggers', {
  bad: ['ALTER TABLE orders DISABLE TRIGGER ALL;', "BEGIN;\nALTER TABLE orders DISABLE TRIGGER ALL;\nINSERT INTO orders (id, customer_id) VALUES (1, 99);\nALTER TABLE orders ENABLE TRIGGER ALL;\nCOMMIT;"],
  good: [
    'ALTER TABLE orders DISABLE TRIGGER USER;',
    'ALTER TABLE orders DISABLE TRIGGER orders_touch;',
    'ALTER TABLE orders ENABLE TRIGGER ALL;',
    'CREATE TABLE staging (id int);\nALTER TABLE staging DISABLE TRIGGER ALL;',
  ],
});

describeRule('create-extension', {
  bad: ['CREATE EXTENSION IF NOT EXISTS pg_trgm;'],
  good: ['CREATE SCHEMA ext;'],
});

describeRule('table-without-primary-key', {
  bad: [
    'CREATE TABLE events (kind text, payload jsonb);',
    'CREATE TABLE IF NOT EXISTS app.log (at timestamptz, msg text, UNIQUE (at, msg));',
    'CREATE TABLE scratch (id int);\nDROP TABLE other_scratch;',
    // A key on another table does not count.
    'CREATE TABLE public.comments (id bigint NOT NULL);\nALTER TABLE ONLY public.posts ADD CONSTRAINT posts_pkey PRIMARY KEY (id);',
  ],
  good: [
    'CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, kind text);',
    // pg_dump's way: the key comes in a later ALTER TABLE of the same migration.
    'CREATE TABLE public.comments (id bigint NOT NULL, body text);\nALTER TABLE ONLY public.comments ADD CONSTRAINT comments_pkey PRIMARY KEY (id);',
    'CREATE TABLE comments (body text);\nALTER TABLE comments ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;',
    'CREATE TABLE tags (post_id bigint, tag text, PRIMARY KEY (post_id, tag));',
    'CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM (1) TO (2);',
    'CREATE TEMP TABLE scratch (a int);',
    'CREATE TABLE copy (LIKE events INCLUDING ALL);',
    'CREATE TABLE scratch (id int);\nINSERT INTO scratch SELECT 1;\nDROP TABLE scratch;',
  ],
});

describe('table-without-primary-key severity', () => {
  beforeAll(() => initParser());

  it('is info by default (no lock, nothing fails until a publication holds the table) and a warning when configured', () => {
    expect(findingsOf('table-without-primary-key', 'CREATE TABLE events (kind text);').map((f) => f.severity)).toEqual(['info']);
    const configured = { sql: 'CREATE TABLE events (kind text);', options: { rules: { 'table-without-primary-key': 'warning' as const } } };
    expect(findingsOf('table-without-primary-key', configured).map((f) => f.severity)).toEqual(['warning']);
  });
});

describeRule('attaching-partition-scan', {
  bad: [
    "ALTER TABLE events ATTACH PARTITION events_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');",
    // NOT VALID alone does not let PostgreSQL skip the scan.
    "ALTER TABLE events_2023 ADD CONSTRAINT b CHECK (at >= '2023-01-01' AND at < '2024-01-01') NOT VALID;\nALTER TABLE events ATTACH PARTITION events_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');",
  ],
  good: [
    "CREATE TABLE events_2025 (LIKE events INCLUDING ALL);\nALTER TABLE events ATTACH PARTITION events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
    "ALTER TABLE events_2023 ADD CONSTRAINT b CHECK (at >= '2023-01-01' AND at < '2024-01-01') NOT VALID;\nALTER TABLE events_2023 VALIDATE CONSTRAINT b;\nALTER TABLE events ATTACH PARTITION events_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');",
    "ALTER TABLE events_2023 ADD CONSTRAINT b CHECK (at >= '2023-01-01' AND at < '2024-01-01');\nALTER TABLE events ATTACH PARTITION events_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');",
    'ALTER TABLE events DETACH PARTITION events_2023;',
  ],
});

describeRule('creating-partition-locks-parent', {
  bad: [
    "CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
    { sql: "CREATE TABLE events_eu PARTITION OF events FOR VALUES IN ('eu');", options: { pgVersion: 11 } },
  ],
  good: [
    "CREATE TABLE events (at date) PARTITION BY RANGE (at);\nCREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
    "CREATE TABLE events_2025 (LIKE events INCLUDING ALL);\nALTER TABLE events ATTACH PARTITION events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
  ],
});

describe('creating-partition-locks-parent severity', () => {
  beforeAll(() => initParser());
  const severities = (sql: string, pgVersion?: number): string[] =>
    findingsOf('creating-partition-locks-parent', { sql, options: pgVersion ? { pgVersion } : {} }).map((f) => f.severity);

  it('is a warning when the parent may have a DEFAULT partition to scan (PostgreSQL 11+)', () => {
    expect(severities("CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');")).toEqual(['warning']);
    expect(severities('CREATE TABLE events_h0 PARTITION OF events FOR VALUES WITH (MODULUS 2, REMAINDER 0);', 14)).toEqual(['warning']);
  });

  it('is info when nothing can be scanned: the DEFAULT partition itself, or PostgreSQL 10 (no DEFAULT partitions)', () => {
    expect(severities('CREATE TABLE events_other PARTITION OF events DEFAULT;')).toEqual(['info']);
    expect(severities("CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');", 10)).toEqual(['info']);
  });
});

describe('dropping-schema severity', () => {
  beforeAll(() => initParser());

  it('is an error with CASCADE, which drops everything in the schema, and info without (only an empty schema goes)', () => {
    expect(findingsOf('dropping-schema', 'DROP SCHEMA legacy, archive CASCADE;').map((f) => f.severity)).toEqual(['error', 'error']);
    expect(findingsOf('dropping-schema', 'DROP SCHEMA legacy;').map((f) => f.severity)).toEqual(['info']);
  });
});

describeRule('enum-value-ordering', {
  bad: ["ALTER TYPE order_status ADD VALUE 'refunded';", "ALTER TYPE app.order_status ADD VALUE IF NOT EXISTS 'refunded';"],
  good: [
    "ALTER TYPE order_status ADD VALUE 'refunded' AFTER 'paid';",
    "ALTER TYPE order_status ADD VALUE 'draft' BEFORE 'pending';",
    "ALTER TYPE order_status RENAME VALUE 'paid' TO 'settled';",
    "CREATE TYPE order_status AS ENUM ('pending');\nALTER TYPE order_status ADD VALUE 'paid';",
  ],
});
