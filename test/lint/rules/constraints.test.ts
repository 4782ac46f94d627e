import { describeRule } from '../helpers.js';

describeRule('constraint-missing-not-valid', {
  bad: [
    'ALTER TABLE payments ADD CONSTRAINT payments_user_fk FOREIGN KEY (user_id) REFERENCES users (id);',
    'ALTER TABLE payments ADD CONSTRAINT amount_positive CHECK (amount > 0);',
    // A DEFAULT on the new column makes PostgreSQL validate its foreign key — DEFAULT NULL too (measured on 15).
    'ALTER TABLE orders ADD COLUMN coupon_id bigint DEFAULT 5 REFERENCES coupons (id);',
    'ALTER TABLE orders ADD COLUMN coupon_id bigint DEFAULT NULL REFERENCES coupons (id);',
    // A separate ADD CONSTRAINT on the new column is validated, and a CHECK on a new column always is.
    'ALTER TABLE orders ADD COLUMN coupon_id bigint, ADD CONSTRAINT orders_coupon_fk FOREIGN KEY (coupon_id) REFERENCES coupons (id);',
    'ALTER TABLE products ADD COLUMN weight_grams integer CHECK (weight_grams > 0);',
    // Before PostgreSQL 13 another column's DEFAULT in the same statement turned validation on.
    { sql: "ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES coupons (id), ADD COLUMN note text DEFAULT '';", options: { pgVersion: 12 } },
  ],
  good: [
    // A new column without DEFAULT is NULL in every row: PostgreSQL marks the foreign key valid without a scan.
    'ALTER TABLE payments ADD COLUMN user_id bigint REFERENCES users (id);',
    "ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES coupons (id) ON DELETE SET NULL, ADD COLUMN note text DEFAULT '';",
    'ALTER TABLE payments ADD CONSTRAINT payments_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;',
    'ALTER TABLE payments ADD CONSTRAINT amount_positive CHECK (amount > 0) NOT VALID;',
    'ALTER TABLE payments VALIDATE CONSTRAINT amount_positive;',
    'CREATE TABLE payments (id bigint, amount int);\nALTER TABLE payments ADD CONSTRAINT amount_positive CHECK (amount > 0);',
    'ALTER TABLE payments ADD CONSTRAINT u UNIQUE USING INDEX payments_u;',
  ],
});

describeRule('unique-constraint-without-index', {
  bad: [
    'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);',
    'ALTER TABLE users ADD PRIMARY KEY (id);',
    'ALTER TABLE users ADD COLUMN code text UNIQUE;',
  ],
  good: [
    'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;',
    'ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_pkey;',
    'CREATE TABLE users (id bigint, email text);\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);',
  ],
});

describeRule('setting-column-not-null', {
  bad: [
    'ALTER TABLE payments ALTER COLUMN user_id SET NOT NULL;',
    // Made nullable again before it is set NOT NULL: the scan is back.
    "ALTER TABLE payments ADD COLUMN note text NOT NULL DEFAULT '';\nALTER TABLE payments ALTER COLUMN note DROP NOT NULL;\nALTER TABLE payments ALTER COLUMN note SET NOT NULL;",
    // The CHECK is not validated before SET NOT NULL.
    'ALTER TABLE payments ADD CONSTRAINT c CHECK (user_id IS NOT NULL) NOT VALID;\nALTER TABLE payments ALTER COLUMN user_id SET NOT NULL;',
    // Before PostgreSQL 12 a CHECK does not help.
    {
      sql: 'ALTER TABLE payments ADD CONSTRAINT c CHECK (user_id IS NOT NULL) NOT VALID;\nALTER TABLE payments VALIDATE CONSTRAINT c;\nALTER TABLE payments ALTER COLUMN user_id SET NOT NULL;',
      options: { pgVersion: 11 },
    },
  ],
  good: [
    'ALTER TABLE payments ADD CONSTRAINT c CHECK (user_id IS NOT NULL) NOT VALID;\nALTER TABLE payments VALIDATE CONSTRAINT c;\nALTER TABLE payments ALTER COLUMN user_id SET NOT NULL;',
    'ALTER TABLE payments ADD CONSTRAINT c CHECK (user_id IS NOT NULL AND amount > 0) NOT VALID;\nALTER TABLE payments VALIDATE CONSTRAINT c;\nALTER TABLE payments ALTER user_id SET NOT NULL;',
    'CREATE TABLE payments (user_id bigint);\nALTER TABLE payments ALTER COLUMN user_id SET NOT NULL;',
    // NOT NULL already (added so earlier in the migration): SET NOT NULL changes nothing, on every version.
    { sql: "ALTER TABLE payments ADD COLUMN note text NOT NULL DEFAULT '';\nALTER TABLE payments ALTER COLUMN note SET NOT NULL;", options: { pgVersion: 10 } },
    'ALTER TABLE payments ADD COLUMN ref bigint NOT NULL DEFAULT 0, ALTER COLUMN ref SET NOT NULL;',
  ],
});

describeRule('validate-constraint-same-transaction', {
  bad: [
    'ALTER TABLE payments ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\nALTER TABLE payments VALIDATE CONSTRAINT fk;',
    { sql: 'BEGIN;\nALTER TABLE payments ADD CONSTRAINT c CHECK (a > 0) NOT VALID;\nALTER TABLE payments VALIDATE CONSTRAINT c;\nCOMMIT;', options: { transactional: false } },
    // One ALTER TABLE: SET NOT NULL's ACCESS EXCLUSIVE is taken first, the validation scans under it.
    { sql: 'ALTER TABLE payments VALIDATE CONSTRAINT payments_user_id_not_null, ALTER COLUMN user_id SET NOT NULL;', options: { execution: 'autocommit' } },
  ],
  good: [
    'ALTER TABLE payments VALIDATE CONSTRAINT fk;',
    { sql: 'ALTER TABLE payments ADD CONSTRAINT c CHECK (a > 0) NOT VALID;\nALTER TABLE payments VALIDATE CONSTRAINT c;', options: { transactional: false } },
  ],
});

describeRule('primary-key-implicit-not-null', {
  bad: ['ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_id_idx;'],
  good: ['ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;', 'CREATE TABLE users (id bigint NOT NULL);\nCREATE UNIQUE INDEX users_id_idx ON users (id);\nALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_id_idx;'],
});

describeRule('exclusion-constraint', {
  bad: ['ALTER TABLE bookings ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);'],
  good: ['CREATE TABLE bookings (room int, during tstzrange);\nALTER TABLE bookings ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);', 'ALTER TABLE bookings ADD CONSTRAINT c CHECK (room > 0) NOT VALID;'],
});

describeRule('dropping-not-null', {
  bad: ['ALTER TABLE users ALTER COLUMN email DROP NOT NULL;'],
  good: ['CREATE TABLE users (email text NOT NULL);\nALTER TABLE users ALTER COLUMN email DROP NOT NULL;', 'ALTER TABLE users ALTER COLUMN email SET DEFAULT \'\';'],
});

describeRule('create-domain-with-constraint', {
  bad: ['CREATE DOMAIN positive_int AS int CHECK (VALUE > 0);', 'CREATE DOMAIN email AS text NOT NULL;'],
  good: ['CREATE DOMAIN note AS text;'],
});

describeRule('alter-domain-add-constraint', {
  // A domain's VALIDATE takes SHARE on every table using it (test/lint/rules/server-facts.test.ts).
  bad: ['ALTER DOMAIN positive_int ADD CONSTRAINT positive CHECK (VALUE > 0);', 'ALTER DOMAIN email SET NOT NULL;', 'ALTER DOMAIN positive_int VALIDATE CONSTRAINT positive;'],
  good: [
    'ALTER DOMAIN positive_int ADD CONSTRAINT positive CHECK (VALUE > 0) NOT VALID;',
    'ALTER DOMAIN positive_int DROP CONSTRAINT positive;',
    'CREATE DOMAIN positive_int AS int;\nALTER DOMAIN positive_int ADD CONSTRAINT positive CHECK (VALUE > 0) NOT VALID;\nALTER DOMAIN positive_int VALIDATE CONSTRAINT positive;',
    'CREATE DOMAIN positive_int AS int;\nALTER DOMAIN positive_int ADD CONSTRAINT positive CHECK (VALUE > 0);',
  ],
});

describeRule('setting-column-not-null', {
  bad: ['ALTER TABLE payments VALIDATE CONSTRAINT payments_other_not_null;\nALTER TABLE payments ALTER COLUMN user_id SET NOT NULL;'],
  // A check validated here but added by an earlier migration is recognised by its name (as --fix names it).
  good: [
    'ALTER TABLE payments VALIDATE CONSTRAINT payments_user_id_not_null;\nALTER TABLE payments ALTER COLUMN user_id SET NOT NULL;',
    // A lower-case name written by hand for a quoted mixed-case column.
    'ALTER TABLE app."Users" VALIDATE CONSTRAINT users_email_not_null;\nALTER TABLE app."Users" ALTER COLUMN "Email" SET NOT NULL;',
  ],
});

describeRule('dropping-primary-key', {
  bad: [
    'ALTER TABLE orders DROP CONSTRAINT orders_pkey;',
    'ALTER TABLE app.orders DROP CONSTRAINT IF EXISTS orders_pkey CASCADE;',
    'ALTER TABLE orders ADD CONSTRAINT orders_pk PRIMARY KEY USING INDEX orders_id_key;\nALTER TABLE orders DROP CONSTRAINT orders_pk;',
    // The new key is added after the transaction commits: other sessions see the table without one in between.
    { sql: 'ALTER TABLE orders DROP CONSTRAINT orders_pkey;\nALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_id_new;', options: { execution: 'autocommit' } },
    // CASCADE drops the foreign keys that reference the old key, swap or not.
    'ALTER TABLE orders DROP CONSTRAINT orders_pkey CASCADE;\nALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_id_new;',
    'ALTER TABLE orders DROP CONSTRAINT orders_pkey CASCADE, ADD PRIMARY KEY (id, shop_id);',
    // Another table gets the key.
    'ALTER TABLE orders DROP CONSTRAINT orders_pkey;\nALTER TABLE order_lines ADD PRIMARY KEY (id);',
  ],
  good: [
    'ALTER TABLE orders DROP CONSTRAINT orders_total_check;',
    // GitLab's swap in one transaction: no other session sees the table without a primary key.
    'ALTER TABLE orders DROP CONSTRAINT orders_pkey;\nALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_id_new;',
    { sql: 'BEGIN;\nALTER TABLE orders DROP CONSTRAINT orders_pkey;\nALTER TABLE orders ADD PRIMARY KEY USING INDEX orders_id_new;\nCOMMIT;', options: { execution: 'autocommit' } },
    // One ALTER TABLE drops the key and adds the new one (Prisma's and the doc's own swap): atomic, however it runs.
    { sql: 'ALTER TABLE orders DROP CONSTRAINT orders_pkey, ADD CONSTRAINT orders_pkey PRIMARY KEY (id, shop_id);', options: { execution: 'autocommit' } },
    { sql: 'ALTER TABLE orders DROP CONSTRAINT orders_pkey, ADD CONSTRAINT orders_uuid_pkey PRIMARY KEY USING INDEX orders_uuid_key;', options: { execution: 'autocommit' } },
    { sql: 'ALTER TABLE "EventKey" DROP CONSTRAINT "EventKey_pkey", ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;', options: { execution: 'autocommit' } },
    'ALTER TABLE orders DROP CONSTRAINT customers_pkey;',
    'CREATE TABLE orders (id bigint PRIMARY KEY);\nALTER TABLE orders DROP CONSTRAINT orders_pkey;',
  ],
});
