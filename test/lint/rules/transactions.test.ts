import { big, describeRule } from '../helpers.js';

describeRule('require-lock-timeout', {
  bad: [
    'ALTER TABLE payments ADD COLUMN note text;',
    'CREATE INDEX i ON payments (a);',
    // SET LOCAL outside a transaction block does nothing.
    { sql: "SET LOCAL lock_timeout = '5s';\nALTER TABLE payments ADD COLUMN note text;", options: { transactional: false } },
    // A RESET turns it off again.
    "SET lock_timeout = '5s';\nRESET lock_timeout;\nALTER TABLE payments DROP COLUMN note;",
    "SET lock_timeout = 0;\nALTER TABLE payments DROP COLUMN note;",
  ],
  good: [
    "SET lock_timeout = '5s';\nALTER TABLE payments ADD COLUMN note text;",
    "SET LOCAL lock_timeout TO '5s';\nALTER TABLE payments ADD COLUMN note text;",
    "SELECT set_config('lock_timeout', '3s', false);\nALTER TABLE payments ADD COLUMN note text;",
    { sql: 'ALTER TABLE payments ADD COLUMN note text;', options: { runnerSetsTimeouts: true } },
    'CREATE TABLE payments (id int);\nALTER TABLE payments ADD COLUMN note text;',
    { sql: 'CREATE INDEX CONCURRENTLY i ON payments (a);', options: { transactional: false } },
    "INSERT INTO payments (id) VALUES (1);\nSELECT 1;",
  ],
});

describeRule('require-statement-timeout', {
  bad: [
    "SET lock_timeout = '5s';\nALTER TABLE payments ADD CONSTRAINT c CHECK (amount > 0);",
    'CREATE INDEX i ON payments (a);',
    'ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;',
    // The check is not validated, so SET NOT NULL still scans.
    'ALTER TABLE orders ADD CONSTRAINT c CHECK (customer_id IS NOT NULL) NOT VALID;\nALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;',
    // Before PostgreSQL 12 a validated check does not help.
    { sql: 'ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_not_null;\nALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;', options: { pgVersion: 11 } },
    'REFRESH MATERIALIZED VIEW monthly_revenue;',
    'ALTER TABLE orders ADD COLUMN coupon_id bigint DEFAULT 5 REFERENCES coupons (id);',
    // A harmless scan is passed over, and the next statement that does scan under a blocking lock is reported.
    'REFRESH MATERIALIZED VIEW CONCURRENTLY monthly_revenue;\nCREATE INDEX i ON payments (a);',
    // ON ONLY on a table the database knows is plain: PostgreSQL builds the index as usual.
    { sql: 'CREATE INDEX i ON ONLY payments (a);', options: { tableSizes: big('payments') } },
    // A new table the migration filled: the foreign key's validation joins its rows to the referenced table.
    'CREATE TABLE entries (id bigint PRIMARY KEY, author_id bigint NOT NULL);\nINSERT INTO entries SELECT id, id FROM staging;\nALTER TABLE entries ADD CONSTRAINT entries_author_fk FOREIGN KEY (author_id) REFERENCES users (id);',
  ],
  good: [
    // A foreign key on a table this migration created empty (Django's CREATE TABLE then ADD CONSTRAINT ... FOREIGN KEY):
    // its validation reads no row of either table (server-facts.test.ts).
    'CREATE TABLE entries (id bigint PRIMARY KEY, author_id bigint NOT NULL);\nALTER TABLE entries ADD CONSTRAINT entries_author_fk FOREIGN KEY (author_id) REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED;\nCREATE INDEX entries_author_idx ON entries (author_id);',
    "SET statement_timeout = '10min';\nCREATE INDEX i ON payments (a);",
    // ON ONLY a partitioned parent indexes no partition.
    'CREATE INDEX metrics_v_idx ON ONLY metrics (v);',
    'ALTER TABLE payments ADD COLUMN note text;',
    // A sequence is written anew (relfilenode changes) but it is one page.
    'ALTER SEQUENCE invoice_seq RESTART WITH 5000;',
    'ALTER SEQUENCE invoice_seq AS bigint;',
    { sql: 'CREATE INDEX i ON payments (a);', options: { runnerSetsTimeouts: true } },
    // PostgreSQL 12+ skips the SET NOT NULL scan when a validated CHECK (col IS NOT NULL) proves it.
    'ALTER TABLE orders ADD CONSTRAINT c CHECK (customer_id IS NOT NULL) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT c;\nALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;',
    'ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_not_null;\nALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;\nALTER TABLE orders DROP CONSTRAINT orders_customer_id_not_null;',
    // EXCLUSIVE lets reads go on; nothing but a refresh writes to a materialized view.
    'REFRESH MATERIALIZED VIEW CONCURRENTLY monthly_revenue;',
    // No validation scan for a foreign key on a new column without DEFAULT.
    'ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES coupons (id);',
  ],
});

describeRule('statements-after-access-exclusive', {
  bad: [
    'ALTER TABLE users ADD COLUMN nickname text;\nALTER TABLE orders ADD COLUMN note text;',
    'ALTER TABLE users ADD COLUMN nickname text;\nUPDATE users SET nickname = name WHERE nickname IS NULL;',
    // A table that only looks like a history table (not its name): a write to it may wait.
    { sql: "BEGIN;\nALTER TABLE users ADD COLUMN phone varchar(32);\nUPDATE app_version SET version_num='2b' WHERE version_num = '1a';\nCOMMIT;", options: { execution: 'autocommit' } },
    // A table created by an earlier migration is not new to this one: a one-row update of it still waits for its lock.
    { sql: "BEGIN;\nALTER TABLE users ADD COLUMN phone text;\nUPDATE audit SET note = 'x' WHERE id = 1;\nCOMMIT;", options: { execution: 'autocommit' } },
    // A one-row update of another table still waits for that table's lock.
    "ALTER TABLE shipments ADD COLUMN carrier text;\nUPDATE orders SET note = 'x' WHERE id = 1;",
    // LOCK TABLE of one table, then work on another: that one's lock is waited for while the first is held.
    'LOCK TABLE users IN ACCESS EXCLUSIVE MODE;\nALTER TABLE posts ADD COLUMN editor_id bigint;',
    // lock_timeout 0 waits for ever.
    'SET lock_timeout = 0;\nALTER TABLE users ADD COLUMN nickname text;\nALTER TABLE orders ADD COLUMN note text;',
    // Under a lock_timeout, a scan or a data write after the lock still holds it for as long as it runs.
    { sql: 'ALTER TABLE users ADD COLUMN nickname text;\nALTER TABLE orders ADD CONSTRAINT orders_qty CHECK (qty > 0);', options: { runnerSetsTimeouts: true } },
    "SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN nickname text;\nUPDATE users SET nickname = name WHERE nickname IS NULL;",
  ],
  good: [
    { sql: 'ALTER TABLE users ADD COLUMN nickname text;\nALTER TABLE orders ADD COLUMN note text;', options: { transactional: false } },
    'ALTER TABLE users ADD COLUMN nickname text;\nALTER TABLE users ALTER COLUMN nickname SET DEFAULT \'\';',
    'CREATE TABLE users (id int);\nALTER TABLE users ADD COLUMN a int;\nALTER TABLE orders ADD COLUMN note text;',
    "ALTER TABLE users ADD COLUMN nickname text;\nSET lock_timeout = '1s';",
    // One row by its key, on the table already locked: milliseconds.
    "ALTER TABLE shipments ADD COLUMN carrier text;\nUPDATE shipments SET carrier = 'dhl' WHERE id = 1;",
    // Both tables locked at once (GitLab's with_lock_retries): the ALTER TABLE after it waits for no new lock.
    "SET LOCAL lock_timeout = '100ms';\nLOCK TABLE users, posts IN ACCESS EXCLUSIVE MODE;\nALTER TABLE posts ADD COLUMN editor_id bigint;",
    // Under a lock_timeout (the file's or the runner's), waiting for the next table's lock ends at lock_timeout.
    "SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN nickname text;\nALTER TABLE orders ADD COLUMN note text;",
    { sql: 'ALTER TABLE users ADD COLUMN nickname text;\nALTER TABLE orders ADD COLUMN note text;', options: { runnerSetsTimeouts: true } },
    // The tool's bookkeeping at the end of each migration (Alembic's offline --sql output): over at once, waits for nobody.
    { sql: "BEGIN;\nALTER TABLE users ADD COLUMN phone varchar(32);\nUPDATE alembic_version SET version_num='2b' WHERE alembic_version.version_num = '1a';\nCOMMIT;", options: { execution: 'autocommit' } },
    // EF Core's `dotnet ef migrations script` output: START TRANSACTION, the change, its history row, COMMIT.
    { sql: 'START TRANSACTION;\nALTER TABLE users ADD "Phone" text;\nINSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")\nVALUES (\'20240101000000_AddPhone\', \'8.0.0\');\nCOMMIT;', options: { execution: 'autocommit' } },
    // A table this migration created: no other session held a lock on it before.
    { sql: "CREATE TABLE audit (id bigint PRIMARY KEY, note text);\nBEGIN;\nALTER TABLE users ADD COLUMN phone text;\nUPDATE audit SET note = 'x' WHERE id = 1;\nCOMMIT;", options: { execution: 'autocommit' } },
  ],
});

describeRule('multiple-alter-table', {
  bad: ['ALTER TABLE users ADD COLUMN a text;\nALTER TABLE users ADD COLUMN b text;'],
  good: [
    'ALTER TABLE users ADD COLUMN a text, ADD COLUMN b text;',
    'ALTER TABLE users ADD CONSTRAINT c CHECK (a <> \'\') NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT c;',
    { sql: 'ALTER TABLE users ADD COLUMN a text;\nALTER TABLE users ADD COLUMN b text;', options: { transactional: false } },
  ],
});

describeRule('explicit-transaction-control', {
  // Only where the tool wraps each file in a transaction of its own: Lockstep runs a file with BEGIN … COMMIT as written.
  bad: [
    { sql: 'BEGIN;\nALTER TABLE users ADD COLUMN a text;\nCOMMIT;', options: { execution: 'transaction' } },
    { sql: 'ALTER TABLE users ADD COLUMN a text;\nCOMMIT;', options: { execution: 'transaction' } },
  ],
  good: [
    'BEGIN;\nALTER TABLE users ADD COLUMN a text;\nCOMMIT;',
    { sql: 'BEGIN;\nALTER TABLE users ADD COLUMN a text;\nCOMMIT;', options: { transactional: false } },
    { sql: 'BEGIN;\nALTER TABLE users ADD COLUMN a text;\nCOMMIT;', options: { execution: 'autocommit' } },
    'SAVEPOINT s;\nRELEASE SAVEPOINT s;',
  ],
});

describeRule('begin-without-commit', {
  bad: [{ sql: 'BEGIN;\nALTER TABLE users ADD COLUMN a text;', options: { transactional: false } }],
  good: [{ sql: 'BEGIN;\nALTER TABLE users ADD COLUMN a text;\nCOMMIT;', options: { transactional: false } }, { sql: 'START TRANSACTION;\nSELECT 1;\nROLLBACK;', options: { transactional: false } }],
});

describeRule('multiple-alter-table', {
  bad: ['ALTER TABLE users ALTER COLUMN a SET NOT NULL;\nALTER TABLE users DROP CONSTRAINT c, ADD COLUMN b int;'],
  good: ['ALTER TABLE users VALIDATE CONSTRAINT users_a_not_null;\nALTER TABLE users ALTER COLUMN a SET NOT NULL;\nALTER TABLE users DROP CONSTRAINT users_a_not_null;'],
});
