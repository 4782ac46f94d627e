import { describeRule } from '../helpers.js';

describeRule('update-without-where', {
  bad: ["UPDATE users SET plan = 'free';"],
  good: ["UPDATE users SET plan = 'free' WHERE plan IS NULL;", 'UPDATE users u SET plan = p.name FROM plans p WHERE p.id = u.plan_id;', "CREATE TABLE users (plan text);\nUPDATE users SET plan = 'free';"],
});

describeRule('delete-without-where', {
  bad: ['DELETE FROM sessions;'],
  good: ['DELETE FROM sessions WHERE expires_at < now();', 'CREATE TABLE s (id int);\nDELETE FROM s;'],
});

describeRule('backfill-in-schema-transaction', {
  bad: [
    "ALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = 'free' WHERE plan IS NULL;",
    'ALTER TABLE users ADD COLUMN plan text;\nINSERT INTO audit (user_id) SELECT id FROM users;',
  ],
  good: [
    "UPDATE users SET plan = 'free' WHERE plan IS NULL;",
    { sql: "ALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = 'free' WHERE plan IS NULL;", options: { transactional: false } },
    "CREATE TABLE plans (name text);\nINSERT INTO plans (name) VALUES ('free');",
    "ALTER TABLE users ADD COLUMN plan text;\nINSERT INTO plans (name) VALUES ('free');",
  ],
});

describeRule('foreign-key-without-index', {
  bad: [
    'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));',
    'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;',
  ],
  good: [
    'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));\nCREATE INDEX orders_user_idx ON orders (user_id);',
    'CREATE TABLE memberships (user_id bigint REFERENCES users (id), group_id bigint, PRIMARY KEY (user_id, group_id));',
    'CREATE INDEX CONCURRENTLY orders_user_idx ON orders (user_id, created_at);\nALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;',
    // Created by another migration of the same run (runLint passes these).
    { sql: 'ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;', options: { knownIndexes: [{ table: 'orders', columns: ['user_id'] }] } },
  ],
});
