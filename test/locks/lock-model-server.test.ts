/**
 * The static lock model against a real server: each statement runs inside a transaction, and the strongest
 * lock it holds on each relation (pg_locks) must be the mode statementLocks() predicts.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_MODES, statementLocks } from '../../src/locks/index.js';
import type { LockMode } from '../../src/locks/index.js';
import { initParser, parseSql } from '../../src/sql/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let db: TestDatabase;
let client: pg.Client;
let version = 15;

const SETUP = `
  CREATE SCHEMA other;
  CREATE TABLE o (id int PRIMARY KEY);
  CREATE TABLE t (id int PRIMARY KEY, a int, b text, c varchar(10), d int NOT NULL DEFAULT 0, o_id int);
  CREATE INDEX t_a ON t (a);
  CREATE UNIQUE INDEX t_b ON t (b);
  ALTER TABLE t ADD CONSTRAINT t_a_pos CHECK (a > 0) NOT VALID;
  CREATE TABLE p (id int, k int) PARTITION BY LIST (k);
  CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);
  CREATE TABLE p2 (id int, k int);
  CREATE MATERIALIZED VIEW mv AS SELECT id FROM o;
  CREATE UNIQUE INDEX mv_id ON mv (id);
  CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
`;

const CASES: readonly string[] = [
  'CREATE INDEX t_c ON t (c)',
  'ALTER TABLE t ADD COLUMN e int',
  "ALTER TABLE t ADD COLUMN e int DEFAULT 1",
  'ALTER TABLE t DROP COLUMN c',
  'ALTER TABLE t ALTER COLUMN c TYPE varchar(20)',
  'ALTER TABLE t ALTER COLUMN a SET NOT NULL',
  'ALTER TABLE t ALTER COLUMN d DROP NOT NULL',
  'ALTER TABLE t ALTER COLUMN a SET DEFAULT 1',
  'ALTER TABLE t ALTER COLUMN a SET STATISTICS 200',
  'ALTER TABLE t ADD CONSTRAINT t_o FOREIGN KEY (o_id) REFERENCES o (id) NOT VALID',
  'ALTER TABLE t ADD CONSTRAINT t_chk CHECK (d >= 0) NOT VALID',
  'ALTER TABLE t VALIDATE CONSTRAINT t_a_pos',
  'ALTER TABLE t ADD CONSTRAINT t_c_key UNIQUE (c)',
  'ALTER TABLE t ADD CONSTRAINT t_b_key UNIQUE USING INDEX t_b',
  'ALTER TABLE t DROP CONSTRAINT t_a_pos',
  'ALTER TABLE t SET (fillfactor = 80)',
  'ALTER TABLE t DISABLE TRIGGER ALL',
  'ALTER TABLE t RENAME COLUMN b TO bb',
  'ALTER TABLE t RENAME TO tt',
  'ALTER TABLE t SET SCHEMA other',
  'ALTER INDEX t_a RENAME TO t_a2',
  'ALTER TABLE p ATTACH PARTITION p2 FOR VALUES IN (2)',
  'ALTER TABLE p DETACH PARTITION p1',
  'CREATE TABLE p3 PARTITION OF p FOR VALUES IN (3)',
  'CREATE TABLE n (id int REFERENCES o (id))',
  'DROP INDEX t_a',
  'DROP TABLE p2',
  'TRUNCATE t',
  'REFRESH MATERIALIZED VIEW mv',
  'REFRESH MATERIALIZED VIEW CONCURRENTLY mv',
  'REINDEX TABLE t',
  'CLUSTER t USING t_pkey',
  'ANALYZE t',
  'LOCK TABLE t IN SHARE MODE',
  'CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION noop()',
  'UPDATE t SET a = 1',
  'DELETE FROM t',
  'INSERT INTO o VALUES (1)',
  'SELECT * FROM o FOR UPDATE',
];

/** name → oid of every relation in public, taken before the statement (it may rename or drop them). */
async function relationOids(): Promise<Map<string, string>> {
  const res = await client.query<{ oid: string; relname: string }>(
    "SELECT oid::text, relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p', 'm', 'i', 'I')",
  );
  return new Map(res.rows.map((r) => [r.oid, r.relname]));
}

/** Strongest granted lock this backend holds on each relation, by the name it had before the statement. */
async function heldLocks(names: Map<string, string>): Promise<Map<string, LockMode>> {
  const res = await client.query<{ relation: string; mode: string }>(
    'SELECT relation::text, mode FROM pg_locks WHERE pid = pg_backend_pid() AND granted AND relation IS NOT NULL',
  );
  const out = new Map<string, LockMode>();
  for (const row of res.rows) {
    const name = names.get(row.relation);
    if (!name) continue;
    const mode = row.mode.replace(/Lock$/, '') as LockMode;
    const prev = out.get(name);
    if (!prev || LOCK_MODES.indexOf(mode) > LOCK_MODES.indexOf(prev)) out.set(name, mode);
  }
  return out;
}

beforeAll(async () => {
  await initParser();
  db = await createTestDatabase('lockmodel');
  client = await db.client();
  await client.query(SETUP);
  const v = await client.query<{ server_version_num: string }>('SHOW server_version_num');
  version = Number(v.rows[0]?.server_version_num ?? 150000);
});

afterAll(async () => {
  await db.drop();
});

describe('statementLocks agrees with pg_locks', () => {
  for (const sql of CASES) {
    it(sql, async () => {
      const [stmt] = parseSql(sql);
      if (!stmt) throw new Error('no statement');
      const predicted = statementLocks(stmt, { pgVersion: version });
      const names = await relationOids();
      await client.query('BEGIN');
      try {
        await client.query(sql);
        const held = await heldLocks(names);
        for (const effect of predicted) expect({ relation: effect.relation, mode: held.get(effect.relation) }).toEqual({ relation: effect.relation, mode: effect.mode });
        expect(predicted.length, 'the model names at least one relation').toBeGreaterThan(0);
      } finally {
        await client.query('ROLLBACK');
      }
    });
  }
});
