/**
 * The schema every oracle case runs against, built once per test file: small tables with rows (so that scans and
 * rewrites happen), one column per type, every kind of constraint and index, a partitioned table, views, a
 * sequence, a domain and an enum. Each transactional case runs in its own transaction and is rolled back, so the
 * schema is the same for every case.
 */

/** Column types of `w` (one column per type, named c_<key>) and the literal each holds. */
export const COLUMN_TYPES: ReadonlyArray<{ readonly key: string; readonly type: string; readonly value: string }> = [
  { key: 'int2', type: 'smallint', value: '1' },
  { key: 'int4', type: 'integer', value: '1' },
  { key: 'int8', type: 'bigint', value: '1' },
  { key: 'num', type: 'numeric', value: '1.5' },
  { key: 'num10_2', type: 'numeric(10,2)', value: '1.5' },
  { key: 'float8', type: 'double precision', value: '1.5' },
  { key: 'text', type: 'text', value: "'1'" },
  { key: 'vc', type: 'varchar', value: "'1'" },
  { key: 'vc10', type: 'varchar(10)', value: "'1'" },
  { key: 'ch5', type: 'char(5)', value: "'1'" },
  { key: 'bool', type: 'boolean', value: 'true' },
  { key: 'date', type: 'date', value: "'2024-01-01'" },
  { key: 'ts', type: 'timestamp', value: "'2024-01-01 00:00'" },
  { key: 'ts3', type: 'timestamp(3)', value: "'2024-01-01 00:00'" },
  { key: 'tstz', type: 'timestamptz', value: "'2024-01-01 00:00+00'" },
  { key: 'json', type: 'json', value: "'1'" },
  { key: 'jsonb', type: 'jsonb', value: "'1'" },
  { key: 'uuid', type: 'uuid', value: "'00000000-0000-0000-0000-000000000001'" },
  { key: 'bytea', type: 'bytea', value: "'\\x01'" },
  { key: 'inet', type: 'inet', value: "'10.0.0.1'" },
  { key: 'cidr', type: 'cidr', value: "'10.0.0.0/8'" },
  { key: 'intarr', type: 'integer[]', value: "'{1}'" },
];

const ROWS = 200;

const wideColumns = COLUMN_TYPES.map((c) => `c_${c.key} ${c.type}`).join(', ');
const wideValues = COLUMN_TYPES.map((c) => c.value).join(', ');

export const FIXTURE = `
  CREATE SCHEMA other;
  CREATE TYPE mood AS ENUM ('sad', 'ok');
  CREATE TYPE pair AS (x int, y int);
  CREATE DOMAIN positive AS int;
  CREATE DOMAIN checked AS int CONSTRAINT checked_pos CHECK (VALUE > 0);
  CREATE SEQUENCE s;
  CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;

  CREATE TABLE o (id int PRIMARY KEY, code text UNIQUE);
  INSERT INTO o SELECT g, 'o' || g FROM generate_series(1, ${ROWS}) g;

  CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL DEFAULT 0, b text, c varchar(10), d int, o_id int, m mood, p positive, k checked);
  INSERT INTO t SELECT g, g, 'b' || g, 'c' || g, g, g, 'ok', g, g FROM generate_series(1, ${ROWS}) g;
  CREATE INDEX t_a ON t (a);
  CREATE UNIQUE INDEX t_b ON t (b);
  CREATE UNIQUE INDEX t_d ON t (d);
  CREATE INDEX t_lower ON t (lower(b));
  ALTER TABLE t ADD CONSTRAINT t_a_pos CHECK (a > 0) NOT VALID;
  ALTER TABLE t ADD CONSTRAINT t_d_pos CHECK (d > 0);
  ALTER TABLE t ADD CONSTRAINT t_o_fk FOREIGN KEY (o_id) REFERENCES o (id) NOT VALID;
  ALTER TABLE t ADD CONSTRAINT t_c_key UNIQUE (c);
  CREATE TRIGGER t_trg BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION noop();
  CREATE RULE t_rule AS ON DELETE TO t WHERE false DO INSTEAD NOTHING;
  CREATE POLICY t_pol ON t USING (true);

  CREATE TABLE w (id int PRIMARY KEY, ${wideColumns});
  INSERT INTO w SELECT g, ${wideValues} FROM generate_series(1, ${ROWS}) g;

  -- no primary key, no rows: for PRIMARY KEY and NOT NULL columns without a default
  CREATE TABLE np (id int, a int, b text);
  INSERT INTO np SELECT g, g, 'b' || g FROM generate_series(1, ${ROWS}) g;
  CREATE UNIQUE INDEX np_id ON np (id);
  CREATE TABLE e (id int, a int);

  CREATE TABLE other.t2 (id int PRIMARY KEY, a int);
  INSERT INTO other.t2 SELECT g, g FROM generate_series(1, ${ROWS}) g;

  CREATE TABLE p (id int NOT NULL, k int NOT NULL, a int, b text) PARTITION BY LIST (k);
  CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);
  CREATE TABLE p2 PARTITION OF p FOR VALUES IN (2);
  INSERT INTO p SELECT g, 1 + g % 2, g, 'b' || g FROM generate_series(1, ${ROWS}) g;
  CREATE INDEX p_a ON p (a);
  CREATE TABLE p9 (id int NOT NULL, k int NOT NULL, a int, b text);
  INSERT INTO p9 SELECT g, 9, g, 'b' || g FROM generate_series(1, ${ROWS}) g;
  CREATE TABLE p8 (id int NOT NULL, k int NOT NULL CHECK (k = 8), a int, b text);

  CREATE TABLE parent (id int, a int);
  CREATE TABLE child (id int, a int, extra int) INHERITS (parent);

  CREATE VIEW v AS SELECT id, a FROM t;
  CREATE MATERIALIZED VIEW mv AS SELECT id, code FROM o;
  CREATE UNIQUE INDEX mv_id ON mv (id);
  CREATE TABLE ttyped OF pair;
  CREATE UNLOGGED TABLE u (id int PRIMARY KEY, a int);
  INSERT INTO u SELECT g, g FROM generate_series(1, ${ROWS}) g;
  ANALYZE;
`;
