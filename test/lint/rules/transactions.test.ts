import { describeRule } from '../helpers.js';

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
