import { big, describeRule } from '../helpers.js';

describeRule('require-concurrent-index', {
  bad: [
    // Inside a DO block, by EXECUTE of a constant string, and in a function the migration calls.
    "DO $$ BEGIN EXECUTE 'CREATE INDEX i ON payments (a)'; END $$;",
    'CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE INDEX j ON payments (b); END $$;\nSELECT f();',
    'CREATE INDEX payments_user_idx ON payments (user_id);',
    'CREATE UNIQUE INDEX IF NOT EXISTS u ON app.users (lower(email)) WHERE deleted_at IS NULL;',
    // A table created in an earlier migration is not new here.
    'CREATE TABLE other (id int);\nCREATE INDEX i ON payments (x);',
    // A renamed existing table keeps its rows: not new under its new name.
    'ALTER TABLE payments RENAME TO payments_v2;\nCREATE INDEX i ON payments_v2 (x);',
    // ON ONLY on a table the database knows is not partitioned builds the index as usual.
    { sql: 'CREATE INDEX i ON ONLY payments (x);', options: { tableSizes: big('payments') } },
  ],
  good: [
    { sql: 'CREATE INDEX CONCURRENTLY payments_user_idx ON payments (user_id);', options: { transactional: false } },
    'CREATE TABLE payments (id bigint, user_id bigint);\nCREATE INDEX payments_user_idx ON payments (user_id);',
    'CREATE TABLE app.users (id bigint);\nCREATE INDEX i ON users (id);',
    'CREATE TABLE staging (id bigint);\nALTER TABLE staging RENAME TO payments_v2;\nCREATE INDEX i ON payments_v2 (id);',
    // Only a comment, a string and a DO block's comment mention CREATE INDEX.
    "-- CREATE INDEX i ON payments (a);\nSELECT 'CREATE INDEX i ON payments (a)';\nDO $$ BEGIN -- CREATE INDEX i ON payments (a)\nNULL; END $$;",
    // ON ONLY is written for a partitioned parent: it indexes no partition (test/lint/rules/server-facts.test.ts).
    'CREATE INDEX metrics_v_idx ON ONLY metrics (v);',
  ],
});

describeRule('index-expression-not-immutable', {
  bad: [
    { sql: "CREATE INDEX CONCURRENTLY orders_recent_idx ON orders (id) WHERE created_at > now() - interval '30 days';", options: { transactional: false } },
    'CREATE INDEX i ON orders (id) WHERE created_at > CURRENT_TIMESTAMP;',
    'CREATE INDEX i ON orders ((random()));',
    'CREATE UNIQUE INDEX i ON accounts (name) WHERE owner = current_user;',
  ],
  good: [
    "CREATE INDEX i ON orders (id) WHERE created_at > '2025-01-01';",
    'CREATE INDEX i ON users ((lower(email)));',
    // Its volatility depends on the column's type: not known without the schema.
    "CREATE INDEX i ON events (date_trunc('day', at));",
    'CREATE INDEX i ON orders (id) WHERE status IS NULL;',
  ],
});

describeRule('concurrent-index-on-partitioned-table', {
  bad: [
    { sql: 'CREATE TABLE metrics (at date, v int) PARTITION BY RANGE (at);\nCREATE INDEX CONCURRENTLY metrics_v_idx ON metrics (v);', options: { transactional: false } },
    // ON ONLY does not help: PostgreSQL refuses CONCURRENTLY on the parent either way (server-facts.test.ts).
    { sql: 'CREATE TABLE app.metrics (at date, v int) PARTITION BY LIST (v);\nCREATE INDEX CONCURRENTLY i ON ONLY metrics (v);', options: { transactional: false } },
    // The database says it is partitioned.
    { sql: 'CREATE INDEX CONCURRENTLY i ON metrics (v);', options: { transactional: false, tableSizes: new Map([['metrics', { rows: 0, bytes: 0, partitioned: true }]]) } },
  ],
  good: [
    // Each partition is a plain table.
    { sql: 'CREATE TABLE metrics (at date, v int) PARTITION BY RANGE (at);\nCREATE TABLE metrics_2024 PARTITION OF metrics FOR VALUES FROM (\'2024-01-01\') TO (\'2025-01-01\');\nCREATE INDEX CONCURRENTLY metrics_2024_v_idx ON metrics_2024 (v);', options: { transactional: false } },
    { sql: 'CREATE INDEX CONCURRENTLY i ON metrics (v);', options: { transactional: false } },
    { sql: 'CREATE INDEX CONCURRENTLY i ON metrics (v);', options: { transactional: false, tableSizes: big('metrics') } },
    // Without CONCURRENTLY it works (require-concurrent-index speaks for the lock).
    'CREATE TABLE metrics (at date, v int) PARTITION BY RANGE (at);\nCREATE INDEX metrics_v_idx ON metrics (v);',
  ],
});

describeRule('non-transactional-statement-in-transaction', {
  // Lockstep runs a file whose statements refuse a transaction block outside one (src/execution), so the rule speaks
  // when the SQL really runs in a block: under --execution transaction, or inside the file's own BEGIN … COMMIT.
  bad: [
    { sql: 'CREATE INDEX CONCURRENTLY i ON payments (user_id);', options: { execution: 'transaction' } },
    { sql: 'DROP INDEX CONCURRENTLY i;', options: { execution: 'transaction' } },
    { sql: 'REINDEX INDEX CONCURRENTLY i;', options: { execution: 'transaction' } },
    { sql: 'VACUUM payments;', options: { execution: 'transaction' } },
    { sql: 'BEGIN;\nCREATE INDEX CONCURRENTLY i ON payments (a);\nCOMMIT;', options: { transactional: false } },
    'BEGIN;\nCREATE INDEX CONCURRENTLY i ON payments (a);\nCOMMIT;',
  ],
  good: [
    // As `lockstep up` runs them: outside a transaction, each on its own.
    'CREATE INDEX CONCURRENTLY i ON payments (user_id);',
    'ALTER TABLE payments ADD COLUMN note text;\nCREATE INDEX CONCURRENTLY i ON payments (user_id);',
    'VACUUM payments;',
    { sql: 'CREATE INDEX CONCURRENTLY i ON payments (user_id);', options: { execution: 'autocommit' } },
    { sql: 'CREATE INDEX CONCURRENTLY i ON payments (user_id);', options: { transactional: false } },
    { sql: 'BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;\nCREATE INDEX CONCURRENTLY i ON payments (a);', options: { transactional: false } },
    'CREATE INDEX i ON payments (user_id);',
  ],
});

describeRule('require-concurrent-index-drop', {
  bad: [
    'DROP INDEX payments_user_idx;',
    'DROP INDEX IF EXISTS app.a_idx, app.b_idx;',
    // PostgreSQL rejects both (checked in server-facts.test.ts).
    { sql: 'DROP INDEX CONCURRENTLY IF EXISTS a_idx, b_idx;', options: { transactional: false } },
    { sql: 'DROP INDEX CONCURRENTLY a_idx CASCADE;', options: { transactional: false } },
  ],
  good: [
    { sql: 'DROP INDEX CONCURRENTLY IF EXISTS payments_user_idx;', options: { transactional: false } },
    'CREATE INDEX tmp_idx ON payments (a);\nDROP INDEX tmp_idx;',
    'DROP TABLE payments;',
  ],
});

describeRule('require-concurrent-reindex', {
  bad: ['REINDEX TABLE payments;', 'REINDEX INDEX payments_user_idx;', { sql: 'REINDEX TABLE payments;', options: { pgVersion: 11 } }],
  good: [{ sql: 'REINDEX (CONCURRENTLY) TABLE payments;', options: { transactional: false } }, { sql: 'REINDEX TABLE CONCURRENTLY payments;', options: { transactional: false } }],
});

describeRule('require-concurrent-detach-partition', {
  bad: ['ALTER TABLE events DETACH PARTITION events_2023;'],
  good: [
    { sql: 'ALTER TABLE events DETACH PARTITION events_2023 CONCURRENTLY;', options: { transactional: false } },
    { sql: 'ALTER TABLE events DETACH PARTITION events_2023;', options: { pgVersion: 13 } },
  ],
});

describeRule('require-concurrent-refresh', {
  bad: ['REFRESH MATERIALIZED VIEW daily_totals;'],
  good: ['REFRESH MATERIALIZED VIEW CONCURRENTLY daily_totals;', 'REFRESH MATERIALIZED VIEW daily_totals WITH NO DATA;', 'CREATE MATERIALIZED VIEW daily_totals AS SELECT 1;\nREFRESH MATERIALIZED VIEW daily_totals;'],
});

describeRule('concurrent-index-pg14-bug', {
  bad: [
    { sql: 'CREATE INDEX CONCURRENTLY i ON payments (a);', options: { transactional: false, pgVersion: 140003 } },
    { sql: 'REINDEX INDEX CONCURRENTLY i;', options: { transactional: false, pgVersion: 140000 } },
    { sql: 'CREATE INDEX CONCURRENTLY i ON payments (a);', options: { transactional: false, pgVersion: 14 } },
  ],
  good: [
    { sql: 'CREATE INDEX CONCURRENTLY i ON payments (a);', options: { transactional: false, pgVersion: 140004 } },
    { sql: 'CREATE INDEX CONCURRENTLY i ON payments (a);', options: { transactional: false, pgVersion: 15 } },
    { sql: 'CREATE INDEX i ON payments (a);', options: { pgVersion: 140002 } },
  ],
});

describeRule('index-too-many-columns', {
  bad: ['CREATE INDEX CONCURRENTLY i ON payments (a, b, c, d);', 'CREATE INDEX CONCURRENTLY i ON payments (a, lower(b), c, d, e);'],
  good: [
    'CREATE INDEX CONCURRENTLY i ON payments (a, b, c) INCLUDE (d, e);',
    'CREATE UNIQUE INDEX CONCURRENTLY i ON payments (a, b, c, d);',
    // A declared sort order: shaped for an ORDER BY it returns without sorting (lemmy's keyset pagination indexes).
    'CREATE INDEX idx_post_community_active ON post (community_id, featured_local DESC, hot_rank_active DESC, published DESC);',
    'CREATE INDEX CONCURRENTLY i ON events (tenant_id, kind, created_at ASC, id ASC);',
    'CREATE INDEX CONCURRENTLY i ON events (tenant_id, kind, finished_at NULLS FIRST, id);',
  ],
});
