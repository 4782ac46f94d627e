import { describeRule } from '../helpers.js';

describeRule('adding-column-volatile-default', {
  bad: [
    'ALTER TABLE payments ADD COLUMN token uuid DEFAULT gen_random_uuid();',
    'ALTER TABLE payments ADD COLUMN created_at timestamptz DEFAULT clock_timestamp();',
    { sql: "ALTER TABLE payments ADD COLUMN status text DEFAULT 'new';", options: { pgVersion: 10 } },
    'ALTER TABLE payments ADD COLUMN region text DEFAULT my_region();',
    // A domain with constraints: PostgreSQL writes the column into every row to check them, default or not.
    "CREATE DOMAIN us_zip AS text CHECK (VALUE ~ '^[0-9]{5}$');\nALTER TABLE payments ADD COLUMN zip us_zip;",
    'CREATE DOMAIN qty AS int NOT NULL DEFAULT 0;\nALTER TABLE payments ADD COLUMN n public.qty;',
    'ALTER DOMAIN code ADD CONSTRAINT code_len CHECK (length(VALUE) < 10) NOT VALID;\nALTER TABLE payments ADD COLUMN c code;',
  ],
  good: [
    "ALTER TABLE payments ADD COLUMN status text DEFAULT 'new';",
    'CREATE DOMAIN note AS text;\nALTER TABLE payments ADD COLUMN n note;',
    "CREATE DOMAIN us_zip AS text CHECK (VALUE ~ '^[0-9]{5}$');\nCREATE TABLE addresses (zip us_zip);\nALTER TABLE addresses ADD COLUMN zip2 us_zip;",
    'ALTER TABLE payments ADD COLUMN created_at timestamptz DEFAULT now();',
    // STABLE (pg_proc.provolatile = 's'): evaluated once, a fast default.
    'ALTER TABLE payments ADD COLUMN created_xid bigint DEFAULT txid_current();',
    "ALTER TABLE payments ADD COLUMN day text DEFAULT to_char(now(), 'YYYY-MM-DD');",
    'ALTER TABLE payments ADD COLUMN epoch bigint DEFAULT extract(epoch FROM now())::bigint;',
    'ALTER TABLE payments ADD COLUMN scores int[] DEFAULT array_fill(0, ARRAY[3]);',
    'ALTER TABLE payments ADD COLUMN n int DEFAULT 0 NOT NULL;',
    'ALTER TABLE payments ADD COLUMN note text;',
    { sql: 'ALTER TABLE payments ADD COLUMN note text DEFAULT NULL;', options: { pgVersion: 10 } },
    'CREATE TABLE payments (id int);\nALTER TABLE payments ADD COLUMN token uuid DEFAULT gen_random_uuid();',
  ],
});

describeRule('adding-not-null-column', {
  bad: [
    'ALTER TABLE transactions ADD COLUMN metadata jsonb NOT NULL;',
    { sql: 'ALTER TABLE transactions ADD COLUMN metadata jsonb NOT NULL;', options: { pgVersion: 10 } },
    // DEFAULT NULL is no default: every existing row would be NULL.
    'ALTER TABLE transactions ADD COLUMN metadata jsonb NOT NULL DEFAULT NULL;',
  ],
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

describeRule('dropping-identity', {
  bad: [
    'ALTER TABLE accounts ALTER COLUMN id DROP IDENTITY;',
    'ALTER TABLE "public"."accounts" ALTER COLUMN "id" DROP IDENTITY IF EXISTS;',
    // DROP DEFAULT gives it no value back.
    'ALTER TABLE accounts ALTER COLUMN id DROP IDENTITY;\nALTER TABLE accounts ALTER COLUMN id DROP DEFAULT;',
  ],
  good: [
    "CREATE SEQUENCE accounts_id_seq OWNED BY accounts.id;\nALTER TABLE accounts ALTER COLUMN id DROP IDENTITY;\nALTER TABLE accounts ALTER COLUMN id SET DEFAULT nextval('accounts_id_seq');",
    'ALTER TABLE accounts ALTER COLUMN id DROP IDENTITY;\nALTER TABLE accounts ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;',
    // The same table, written schema-qualified.
    "ALTER TABLE accounts ALTER COLUMN id DROP IDENTITY;\nALTER TABLE public.accounts ALTER COLUMN id SET DEFAULT nextval('accounts_id_seq');",
    'CREATE TABLE scratch (id bigint GENERATED ALWAYS AS IDENTITY);\nALTER TABLE scratch ALTER COLUMN id DROP IDENTITY;',
  ],
});

describeRule('renaming-column', {
  bad: [
    'ALTER TABLE users RENAME COLUMN email TO email_address;',
    'ALTER TABLE users ADD COLUMN tmp int;\nALTER TABLE users RENAME COLUMN email TO email_address;',
    'ALTER TYPE postal_addr RENAME ATTRIBUTE city TO town CASCADE;',
    // A swap in two transactions: queries that name the column fail in between (info).
    { sql: 'ALTER TABLE orders RENAME COLUMN payload TO payload_json;\nALTER TABLE orders RENAME COLUMN payload_v2 TO payload;', options: { execution: 'autocommit' } },
    // Another table's column takes the name: no swap.
    'ALTER TABLE orders RENAME COLUMN payload TO payload_json;\nALTER TABLE invoices RENAME COLUMN payload_v2 TO payload;',
    // Through a temporary name to a new one: the old name is gone (reported at the first rename).
    'ALTER TABLE users RENAME COLUMN email TO email_tmp;\nALTER TABLE users RENAME COLUMN email_tmp TO email_address;',
  ],
  good: [
    // A swap in one transaction: the name is a column again when anyone can see it (server-facts.test.ts).
    // (payload_v2 is this migration's own column; renaming an existing one would break the code that writes it.)
    'ALTER TABLE orders ADD COLUMN payload_v2 jsonb;\nALTER TABLE orders RENAME COLUMN payload TO payload_json;\nALTER TABLE orders RENAME COLUMN payload_v2 TO payload;',
    { sql: 'ALTER TABLE orders ADD COLUMN payload_v2 jsonb;\nBEGIN;\nALTER TABLE orders RENAME COLUMN payload TO payload_json;\nALTER TABLE orders RENAME COLUMN payload_v2 TO payload;\nCOMMIT;', options: { execution: 'autocommit' } },
    'CREATE TABLE users (email text);\nALTER TABLE users RENAME COLUMN email TO email_address;',
    'CREATE TYPE postal_addr AS (street text, city text);\nALTER TYPE postal_addr RENAME ATTRIBUTE city TO town;',
    'ALTER TABLE users RENAME TO people;',
    // A column this migration added: no running code uses its name yet.
    'ALTER TABLE users ADD COLUMN tmp_x int;\nALTER TABLE users RENAME COLUMN tmp_x TO tmp_y;',
    // GitLab's three-way column swap in one transaction: the temporary name is this migration's own.
    { sql: 'BEGIN;\nALTER TABLE users RENAME COLUMN n TO n_tmp;\nALTER TABLE users RENAME COLUMN n_new TO n;\nALTER TABLE users RENAME COLUMN n_tmp TO n_new;\nCOMMIT;', options: { execution: 'autocommit' } },
  ],
});

describeRule('adding-stored-generated-column', {
  bad: ['ALTER TABLE orders ADD COLUMN total_cents bigint GENERATED ALWAYS AS (quantity * price_cents) STORED;', { sql: 'ALTER TABLE orders ADD COLUMN t bigint GENERATED ALWAYS AS (q * p) STORED;', options: { pgVersion: 18 } }],
  good: ['ALTER TABLE orders ADD COLUMN total_cents bigint GENERATED ALWAYS AS (quantity * price_cents) VIRTUAL;', 'CREATE TABLE orders (q int, p int);\nALTER TABLE orders ADD COLUMN t int GENERATED ALWAYS AS (q * p) STORED;'],
});

describeRule('adding-auto-increment-column', {
  bad: ['ALTER TABLE events ADD COLUMN seq bigserial;', 'ALTER TABLE events ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;'],
  good: ['ALTER TABLE events ADD COLUMN seq bigint;', 'CREATE TABLE events (a int);\nALTER TABLE events ADD COLUMN id bigserial;'],
});

describeRule('changing-type-of-checked-column', {
  bad: ["ALTER TABLE users ADD CONSTRAINT name_len CHECK (char_length(name) < 200) NOT VALID;\nALTER TABLE users ALTER COLUMN name TYPE text;"],
  good: ["ALTER TABLE users ADD CONSTRAINT name_len CHECK (char_length(name) < 200) NOT VALID;\nALTER TABLE users ALTER COLUMN email TYPE text;", 'ALTER TABLE users ALTER COLUMN name TYPE text;'],
});

describeRule('prefer-jsonb', {
  bad: ['CREATE TABLE events (id bigint PRIMARY KEY, payload json);', 'ALTER TABLE events ADD COLUMN payload json;', 'ALTER TABLE events ALTER COLUMN payload TYPE json;'],
  good: ['CREATE TABLE events (id bigint PRIMARY KEY, payload jsonb);', 'ALTER TABLE events ADD COLUMN payload jsonb;'],
});

describeRule('dropping-column', {
  bad: [
    'ALTER TABLE users DROP COLUMN legacy_flag;',
    'ALTER TABLE users DROP COLUMN IF EXISTS legacy_flag CASCADE;',
    // Another column of the table was added here, not this one.
    'ALTER TABLE users ADD COLUMN id_new bigint;\nALTER TABLE users DROP COLUMN legacy_flag;',
  ],
  good: [
    'CREATE TABLE users (id bigint, tmp int);\nALTER TABLE users DROP COLUMN tmp;',
    'ALTER TABLE users DROP CONSTRAINT users_tmp_check;',
    // Added by this migration: no running code knows it.
    'ALTER TABLE ledger ADD COLUMN id_new bigint;\nALTER TABLE ledger DROP COLUMN id_new;',
  ],
});

describeRule('alter-table-only-columns', {
  bad: [
    'ALTER TABLE ONLY sales ADD COLUMN note text;',
    'ALTER TABLE IF EXISTS ONLY public.sales ALTER COLUMN amount TYPE numeric(14, 2);',
    'ALTER TABLE ONLY sales ADD COLUMN a text, ADD COLUMN b text;',
  ],
  good: [
    'ALTER TABLE sales ADD COLUMN note text;',
    'ALTER TABLE sales ALTER COLUMN amount TYPE numeric(14, 2);',
    // pg_dump's form: constraints, defaults.
    'ALTER TABLE ONLY public.sales ADD CONSTRAINT sales_pkey PRIMARY KEY (id, region);',
    "ALTER TABLE ONLY public.ledger ALTER COLUMN id SET DEFAULT nextval('public.invoice_seq'::regclass);",
    'CREATE TABLE scratch (id int);\nALTER TABLE ONLY scratch ADD COLUMN note text;',
    // A composite type's attributes: parsed as an ALTER TABLE, with no ONLY.
    'ALTER TYPE postal_addr ADD ATTRIBUTE zip text;',
    'ALTER TYPE postal_addr ALTER ATTRIBUTE zip TYPE varchar(10) CASCADE;',
  ],
});
