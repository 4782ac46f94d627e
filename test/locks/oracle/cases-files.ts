/**
 * Real-looking migration files of several statements, each run in one transaction: the locks held at its end are
 * the strongest of its statements', and what it rewrites or reads whole is what any of them does.
 */
import type { Case } from './case.js';

const FILES: readonly string[] = [
  `CREATE TABLE accounts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE, created_at timestamptz NOT NULL DEFAULT now());
   CREATE INDEX accounts_created ON accounts (created_at);
   ALTER TABLE t ADD COLUMN account_id bigint;
   ALTER TABLE t ADD CONSTRAINT t_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;`,
  `ALTER TABLE t ADD COLUMN status text;
   UPDATE t SET status = 'active';
   ALTER TABLE t ALTER COLUMN status SET NOT NULL;
   ALTER TABLE t ALTER COLUMN status SET DEFAULT 'active';`,
  `ALTER TABLE t ADD CONSTRAINT t_b_nn CHECK (b IS NOT NULL) NOT VALID;
   ALTER TABLE t VALIDATE CONSTRAINT t_b_nn;
   ALTER TABLE t ALTER COLUMN b SET NOT NULL;
   ALTER TABLE t DROP CONSTRAINT t_b_nn;`,
  `ALTER TABLE t RENAME COLUMN b TO title;
   ALTER TABLE t RENAME TO posts;
   CREATE VIEW t AS SELECT * FROM posts;`,
  `CREATE TYPE state AS ENUM ('new', 'done');
   ALTER TABLE t ADD COLUMN state state NOT NULL DEFAULT 'new';
   CREATE INDEX t_state ON t (state) WHERE state = 'new';`,
  `ALTER TABLE o ADD COLUMN name text;
   UPDATE o SET name = code;
   CREATE UNIQUE INDEX o_name ON o (name);
   ALTER TABLE o ADD CONSTRAINT o_name_key UNIQUE USING INDEX o_name;`,
  `ALTER TABLE t DROP CONSTRAINT t_o_fk;
   ALTER TABLE t ADD CONSTRAINT t_o_fk FOREIGN KEY (o_id) REFERENCES o (id) ON DELETE CASCADE NOT VALID;
   ALTER TABLE t VALIDATE CONSTRAINT t_o_fk;`,
  `CREATE TABLE p4 (LIKE p INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
   ALTER TABLE p4 ADD CONSTRAINT p4_k CHECK (k = 4);
   ALTER TABLE p ATTACH PARTITION p4 FOR VALUES IN (4);
   ALTER TABLE p4 DROP CONSTRAINT p4_k;`,
  `ALTER TABLE p DETACH PARTITION p1;
   DROP TABLE p1;`,
  `DROP VIEW v;
   ALTER TABLE t ALTER COLUMN a TYPE bigint;
   CREATE VIEW v AS SELECT id, a FROM t;`,
  `ALTER TABLE w ALTER COLUMN c_vc10 TYPE varchar(50), ALTER COLUMN c_num10_2 TYPE numeric(12,2);
   ALTER TABLE w ALTER COLUMN c_int4 TYPE bigint;`,
  `SET LOCAL lock_timeout = '5s';
   SET LOCAL statement_timeout = '1min';
   ALTER TABLE t ADD COLUMN flags int NOT NULL DEFAULT 0;
   CREATE INDEX t_flags ON t (flags);`,
  `CREATE SEQUENCE order_no;
   ALTER TABLE t ADD COLUMN order_no bigint DEFAULT nextval('order_no');`,
  `ALTER TABLE t ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(b, ''))) STORED;
   CREATE INDEX t_search ON t USING gin (search);`,
  `LOCK TABLE t IN SHARE ROW EXCLUSIVE MODE;
   INSERT INTO o SELECT id + 1000, 'x' || id FROM t;
   DELETE FROM o WHERE id > 1000;`,
  `CREATE TABLE audit (id bigserial PRIMARY KEY, t_id int REFERENCES t (id), at timestamptz DEFAULT now());
   CREATE TRIGGER t_audit AFTER UPDATE ON t FOR EACH ROW EXECUTE FUNCTION noop();
   GRANT SELECT ON audit TO PUBLIC;`,
  `ALTER TABLE t ENABLE ROW LEVEL SECURITY;
   CREATE POLICY owner_only ON t USING (a > 0);
   ALTER TABLE t FORCE ROW LEVEL SECURITY;`,
  `ALTER TABLE other.t2 SET SCHEMA public;
   ALTER TABLE t2 RENAME TO t2_moved;
   CREATE INDEX t2_moved_a ON t2_moved (a);`,
  `TRUNCATE e;
   INSERT INTO e SELECT id, a FROM t;
   CREATE INDEX e_a ON e (a);
   ANALYZE e;`,
  `ALTER TABLE np ADD PRIMARY KEY USING INDEX np_id;
   ALTER TABLE np ALTER COLUMN b SET NOT NULL;`,
  `ALTER TYPE mood ADD VALUE 'happy';
   ALTER TABLE t ALTER COLUMN m SET DEFAULT 'ok';`,
  `ALTER DOMAIN positive ADD CONSTRAINT positive_pos CHECK (VALUE > 0) NOT VALID;
   ALTER DOMAIN positive VALIDATE CONSTRAINT positive_pos;`,
  `REFRESH MATERIALIZED VIEW CONCURRENTLY mv;
   ANALYZE mv;`,
  `CREATE TABLE n (id int PRIMARY KEY, o_id int REFERENCES o (id) ON DELETE CASCADE, t_id int REFERENCES t (id));
   CREATE INDEX n_o ON n (o_id);
   CREATE INDEX n_t ON n (t_id);`,
  `ALTER TABLE t ALTER COLUMN c TYPE text;
   ALTER TABLE t ALTER COLUMN c SET STATISTICS 500;
   COMMENT ON COLUMN t.c IS 'free text';`,
  `ALTER TABLE t DROP COLUMN IF EXISTS c;
   ALTER TABLE t DROP COLUMN IF EXISTS nope;`,
  `ALTER TABLE o SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.02);
   ALTER TABLE t SET (fillfactor = 90);`,
  `CREATE UNIQUE INDEX t_a_b ON t (a, b);
   ALTER TABLE t REPLICA IDENTITY USING INDEX t_pkey;`,
  `ALTER TABLE p ADD COLUMN note text;
   ALTER TABLE p ALTER COLUMN note SET DEFAULT '';
   CREATE INDEX p_note ON p (note);`,
  `ALTER TABLE child NO INHERIT parent;
   ALTER TABLE child ADD COLUMN y int;
   ALTER TABLE child INHERIT parent;`,
];

/** Expand-contract steps on each of several tables and columns. */
function expandContract(): string[] {
  const out: string[] = [];
  for (const [table, column] of [['t', 'a'], ['t', 'd'], ['o', 'id'], ['w', 'c_int4'], ['other.t2', 'a'], ['np', 'a']] as const) {
    out.push(`ALTER TABLE ${table} ADD COLUMN ${column}_new bigint;
      UPDATE ${table} SET ${column}_new = ${column};
      CREATE INDEX ON ${table} (${column}_new);`);
    out.push(`ALTER TABLE ${table} ADD CONSTRAINT ${column}_nn CHECK (${column} IS NOT NULL) NOT VALID;
      ALTER TABLE ${table} VALIDATE CONSTRAINT ${column}_nn;`);
    out.push(`ALTER TABLE ${table} ALTER COLUMN ${column} SET STATISTICS 300;
      ANALYZE ${table};`);
    out.push(`ALTER TABLE ${table} ALTER COLUMN ${column} TYPE bigint;
      ALTER TABLE ${table} ALTER COLUMN ${column} SET NOT NULL;`);
  }
  return out;
}

export function fileCases(): Case[] {
  return [...FILES, ...expandContract()].map((sql, i) => ({ sql, group: 'files', mayFail: i >= FILES.length }));
}
