/**
 * Cases from a review of session 11's lint changes: each states what the linter says next to what PostgreSQL does,
 * checked on the server here (the usual type change, entity columns and function parameters of unbatched-backfill,
 * reads under a held lock, DETACH with a referencing foreign key, negative sequence steps, DROP ... CASCADE).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintSql } from '../../../src/lint/index.js';
import { initParser } from '../../../src/sql/index.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';

let db: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  await initParser();
  db = await createTestDatabase('review11');
  client = await db.client();
});

afterAll(() => db.drop());

/** Every finding as `rule:severity`. */
const findings = (sql: string): string[] =>
  lintSql(sql, 'm.sql', { runnerSetsTimeouts: true, execution: 'autocommit' }).findings.map((f) => `${f.rule}:${f.severity}`);
const messages = (sql: string, rule: string): string[] =>
  lintSql(sql, 'm.sql', { runnerSetsTimeouts: true, execution: 'autocommit' }).findings.filter((f) => f.rule === rule).map((f) => f.message);

/** `lockstep lint --url` through dist/ (run `npm run build` first): findings as `rule:severity`. */
function lintWithUrl(sql: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'review11-'));
  try {
    mkdirSync(join(dir, 'migrations'));
    writeFileSync(join(dir, 'migrations', 'V1__a.sql'), sql);
    let out: string;
    try {
      out = execFileSync('node', ['dist/cli/main.js', 'lint', join(dir, 'migrations'), '--execution', 'autocommit', '--format', 'json', '--url', db.url], { encoding: 'utf8' });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? '');
    }
    const json = JSON.parse(out) as Array<{ rule: string; severity: string; message: string }>;
    return json.map((f) => `${f.rule}:${f.severity}: ${f.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function filenodeChanges(table: string, sql: string): Promise<boolean> {
  const before = (await client.query(`SELECT pg_relation_filenode('${table}') AS f`)).rows[0].f;
  await client.query(sql);
  return (await client.query(`SELECT pg_relation_filenode('${table}') AS f`)).rows[0].f !== before;
}

describe('changing-column-type "usual" (varchar to text)', () => {
  it('with --url, an enum column changed to text is not taken for varchar to text (it rewrites)', async () => {
    await client.query("CREATE TYPE r11_e AS ENUM ('a', 'b'); CREATE TABLE r11_ce (id int PRIMARY KEY, s r11_e); INSERT INTO r11_ce VALUES (1, 'a')");
    // readColumnTypes' query keeps only pg_catalog types, so the enum column never reaches isBuiltInType.
    const got = lintWithUrl('ALTER TABLE r11_ce ALTER COLUMN s TYPE text;\n');
    await client.query('BEGIN');
    try {
      expect(await filenodeChanges('r11_ce', 'ALTER TABLE r11_ce ALTER COLUMN s TYPE text')).toBe(true);
    } finally {
      await client.query('ROLLBACK');
    }
    // The table is tiny, so the finding is info by size; it must not be the "usual change" info.
    expect(got.filter((f) => f.startsWith('changing-column-type')).join('\n')).not.toMatch(/taken to be/);
    expect(got.some((f) => f.startsWith('require-statement-timeout:warning'))).toBe(true);
  });

  it('an ALTER TYPE text next to DROP TYPE of the old enum (dropping-type doc example) is not the usual change', () => {
    const sql = 'ALTER TABLE orders ALTER COLUMN status TYPE text;\nDROP TYPE order_status;\n';
    expect(findings(sql)).not.toContain('changing-column-type:info');
  });

  it('statements-after-access-exclusive agrees with changing-column-type that the usual change does not rewrite', () => {
    // Two tables would be reported rightly: the second waits for its lock with the first held.
    const sql = 'BEGIN;\nALTER TABLE a ALTER COLUMN x TYPE text;\nALTER TABLE a ALTER COLUMN y TYPE text;\nCOMMIT;\n';
    const f = findings(sql);
    expect(f.filter((x) => x === 'changing-column-type:info')).toHaveLength(2);
    expect(f).not.toContain('statements-after-access-exclusive:warning');
  });
});

describe('unbatched-backfill entity columns and lock-hold', () => {
  it('a column reference to a lookup (status_id, role_id, category_id) is a class of rows, like status', () => {
    expect(findings("UPDATE orders SET flagged = true WHERE status = 'x';")).toContain('unbatched-backfill:warning');
    expect(findings('UPDATE orders SET flagged = true WHERE status_id = 4;')).toContain('unbatched-backfill:warning');
    expect(findings('UPDATE users SET active = false WHERE role_id = 2;')).toContain('unbatched-backfill:warning');
  });

  it('DELETE ... WHERE user_id = 17 under ACCESS EXCLUSIVE scans the table (no index on user_id): the hold is lengthened', async () => {
    await client.query('CREATE TABLE r11_posts (id bigint PRIMARY KEY, user_id bigint); INSERT INTO r11_posts SELECT g, g % 100 FROM generate_series(1, 10000) g; ANALYZE r11_posts');
    const plan = (await client.query('EXPLAIN DELETE FROM r11_posts WHERE user_id = 17')).rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
    expect(plan).toMatch(/Seq Scan on r11_posts/);
    const f = findings('BEGIN;\nALTER TABLE posts ADD COLUMN archived boolean;\nDELETE FROM posts WHERE user_id = 17;\nCOMMIT;\n');
    // Reported at 6b72ea7; the entity-column convention of unbatched-backfill had leaked into lock-hold.
    expect(f).toContain('statements-after-access-exclusive:warning');
  });
});

describe('unbatched-backfill function parameters', () => {
  it('a function that updates one row per call, called once per row of the table, updates every row in one transaction', async () => {
    await client.query(`CREATE TABLE r11_acc (id bigint PRIMARY KEY, flagged boolean); INSERT INTO r11_acc SELECT g, false FROM generate_series(1, 500) g;
      CREATE FUNCTION r11_fix(acct bigint) RETURNS void LANGUAGE plpgsql AS $$ BEGIN UPDATE r11_acc SET flagged = true WHERE id = acct; END $$`);
    await client.query('BEGIN');
    try {
      await client.query('SELECT r11_fix(id) FROM r11_acc');
      // Every row now carries this transaction's xmin: 500 row versions written, their row locks held until COMMIT.
      const { rows } = await client.query('SELECT count(*)::int AS n FROM r11_acc WHERE xmin::text::bigint = txid_current() % 4294967296');
      expect(rows[0].n).toBe(500);
    } finally {
      await client.query('ROLLBACK');
    }
    const sql = 'CREATE FUNCTION fix(acct bigint) RETURNS void LANGUAGE plpgsql AS $$ BEGIN UPDATE accounts SET flagged = true WHERE id = acct; END $$;\nSELECT fix(id) FROM accounts;\n';
    // Reported at 6b72ea7 (warning, "In fix(), which this migration calls"); silent at 0925059.
    expect(findings(sql)).toContain('unbatched-backfill:warning');
  });
});

describe('lock-hold readsRows', () => {
  it('LOCK ... EXCLUSIVE then setval(max(id)) FROM t (index-only, instant) is not reported by lock-table', async () => {
    await client.query('CREATE TABLE r11_su (id serial PRIMARY KEY); INSERT INTO r11_su SELECT generate_series(1, 10000); ANALYZE r11_su');
    const plan = (await client.query("EXPLAIN SELECT setval(pg_get_serial_sequence('r11_su', 'id'), max(id)) FROM r11_su")).rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
    expect(plan).toMatch(/Index Only Scan Backward/);
    expect(findings("BEGIN;\nLOCK TABLE users IN EXCLUSIVE MODE;\nSELECT setval('users_id_seq', max(id)) FROM users;\nCOMMIT;\n")).not.toContain('lock-table:warning');
  });

  it('a SELECT of one row by id is no longer than an UPDATE of one row by id', () => {
    expect(findings('BEGIN;\nALTER TABLE a ADD COLUMN z int;\nSELECT 1 FROM config WHERE id = 1;\nCOMMIT;\n')).not.toContain('statements-after-access-exclusive:warning');
  });

  it('CREATE TABLE AS of a UNION or a subquery reads rows too (only a plain FROM is seen)', () => {
    expect(findings('BEGIN;\nALTER TABLE a ADD COLUMN z int;\nCREATE TABLE snap AS SELECT * FROM big1 UNION ALL SELECT * FROM big2;\nCOMMIT;\n')).toContain('statements-after-access-exclusive:warning');
    expect(findings('BEGIN;\nALTER TABLE a ADD COLUMN z int;\nCREATE TABLE snap AS SELECT * FROM (SELECT * FROM big1) s;\nCOMMIT;\n')).toContain('statements-after-access-exclusive:warning');
  });
});

describe('require-concurrent-detach-partition', () => {
  it('detaching a partition of a table referenced by a foreign key scans the referencing table and locks it ACCESS EXCLUSIVE', async () => {
    await client.query(`CREATE TABLE r11_p (id int, k int, PRIMARY KEY (id, k)) PARTITION BY RANGE (k);
      CREATE TABLE r11_p1 PARTITION OF r11_p FOR VALUES FROM (0) TO (1000);
      CREATE TABLE r11_p2 PARTITION OF r11_p FOR VALUES FROM (1000) TO (2000);
      INSERT INTO r11_p SELECT g, g FROM generate_series(0, 1999) g;
      CREATE TABLE r11_ref (pid int, pk int, FOREIGN KEY (pid, pk) REFERENCES r11_p);
      INSERT INTO r11_ref SELECT g + 1000, g + 1000 FROM generate_series(0, 999) g`);
    await client.query('BEGIN');
    try {
      const scans = async (): Promise<number> => Number((await client.query("SELECT pg_stat_get_xact_numscans('r11_ref'::regclass) AS n")).rows[0].n);
      const before = await scans();
      await client.query('ALTER TABLE r11_p DETACH PARTITION r11_p1');
      expect((await scans()) - before).toBe(1);
      const { rows } = await client.query("SELECT mode FROM pg_locks WHERE relation = 'r11_ref'::regclass AND pid = pg_backend_pid() AND granted");
      expect(rows.map((r: { mode: string }) => r.mode)).toContain('AccessExclusiveLock');
    } finally {
      await client.query('ROLLBACK');
    }
    // The rule says "scans and rewrites nothing ... held for an instant" and is info; with the referencing table known
    // (--url) it should at least not claim that.
    // The tables are tiny, so the finding is info by size; it names the referencing table and the scan.
    const detach = lintWithUrl('ALTER TABLE r11_p DETACH PARTITION r11_p1;\n').filter((f) => f.startsWith('require-concurrent-detach-partition'));
    expect(detach.join('\n')).toMatch(/a foreign key of "public\.r11_ref\w*" references, scans the partition and the referencing table/);
  });
});

describe('restarting-sequence negative INCREMENT', () => {
  it('moving to negative keys (INCREMENT BY -1 RESTART WITH -1) hands out no value already used', async () => {
    await client.query('CREATE TABLE r11_neg (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY); INSERT INTO r11_neg SELECT FROM generate_series(1, 5)');
    await client.query('ALTER SEQUENCE r11_neg_id_seq MINVALUE -2147483648 INCREMENT BY -1 RESTART WITH -1');
    await client.query('INSERT INTO r11_neg DEFAULT VALUES; INSERT INTO r11_neg DEFAULT VALUES');
    expect((await client.query('SELECT min(id) AS m FROM r11_neg')).rows[0].m).toBe(-2);
    expect(findings('ALTER SEQUENCE orders_id_seq MINVALUE -2147483648 INCREMENT BY -1 RESTART WITH -1;')).not.toContain('restarting-sequence:warning');
  });

  it('the message is a sentence, and its help does not advise setval(max(id)), which a descending sequence ignores', () => {
    const [m] = messages('ALTER SEQUENCE s INCREMENT BY -1;', 'restarting-sequence');
    expect(m).not.toMatch(/back down over nextval\(\)/);
    const [h] = lintSql('ALTER SEQUENCE s INCREMENT BY -1;', 'm.sql', { execution: 'autocommit' }).findings.filter((f) => f.rule === 'restarting-sequence').map((f) => f.help);
    expect(h).not.toMatch(/setval/);
  });
});

describe('drop-cascade and dropping-type', () => {
  it('CREATE OR REPLACE FUNCTION does not make the function new: DROP ... CASCADE still drops the old triggers', async () => {
    await client.query(`CREATE TABLE r11_tr (id int);
      CREATE FUNCTION r11_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
      CREATE TRIGGER r11_tr_t BEFORE INSERT ON r11_tr FOR EACH ROW EXECUTE FUNCTION r11_touch()`);
    await client.query('BEGIN');
    try {
      await client.query('CREATE OR REPLACE FUNCTION r11_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$');
      await client.query('DROP FUNCTION r11_touch() CASCADE');
      expect((await client.query("SELECT count(*)::int AS n FROM pg_trigger WHERE tgname = 'r11_tr_t'")).rows[0].n).toBe(0);
    } finally {
      await client.query('ROLLBACK');
    }
    const sql = 'CREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\nDROP FUNCTION touch() CASCADE;\n';
    expect(findings(sql)).toContain('drop-cascade:error');
  });

  it('DROP OPERATOR CLASS ... CASCADE drops the indexes built with it', async () => {
    await client.query(`CREATE OPERATOR CLASS r11_int_ops FOR TYPE int4 USING btree AS OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >, FUNCTION 1 btint4cmp(int4, int4);
      CREATE TABLE r11_oc (x int); CREATE INDEX r11_oc_x ON r11_oc (x r11_int_ops)`);
    await client.query('BEGIN');
    try {
      await client.query('DROP OPERATOR CLASS r11_int_ops USING btree CASCADE');
      expect((await client.query("SELECT to_regclass('r11_oc_x') IS NULL AS gone")).rows[0].gone).toBe(true);
    } finally {
      await client.query('ROLLBACK');
    }
    expect(findings('DROP OPERATOR CLASS my_ops USING btree CASCADE;')).toContain('drop-cascade:error');
  });

  it('DROP FUNCTION ... CASCADE of a function a generated column uses drops the column and its data (as DROP TYPE CASCADE: error)', async () => {
    await client.query("CREATE FUNCTION r11_dbl(int) RETURNS int IMMUTABLE LANGUAGE sql AS 'SELECT $1 * 2'; CREATE TABLE r11_g (a int, b int GENERATED ALWAYS AS (r11_dbl(a)) STORED)");
    await client.query('BEGIN');
    try {
      await client.query('DROP FUNCTION r11_dbl(int) CASCADE');
      const { rows } = await client.query("SELECT count(*)::int AS n FROM pg_attribute WHERE attrelid = 'r11_g'::regclass AND attname = 'b' AND NOT attisdropped");
      expect(rows[0].n).toBe(0);
    } finally {
      await client.query('ROLLBACK');
    }
    // DROP EXTENSION citext CASCADE drops citext columns with their data too: the same loss dropping-type calls an error.
    expect(findings('DROP EXTENSION citext CASCADE;')).toContain('drop-cascade:error');
  });

  it('the old half of an enum swap (renamed in this migration, its columns moved off) is not a warning', () => {
    const sql = `ALTER TYPE status RENAME TO status_old;
CREATE TYPE status AS ENUM ('a', 'b');
ALTER TABLE orders ALTER COLUMN status TYPE status USING status::text::status;
DROP TYPE status_old;
`;
    expect(findings(sql)).not.toContain('dropping-type:warning');
  });

  it('a range type or function created earlier in the migration (qualified or not) is new', () => {
    expect(findings('CREATE TYPE rng AS RANGE (subtype = int4);\nDROP TYPE rng;\n')).not.toContain('dropping-type:warning');
    expect(findings("CREATE FUNCTION public.f2() RETURNS int LANGUAGE sql AS 'SELECT 1';\nDROP FUNCTION f2() CASCADE;\n")).not.toContain('drop-cascade:error');
  });
});

describe('renaming-type SET SCHEMA', () => {
  it('moving app.status to public keeps the bare name reachable (public is on search_path); the message claims it does not', () => {
    const [m] = messages('ALTER TYPE app.status SET SCHEMA public;', 'renaming-type');
    expect(m ?? '').not.toMatch(/search_path no longer finds/);
  });
});
