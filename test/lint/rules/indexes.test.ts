import { describeRule } from '../helpers.js';

describeRule('require-concurrent-index', {
  bad: [
    'CREATE INDEX payments_user_idx ON payments (user_id);',
    'CREATE UNIQUE INDEX IF NOT EXISTS u ON app.users (lower(email)) WHERE deleted_at IS NULL;',
    // A table created in an earlier migration is not new here.
    'CREATE TABLE other (id int);\nCREATE INDEX i ON payments (x);',
  ],
  good: [
    { sql: 'CREATE INDEX CONCURRENTLY payments_user_idx ON payments (user_id);', options: { transactional: false } },
    'CREATE TABLE payments (id bigint, user_id bigint);\nCREATE INDEX payments_user_idx ON payments (user_id);',
    'CREATE TABLE app.users (id bigint);\nCREATE INDEX i ON users (id);',
    // Only a comment, a DO block and a function body mention CREATE INDEX.
    "-- CREATE INDEX i ON payments (a);\nDO $$ BEGIN EXECUTE 'CREATE INDEX i ON payments (a)'; END $$;\nCREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE INDEX j ON payments (b); END $$;",
  ],
});

describeRule('non-transactional-statement-in-transaction', {
  bad: [
    'CREATE INDEX CONCURRENTLY i ON payments (user_id);',
    'DROP INDEX CONCURRENTLY i;',
    'REINDEX INDEX CONCURRENTLY i;',
    'VACUUM payments;',
    { sql: 'BEGIN;\nCREATE INDEX CONCURRENTLY i ON payments (a);\nCOMMIT;', options: { transactional: false } },
  ],
  good: [
    { sql: 'CREATE INDEX CONCURRENTLY i ON payments (user_id);', options: { transactional: false } },
    { sql: 'BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;\nCREATE INDEX CONCURRENTLY i ON payments (a);', options: { transactional: false } },
    'CREATE INDEX i ON payments (user_id);',
  ],
});
