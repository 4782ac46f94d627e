import { beforeAll, describe, expect, it } from 'vitest';
import { initParser } from '../../../src/sql/index.js';
import { describeRule, findingsOf } from '../helpers.js';

describeRule('ban-char-type', {
  bad: ['CREATE TABLE countries (id bigint PRIMARY KEY, code char(2));', 'ALTER TABLE countries ADD COLUMN iso3 character(3);'],
  good: ['CREATE TABLE countries (id bigint PRIMARY KEY, code text);', 'CREATE TABLE t (id bigint PRIMARY KEY, c "char");'],
});

describeRule('prefer-text-over-varchar', {
  bad: ['CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255));'],
  good: ['CREATE TABLE users (id bigint PRIMARY KEY, email text);', 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar);', 'ALTER TABLE users ALTER COLUMN email TYPE varchar(320);'],
});

describeRule('prefer-timestamptz', {
  bad: ['CREATE TABLE events (id bigint PRIMARY KEY, at timestamp);', 'ALTER TABLE events ADD COLUMN seen_at timestamp without time zone;'],
  good: ['CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz);', 'ALTER TABLE events ADD COLUMN seen_at timestamp with time zone;'],
});

describeRule('prefer-bigint-keys', {
  bad: ['CREATE TABLE users (id serial PRIMARY KEY);', 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id integer REFERENCES users (id));', 'ALTER TABLE orders ADD COLUMN shop_id int;'],
  good: ['CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, age int);', 'ALTER TABLE orders ADD COLUMN quantity int;'],
});

describeRule('prefer-identity', {
  bad: ['CREATE TABLE users (id bigserial PRIMARY KEY);'],
  good: ['CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);'],
});

describeRule('identifier-too-long', {
  bad: [`CREATE INDEX CONCURRENTLY ${'payments_'.repeat(8)}idx ON payments (a);`, `ALTER TABLE t ADD COLUMN ${'x'.repeat(64)} int;`],
  good: [
    `CREATE INDEX CONCURRENTLY ${'p'.repeat(63)} ON payments (a);`,
    // A DROP finds the object by its long name: PostgreSQL truncates it there too.
    `DROP INDEX ${'payments_'.repeat(8)}idx;`,
    `DROP TABLE IF EXISTS "${'x'.repeat(70)}";`,
  ],
});

describeRule('duplicate-column-assignment', {
  bad: ['UPDATE users SET name = 1, name = 2 WHERE id = 1;', 'INSERT INTO users (id, id) VALUES (1, 2);', 'CREATE TABLE t (id bigint PRIMARY KEY, a int, a text);'],
  good: ['UPDATE users SET name = 1, email = 2 WHERE id = 1;', 'ALTER TABLE t ALTER COLUMN a TYPE bigint, ALTER COLUMN a SET DEFAULT 0;'],
});

describeRule('unqualified-table-name', {
  bad: [{ sql: 'ALTER TABLE users ADD COLUMN a text;', options: { unqualifiedNames: true } }, { sql: 'SELECT * FROM users;', options: { rules: { 'unqualified-table-name': 'warning' } } }],
  good: ['ALTER TABLE users ADD COLUMN a text;', { sql: 'ALTER TABLE public.users ADD COLUMN a text;', options: { unqualifiedNames: true } }, { sql: 'WITH x AS (SELECT 1) SELECT * FROM x;', options: { unqualifiedNames: true } }],
});

describeRule('non-idempotent-without-transaction', {
  // Something after it, outside its transaction, can fail and leave it applied.
  bad: [
    { sql: 'CREATE INDEX CONCURRENTLY i ON payments (a);\nCREATE INDEX CONCURRENTLY j ON payments (b);', options: { transactional: false } },
    { sql: 'CREATE TABLE t (id bigint PRIMARY KEY);\nALTER TABLE u ADD COLUMN a int;', options: { transactional: false } },
    { sql: 'ALTER TABLE t ADD COLUMN a int;\nUPDATE t SET a = 1 WHERE id = 1;', options: { execution: 'autocommit' } },
  ],
  good: [
    { sql: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON payments (a);\nSELECT 1;', options: { transactional: false } },
    { sql: 'DROP INDEX CONCURRENTLY IF EXISTS i;\nSELECT 1;', options: { transactional: false } },
    'CREATE TABLE t (id bigint PRIMARY KEY);\nALTER TABLE u ADD COLUMN a int;',
    // The last statement, or the only one, applies or fails whole: nothing to resume.
    { sql: 'CREATE INDEX CONCURRENTLY i ON payments (a);', options: { transactional: false } },
    { sql: 'ALTER TABLE t ADD COLUMN a int;', options: { execution: 'autocommit' } },
    // In one BEGIN ... COMMIT with the statements after it.
    { sql: 'BEGIN;\nALTER TABLE t ADD COLUMN a int;\nUPDATE t SET a = 1 WHERE id = 1;\nCOMMIT;', options: { execution: 'autocommit' } },
  ],
});

// Style choices and problems that fail cleanly or only change the catalog: reported, but below warning.
describe('hints that default to info', () => {
  beforeAll(() => initParser());
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['prefer-timestamptz', 'ALTER TABLE events ADD COLUMN seen_at timestamp;'],
    ['prefer-bigint-keys', 'CREATE TABLE users (id serial PRIMARY KEY);'],
    ['ban-char-type', 'ALTER TABLE countries ADD COLUMN iso3 char(3);'],
    ['prefer-jsonb', 'CREATE TABLE events (id bigint PRIMARY KEY, payload json);'],
    ['create-extension', 'CREATE EXTENSION IF NOT EXISTS pg_trgm;'],
    ['dropping-not-null', 'ALTER TABLE users ALTER COLUMN email DROP NOT NULL;'],
    ['create-domain-with-constraint', 'CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);'],
  ];
  for (const [rule, sql] of cases) {
    it(`${rule}: info by default, still configurable`, () => {
      expect(findingsOf(rule, sql).map((f) => f.severity)).toEqual(['info']);
      expect(findingsOf(rule, { sql, options: { rules: { [rule]: 'warning' } } }).map((f) => f.severity)).toEqual(['warning']);
      expect(findingsOf(rule, { sql, options: { rules: { [rule]: 'off' } } })).toEqual([]);
    });
  }
});
