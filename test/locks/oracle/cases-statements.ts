/**
 * Every other statement that locks a relation: CREATE INDEX × methods × options, DROP, REINDEX, VACUUM, CLUSTER,
 * ALTER TYPE / DOMAIN / SEQUENCE / VIEW / INDEX, triggers, policies, rules, LOCK, DML; and the statements that
 * refuse a transaction block, observed from a second session.
 */
import type { Case } from './case.js';

const INDEX_COLUMNS: ReadonlyArray<readonly [table: string, column: string]> = [
  ['t', 'a'], ['t', 'b'], ['t', 'c'], ['t', '(lower(b))'], ['t', 'a, b'], ['w', 'c_jsonb'], ['w', 'c_ts'], ['w', 'c_uuid'],
  ['w', 'c_intarr'], ['other.t2', 'a'], ['mv', 'code'], ['p', 'a'], ['np', 'b'],
];
const INDEX_FORMS: ReadonlyArray<(table: string, column: string) => string> = [
  (t, c) => `CREATE INDEX x ON ${t} (${c.replace(/^\((.*)\)$/, '($1)')})`,
  (t, c) => `CREATE INDEX ON ${t} (${c})`,
  (t, c) => `CREATE INDEX IF NOT EXISTS x ON ${t} (${c})`,
  (t, c) => `CREATE UNIQUE INDEX x ON ${t} (${c})`,
  (t, c) => `CREATE INDEX x ON ${t} (${c}) WHERE id > 100`,
  (t, c) => `CREATE INDEX x ON ${t} (${c}) INCLUDE (id)`,
  (t, c) => `CREATE INDEX x ON ${t} (${c}) WITH (fillfactor = 70)`,
  (t, c) => `CREATE INDEX x ON ${t} (${c}) NULLS NOT DISTINCT`,
  (t, c) => `CREATE INDEX x ON ${t} USING hash (${c})`,
  (t, c) => `CREATE INDEX x ON ${t} USING brin (${c})`,
  (t, c) => `CREATE INDEX x ON ${t} USING gin (${c})`,
  (t, c) => `CREATE INDEX x ON ${t} (${c} DESC NULLS LAST)`,
  (t, c) => `CREATE INDEX x ON ONLY ${t} (${c})`,
];

function indexes(): Case[] {
  const out: Case[] = [];
  for (const [table, column] of INDEX_COLUMNS) for (const form of INDEX_FORMS) out.push({ sql: form(table, column), group: 'CREATE INDEX', mayFail: true });
  return out;
}

const OTHERS: readonly string[] = [
  // DROP
  'DROP TABLE e', 'DROP TABLE IF EXISTS e', 'DROP TABLE e, np', 'DROP TABLE o CASCADE', 'DROP TABLE other.t2', 'DROP TABLE child',
  'DROP TABLE parent CASCADE', 'DROP VIEW v', 'DROP MATERIALIZED VIEW mv', 'DROP SEQUENCE s', 'DROP INDEX t_a', 'DROP INDEX IF EXISTS t_a',
  'DROP INDEX p_a', 'DROP INDEX mv_id', 'DROP TRIGGER t_trg ON t', 'DROP POLICY t_pol ON t', 'DROP RULE t_rule ON t', 'DROP TYPE pair CASCADE',
  'DROP DOMAIN positive CASCADE', 'DROP FUNCTION noop() CASCADE', 'DROP SCHEMA other CASCADE',
  // REINDEX, CLUSTER, ANALYZE, TRUNCATE, REFRESH
  'REINDEX TABLE t', 'REINDEX INDEX t_a', 'REINDEX TABLE other.t2', 'REINDEX INDEX mv_id', 'REINDEX TABLE p', 'REINDEX INDEX p_a', 'REINDEX (VERBOSE) TABLE o',
  'CLUSTER t USING t_a', 'CLUSTER o USING o_pkey', 'CLUSTER other.t2 USING t2_pkey', 'ANALYZE t', 'ANALYZE t (a)', 'ANALYZE p', 'ANALYZE',
  'TRUNCATE t CASCADE', 'TRUNCATE e', 'TRUNCATE o CASCADE', 'TRUNCATE np, e', 'TRUNCATE other.t2 RESTART IDENTITY',
  'REFRESH MATERIALIZED VIEW mv', 'REFRESH MATERIALIZED VIEW CONCURRENTLY mv', 'REFRESH MATERIALIZED VIEW mv WITH NO DATA',
  // ALTER INDEX
  'ALTER INDEX t_a RENAME TO t_a2', 'ALTER INDEX t_a SET (fillfactor = 70)', 'ALTER INDEX t_a RESET (fillfactor)', 'ALTER INDEX t_a SET TABLESPACE pg_default',
  'ALTER INDEX t_lower ALTER COLUMN 1 SET STATISTICS 100', 'ALTER INDEX IF EXISTS nope RENAME TO nope2', 'ALTER INDEX p_a RENAME TO p_a2',
  // ALTER TYPE, DOMAIN
  "ALTER TYPE mood ADD VALUE 'happy'", "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'ok'", "ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok'",
  "ALTER TYPE mood RENAME VALUE 'ok' TO 'fine'", 'ALTER TYPE mood RENAME TO feeling', 'ALTER TYPE pair ADD ATTRIBUTE z int CASCADE',
  'ALTER TYPE pair DROP ATTRIBUTE y CASCADE', 'ALTER TYPE pair ALTER ATTRIBUTE x TYPE bigint CASCADE',
  'ALTER TYPE pair RENAME ATTRIBUTE x TO xx CASCADE', 'ALTER TYPE mood OWNER TO CURRENT_USER',
  'ALTER DOMAIN positive ADD CONSTRAINT pos CHECK (VALUE > 0)', 'ALTER DOMAIN positive ADD CONSTRAINT pos CHECK (VALUE > 0) NOT VALID',
  'ALTER DOMAIN checked VALIDATE CONSTRAINT checked_pos', 'ALTER DOMAIN checked DROP CONSTRAINT checked_pos', 'ALTER DOMAIN positive SET NOT NULL',
  'ALTER DOMAIN positive DROP NOT NULL', 'ALTER DOMAIN positive SET DEFAULT 1', 'ALTER DOMAIN positive DROP DEFAULT', 'ALTER DOMAIN checked RENAME CONSTRAINT checked_pos TO checked_positive',
  // SEQUENCE
  'CREATE SEQUENCE s2', 'CREATE SEQUENCE s2 OWNED BY t.d', 'ALTER SEQUENCE s RESTART', 'ALTER SEQUENCE s RESTART WITH 100', 'ALTER SEQUENCE s INCREMENT BY 2',
  'ALTER SEQUENCE s CACHE 10', 'ALTER SEQUENCE s AS bigint', 'ALTER SEQUENCE s OWNED BY t.d', 'ALTER SEQUENCE s MAXVALUE 1000000', 'ALTER SEQUENCE s RENAME TO s3',
  'ALTER SEQUENCE s SET SCHEMA other', 'ALTER SEQUENCE s OWNER TO CURRENT_USER', 'ALTER SEQUENCE s SET LOGGED', "SELECT nextval('s')", "SELECT setval('s', 10)",
  // VIEW
  'CREATE VIEW v2 AS SELECT id FROM t', 'CREATE OR REPLACE VIEW v AS SELECT id, a FROM t', 'CREATE OR REPLACE VIEW v AS SELECT id, a, b FROM t',
  'ALTER VIEW v RENAME TO v2', 'ALTER VIEW v RENAME COLUMN a TO aa', 'ALTER VIEW v ALTER COLUMN a SET DEFAULT 0', 'ALTER VIEW v SET SCHEMA other',
  'ALTER VIEW v OWNER TO CURRENT_USER', 'ALTER VIEW v SET (security_barrier = true)', 'CREATE MATERIALIZED VIEW mv2 AS SELECT id FROM t',
  'ALTER MATERIALIZED VIEW mv RENAME TO mv2', 'ALTER MATERIALIZED VIEW mv SET SCHEMA other', 'ALTER MATERIALIZED VIEW mv ALTER COLUMN code SET STATISTICS 10',
  'ALTER MATERIALIZED VIEW mv CLUSTER ON mv_id', 'ALTER TABLE v RENAME TO v3', 'ALTER TABLE mv RENAME TO mv3', 'ALTER TABLE t_a RENAME TO t_a3',
  'ALTER TABLE s RENAME TO s4',
  // CREATE TABLE
  'CREATE TABLE n (id int)', 'CREATE TABLE n (id int REFERENCES o (id))', 'CREATE TABLE n (id int, FOREIGN KEY (id) REFERENCES o (id))',
  'CREATE TABLE n (id int REFERENCES o (id), tid int REFERENCES t (id))', 'CREATE TABLE n (LIKE t)', 'CREATE TABLE n (LIKE t INCLUDING ALL)',
  'CREATE TABLE n () INHERITS (parent)', 'CREATE TABLE n AS SELECT * FROM t', 'CREATE TABLE n AS SELECT * FROM t WITH NO DATA', 'SELECT * INTO n FROM t',
  'CREATE UNLOGGED TABLE n (id int)', 'CREATE TABLE n OF pair', 'CREATE TABLE other.n (id int REFERENCES public.o (id))',
  // triggers, policies, rules, comments, grants
  'CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION noop()', 'CREATE TRIGGER x AFTER UPDATE ON o FOR EACH STATEMENT EXECUTE FUNCTION noop()',
  'CREATE OR REPLACE TRIGGER t_trg BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION noop()', 'CREATE TRIGGER x BEFORE INSERT ON p FOR EACH ROW EXECUTE FUNCTION noop()',
  'CREATE CONSTRAINT TRIGGER x AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION noop()', 'ALTER TRIGGER t_trg ON t RENAME TO t_trg2',
  'CREATE POLICY x ON t USING (a > 0)', 'ALTER POLICY t_pol ON t USING (a > 1)', 'ALTER POLICY t_pol ON t RENAME TO t_pol2',
  'CREATE RULE x AS ON UPDATE TO t WHERE false DO INSTEAD NOTHING', 'CREATE OR REPLACE RULE t_rule AS ON DELETE TO t WHERE false DO INSTEAD NOTHING',
  "COMMENT ON TABLE t IS 'x'", "COMMENT ON COLUMN t.a IS 'x'", "COMMENT ON INDEX t_a IS 'x'", "COMMENT ON CONSTRAINT t_a_pos ON t IS 'x'",
  'GRANT SELECT ON t TO PUBLIC', 'REVOKE SELECT ON t FROM PUBLIC', 'GRANT ALL ON ALL TABLES IN SCHEMA public TO PUBLIC', 'ALTER TABLE t OWNER TO CURRENT_USER',
  'CREATE STATISTICS x ON a, b FROM t', 'ALTER TABLE t ALTER COLUMN a SET STATISTICS -1',
  // LOCK, DML, SELECT
  'LOCK TABLE t', 'LOCK TABLE t IN ACCESS SHARE MODE', 'LOCK TABLE t IN ROW SHARE MODE', 'LOCK TABLE t IN ROW EXCLUSIVE MODE',
  'LOCK TABLE t IN SHARE UPDATE EXCLUSIVE MODE', 'LOCK TABLE t IN SHARE MODE', 'LOCK TABLE t IN SHARE ROW EXCLUSIVE MODE', 'LOCK TABLE t IN EXCLUSIVE MODE',
  'LOCK TABLE t IN ACCESS EXCLUSIVE MODE', 'LOCK TABLE t, o IN SHARE MODE', 'LOCK TABLE p IN EXCLUSIVE MODE', 'LOCK TABLE ONLY p IN EXCLUSIVE MODE', 'LOCK other.t2 IN SHARE MODE',
  'UPDATE t SET b = b', 'UPDATE t SET b = b WHERE id = 1', 'DELETE FROM e', 'DELETE FROM t WHERE id = 1', 'INSERT INTO o VALUES (1000)', 'INSERT INTO e SELECT id, a FROM t',
  'INSERT INTO o VALUES (1) ON CONFLICT DO NOTHING', 'MERGE INTO e USING t ON e.id = t.id WHEN NOT MATCHED THEN INSERT VALUES (t.id, t.a)',
  'COPY (SELECT 1) TO STDOUT', 'SELECT * FROM o FOR UPDATE', 'SELECT * FROM o FOR SHARE', 'SELECT * FROM o FOR NO KEY UPDATE', 'SELECT count(*) FROM t',
  'UPDATE t SET a = a + 1 FROM o WHERE o.id = t.o_id', "UPDATE w SET c_text = 'x'",
];

function others(): Case[] {
  return OTHERS.map((sql) => ({ sql, group: 'other statements' }));
}

/** Statements that refuse a transaction block: run in autocommit, held up by a second session, then undone. */
const OUTSIDE: readonly Case[] = [
  { sql: 'CREATE INDEX CONCURRENTLY x ON t (b)', group: 'no transaction', blocker: { table: 't', how: 'snapshot' }, restore: 'DROP INDEX x' },
  { sql: 'CREATE UNIQUE INDEX CONCURRENTLY x ON t (b)', group: 'no transaction', blocker: { table: 't', how: 'snapshot' }, restore: 'DROP INDEX x' },
  { sql: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS x ON t (a) WHERE a > 0', group: 'no transaction', blocker: { table: 't', how: 'snapshot' }, restore: 'DROP INDEX x' },
  { sql: 'CREATE INDEX CONCURRENTLY x ON other.t2 (a)', group: 'no transaction', blocker: { table: 'other.t2', how: 'snapshot' }, restore: 'DROP INDEX other.x' },
  { sql: 'CREATE INDEX CONCURRENTLY x ON w USING gin (c_jsonb)', group: 'no transaction', blocker: { table: 'w', how: 'snapshot' }, restore: 'DROP INDEX x' },
  { sql: 'DROP INDEX CONCURRENTLY t_a', group: 'no transaction', blocker: { table: 't', how: 'snapshot' }, restore: 'CREATE INDEX t_a ON t (a)' },
  { sql: 'DROP INDEX CONCURRENTLY IF EXISTS t_a', group: 'no transaction', blocker: { table: 't', how: 'snapshot' }, restore: 'CREATE INDEX t_a ON t (a)' },
  { sql: 'REINDEX INDEX CONCURRENTLY t_a', group: 'no transaction', blocker: { table: 't', how: 'snapshot' } },
  { sql: 'REINDEX TABLE CONCURRENTLY t', group: 'no transaction', blocker: { table: 't', how: 'snapshot' } },
  { sql: 'REINDEX (CONCURRENTLY) TABLE o', group: 'no transaction', blocker: { table: 'o', how: 'snapshot' } },
  { sql: 'ALTER TABLE p DETACH PARTITION p2 CONCURRENTLY', group: 'no transaction', blocker: { table: 'p', how: 'snapshot', secondPhase: 'p2' }, restore: 'ALTER TABLE p ATTACH PARTITION p2 FOR VALUES IN (2)' },
  { sql: 'VACUUM t', group: 'no transaction', blocker: { table: 't', how: 'lock' } },
  { sql: 'VACUUM (ANALYZE) t', group: 'no transaction', blocker: { table: 't', how: 'lock' } },
  { sql: 'VACUUM (FREEZE, VERBOSE) o', group: 'no transaction', blocker: { table: 'o', how: 'lock' } },
  { sql: 'VACUUM FULL t', group: 'no transaction', blocker: { table: 't', how: 'lock' } },
  { sql: 'VACUUM (FULL) other.t2', group: 'no transaction', blocker: { table: 'other.t2', how: 'lock' } },
  { sql: 'VACUUM (INDEX_CLEANUP OFF) w', group: 'no transaction', blocker: { table: 'w', how: 'lock' } },
  { sql: 'REINDEX SCHEMA other', group: 'no transaction' },
  { sql: 'CLUSTER', group: 'no transaction' },
];

export function statementCases(): Case[] {
  return [...indexes(), ...others()];
}

export function outsideTransactionCases(): Case[] {
  return [...OUTSIDE];
}
