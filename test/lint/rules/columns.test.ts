import { describeRule } from '../helpers.js';

describeRule('adding-column-volatile-default', {
  bad: [
    'ALTER TABLE payments ADD COLUMN token uuid DEFAULT gen_random_uuid();',
    'ALTER TABLE payments ADD COLUMN created_at timestamptz DEFAULT clock_timestamp();',
    { sql: "ALTER TABLE payments ADD COLUMN status text DEFAULT 'new';", options: { pgVersion: 10 } },
    'ALTER TABLE payments ADD COLUMN region text DEFAULT my_region();',
  ],
  good: [
    "ALTER TABLE payments ADD COLUMN status text DEFAULT 'new';",
    'ALTER TABLE payments ADD COLUMN created_at timestamptz DEFAULT now();',
    'ALTER TABLE payments ADD COLUMN n int DEFAULT 0 NOT NULL;',
    'ALTER TABLE payments ADD COLUMN note text;',
    { sql: 'ALTER TABLE payments ADD COLUMN note text DEFAULT NULL;', options: { pgVersion: 10 } },
    'CREATE TABLE payments (id int);\nALTER TABLE payments ADD COLUMN token uuid DEFAULT gen_random_uuid();',
  ],
});

describeRule('adding-not-null-column', {
  bad: ['ALTER TABLE transactions ADD COLUMN metadata jsonb NOT NULL;', { sql: 'ALTER TABLE transactions ADD COLUMN metadata jsonb NOT NULL;', options: { pgVersion: 10 } }],
  good: [
    "ALTER TABLE transactions ADD COLUMN metadata jsonb NOT NULL DEFAULT '{}';",
    'ALTER TABLE transactions ADD COLUMN metadata jsonb;',
    'ALTER TABLE transactions ADD COLUMN id2 bigint GENERATED ALWAYS AS IDENTITY NOT NULL;',
    'CREATE TABLE transactions (id int);\nALTER TABLE transactions ADD COLUMN metadata jsonb NOT NULL;',
  ],
});

describeRule('changing-column-type', {
  bad: [
    'ALTER TABLE payments ALTER COLUMN amount TYPE bigint;',
    'ALTER TABLE payments ALTER COLUMN note TYPE varchar(500);',
    'ALTER TABLE payments ALTER COLUMN note TYPE text;',
    'ALTER TABLE payments ALTER COLUMN amount SET DATA TYPE numeric(12,2) USING amount / 100.0;',
  ],
  good: ['CREATE TABLE payments (amount int);\nALTER TABLE payments ALTER COLUMN amount TYPE bigint;', 'ALTER TABLE payments ALTER COLUMN amount SET DEFAULT 0;'],
});

describeRule('renaming-column', {
  bad: ['ALTER TABLE users RENAME COLUMN email TO email_address;'],
  good: ['CREATE TABLE users (email text);\nALTER TABLE users RENAME COLUMN email TO email_address;', 'ALTER TABLE users RENAME TO people;'],
});
