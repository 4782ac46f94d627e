import { describeRule } from '../helpers.js';

describeRule('unsupported-by-server-version', {
  bad: [
    { sql: 'REINDEX (CONCURRENTLY) INDEX payments_user_idx;', options: { pgVersion: 11 } },
    { sql: 'REINDEX INDEX CONCURRENTLY payments_user_idx;', options: { pgVersion: 110009 } },
    { sql: 'ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY;', options: { pgVersion: 13 } },
    { sql: 'CREATE OR REPLACE TRIGGER audit AFTER INSERT ON payments FOR EACH ROW EXECUTE FUNCTION audit_row();', options: { pgVersion: 13 } },
    { sql: 'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email) NULLS NOT DISTINCT;', options: { pgVersion: 14 } },
    { sql: 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE NULLS NOT DISTINCT (email);', options: { pgVersion: 14 } },
    { sql: 'MERGE INTO totals t USING payments p ON t.id = p.id WHEN NOT MATCHED THEN INSERT (id) VALUES (p.id);', options: { pgVersion: 14 } },
    { sql: 'CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED);', options: { pgVersion: 11 } },
    { sql: 'CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);', options: { pgVersion: 9 } },
  ],
  good: [
    'REINDEX (CONCURRENTLY) INDEX payments_user_idx;',
    { sql: 'REINDEX (CONCURRENTLY) INDEX payments_user_idx;', options: { pgVersion: 12 } },
    { sql: 'REINDEX INDEX payments_user_idx;', options: { pgVersion: 11 } },
    { sql: 'ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY;', options: { pgVersion: 14 } },
    { sql: 'ALTER TABLE events DETACH PARTITION events_2020;', options: { pgVersion: 13 } },
    { sql: 'CREATE TRIGGER audit AFTER INSERT ON payments FOR EACH ROW EXECUTE FUNCTION audit_row();', options: { pgVersion: 13 } },
    { sql: 'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);', options: { pgVersion: 14 } },
    { sql: 'MERGE INTO totals t USING payments p ON t.id = p.id WHEN NOT MATCHED THEN INSERT (id) VALUES (p.id);', options: { pgVersion: 150002 } },
    { sql: 'CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);', options: { pgVersion: 10 } },
  ],
});
