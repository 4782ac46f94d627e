/**
 * Every "since 16, 17 or 18" that unsupported-by-server-version claims, checked on real servers: a server older than
 * the feature rejects the statement, one at or after it runs it. The test server (PostgreSQL 15 in CI) and PGlite
 * (PostgreSQL 18) are always checked; more servers join when LOCKSTEP_TEST_PG_URLS lists their URLs (comma-separated,
 * e.g. a 16 and a 17, to pin the exact release). Each statement runs in a transaction that is rolled back (a VACUUM of
 * a catalog table runs on its own: VACUUM cannot run in a transaction block).
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintSql } from '../../../src/lint/index.js';
import { initParser } from '../../../src/sql/index.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';

interface Fact {
  readonly since: number;
  readonly sql: string;
  /** VACUUM cannot run in a transaction block. */
  readonly outsideTransaction?: boolean;
  /** The error of an older server, when the rule page quotes it. */
  readonly error?: RegExp;
}

/** Tables the statements use; plain syntax every server accepts. */
const SETUP = `
CREATE TABLE t (id int PRIMARY KEY, a int, b int GENERATED ALWAYS AS (a * 2) STORED, j jsonb, c int CONSTRAINT t_c_check CHECK (c > 0));
CREATE TABLE s (id int, a int);
CREATE TABLE r (t_id int CONSTRAINT r_t_fkey REFERENCES t);
CREATE TABLE p (r int4range, during tstzrange);
CREATE ROLE lockstep_v_granted;
CREATE ROLE lockstep_v_member;
`;

/** Forms that look new to the parser but that older servers run: the rule must not report them. */
const OLDER: readonly string[] = [
  // A cast to json written as a function call, on any version; libpg-query 18 reads it as SQL/JSON's JSON().
  "SELECT JSON('{\"a\": 1}');",
  'SELECT * FROM (SELECT id FROM t) AS ids;',
  'ALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a > 0) NOT VALID;',
  'ALTER TABLE s ADD CONSTRAINT s_id_fkey FOREIGN KEY (id) REFERENCES t NOT VALID;',
  'GRANT lockstep_v_granted TO lockstep_v_member WITH ADMIN OPTION;',
  'MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT (id) VALUES (s.id);',
  // The older forms docs/rules/unsupported-by-server-version.md gives for each feature of 16 to 18.
  "SELECT * FROM (VALUES (1, 'a')) AS v (id, name);",
  "SELECT json_build_object('id', id), json_build_array(id, a) FROM t;",
  'SELECT json_object_agg(id, a), json_agg(a) FROM t;',
  "SELECT tags.tag FROM t, jsonb_array_elements_text(j -> 'tags') AS tags (tag);",
  "SELECT j ->> 'lang', jsonb_path_query_first(j, '$.lang'), jsonb_path_exists(j, '$.lang') FROM t;",
  'ALTER TABLE t ADD COLUMN d int GENERATED ALWAYS AS (a + 1) STORED;',
  'ALTER TABLE p ADD CONSTRAINT p_no_overlap EXCLUDE USING gist (r WITH =, during WITH &&);',
  'ALTER TABLE s ADD CONSTRAINT s_a_not_null CHECK (a IS NOT NULL) NOT VALID;',
  "SELECT jsonb_typeof(j) = 'object' FROM t;",
];

/** What the rule page says of those older forms, on every server. */
const CLAIMS: ReadonlyArray<{ readonly claim: string; readonly sql: string; readonly rejects: RegExp }> = [
  { claim: 'the cast to jsonb fails on text that is not JSON', sql: "SELECT jsonb_typeof('not json'::jsonb);", rejects: /invalid input syntax for type json/ },
];

const FACTS: readonly Fact[] = [
  { since: 16, sql: 'INSERT INTO s (id) SELECT id FROM (SELECT id FROM t WHERE a > 1);', error: /subquery in FROM must have an alias/ },
  { since: 16, sql: 'SELECT * FROM (VALUES (1), (2));' },
  { since: 16, sql: "SELECT JSON_OBJECT('id': id) FROM t;" },
  { since: 16, sql: 'SELECT JSON_ARRAY(id, a) FROM t;' },
  { since: 16, sql: 'SELECT JSON_ARRAY(SELECT id FROM t);' },
  { since: 16, sql: 'SELECT JSON_OBJECTAGG(id: a) FROM t;' },
  { since: 16, sql: 'SELECT JSON_ARRAYAGG(a) FROM t;' },
  { since: 16, sql: 'ALTER TABLE t ADD CONSTRAINT t_j_object CHECK (j::text IS JSON OBJECT);' },
  { since: 16, sql: 'GRANT lockstep_v_granted TO lockstep_v_member WITH INHERIT FALSE;' },
  { since: 16, sql: 'GRANT lockstep_v_granted TO lockstep_v_member WITH SET FALSE;' },
  { since: 16, sql: 'GRANT pg_create_subscription TO lockstep_v_member;' },
  { since: 16, sql: 'GRANT pg_use_reserved_connections TO lockstep_v_member;' },
  { since: 16, sql: 'ANALYZE (BUFFER_USAGE_LIMIT 256) t;' },
  { since: 16, sql: 'VACUUM (PROCESS_MAIN FALSE) pg_catalog.pg_am;', outsideTransaction: true },
  { since: 16, sql: 'VACUUM (SKIP_DATABASE_STATS) pg_catalog.pg_am;', outsideTransaction: true },
  { since: 16, sql: 'VACUUM (ONLY_DATABASE_STATS);', outsideTransaction: true },
  { since: 17, sql: "SELECT * FROM JSON_TABLE('[1, 2]'::jsonb, '$[*]' COLUMNS (n int PATH '$')) AS rows;" },
  { since: 17, sql: "SELECT JSON('{\"a\": 1}' WITH UNIQUE KEYS);" },
  { since: 17, sql: "SELECT JSON('{\"a\": 1}' FORMAT JSON);" },
  { since: 17, sql: 'SELECT JSON_SCALAR(a) FROM t;' },
  { since: 17, sql: 'SELECT JSON_SERIALIZE(j) FROM t;' },
  { since: 17, sql: "SELECT JSON_EXISTS(j, '$.a') FROM t;" },
  { since: 17, sql: "SELECT JSON_QUERY(j, '$.a') FROM t;" },
  { since: 17, sql: "SELECT JSON_VALUE(j, '$.a') FROM t;" },
  { since: 17, sql: 'MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = s.a RETURNING t.id;' },
  { since: 17, sql: 'MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED BY SOURCE THEN DELETE;' },
  { since: 17, sql: 'ALTER TABLE t ALTER COLUMN b SET EXPRESSION AS (a * 3);' },
  { since: 17, sql: "SET LOCAL transaction_timeout = '5min';" },
  { since: 17, sql: 'GRANT pg_maintain TO lockstep_v_member;' },
  { since: 18, sql: 'ALTER TABLE t ADD COLUMN d int GENERATED ALWAYS AS (a + 1) VIRTUAL;' },
  { since: 18, sql: 'ALTER TABLE t ADD COLUMN d int GENERATED ALWAYS AS (a + 1);' },
  { since: 18, sql: 'ALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a > 0) NOT ENFORCED;' },
  { since: 18, sql: 'ALTER TABLE s ADD CONSTRAINT s_id_fkey FOREIGN KEY (id) REFERENCES t NOT ENFORCED;' },
  { since: 18, sql: 'ALTER TABLE r ALTER CONSTRAINT r_t_fkey NOT ENFORCED;' },
  { since: 18, sql: 'ALTER TABLE p ADD CONSTRAINT p_key UNIQUE (r, during WITHOUT OVERLAPS);' },
  {
    since: 18,
    sql: 'CREATE TABLE q (r int4range, during tstzrange, PRIMARY KEY (r, during WITHOUT OVERLAPS));\nCREATE TABLE v (r int4range, during tstzrange, FOREIGN KEY (r, PERIOD during) REFERENCES q (r, PERIOD during));',
  },
  { since: 18, sql: 'ALTER TABLE s ADD CONSTRAINT s_a_not_null NOT NULL a NOT VALID;' },
  { since: 18, sql: 'UPDATE t SET a = a + 1 RETURNING WITH (OLD AS before, NEW AS after) before.a, after.a;' },
  { since: 18, sql: 'GRANT pg_signal_autovacuum_worker TO lockstep_v_member;' },
];

/**
 * Syntax of 16 to 18 the rule does not see: the parser builds the same node as for an older form (the rule page lists
 * them). The servers still date them; the rule says nothing, at any version.
 */
const UNSEEN: readonly Fact[] = [
  { since: 16, sql: 'SELECT 0x1F, 0o17, 0b101;', error: /trailing junk after numeric literal/ },
  { since: 16, sql: 'SELECT 1_000;', error: /trailing junk after numeric literal/ },
  { since: 16, sql: 'GRANT lockstep_v_granted TO lockstep_v_member WITH ADMIN TRUE;' },
  { since: 17, sql: 'MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED BY TARGET THEN INSERT (id) VALUES (s.id);' },
  { since: 18, sql: 'UPDATE t SET a = a + 1 RETURNING old.a, new.a;' },
];

interface Server {
  readonly label: string;
  readonly major: number;
  /** Resolves when the SQL ran, rejects with the server's error. */
  run(sql: string, inTransaction: boolean): Promise<void>;
  close(): Promise<void>;
}

async function onClient(url: string, label: string, drop?: () => Promise<void>): Promise<Server> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const num = Number((await c.query<{ n: string }>("SELECT current_setting('server_version_num') AS n")).rows[0]?.n);
  return {
    label: `${label} (PostgreSQL ${Math.floor(num / 10000)})`,
    major: Math.floor(num / 10000),
    async run(sql, inTransaction) {
      if (!inTransaction) return void (await c.query(sql));
      await c.query('BEGIN');
      try {
        await c.query(SETUP);
        await c.query(sql);
      } finally {
        await c.query('ROLLBACK');
      }
    },
    async close() {
      await c.end();
      await drop?.();
    },
  };
}

async function onPglite(): Promise<Server> {
  const db = new PGlite();
  const num = Number((await db.query<{ n: string }>("SELECT current_setting('server_version_num') AS n")).rows[0]?.n);
  return {
    label: `PGlite (PostgreSQL ${Math.floor(num / 10000)})`,
    major: Math.floor(num / 10000),
    async run(sql, inTransaction) {
      if (!inTransaction) return void (await db.exec(sql));
      await db.exec('BEGIN');
      try {
        await db.exec(SETUP);
        await db.exec(sql);
      } finally {
        await db.exec('ROLLBACK');
      }
    },
    close: () => db.close(),
  };
}

const servers: Server[] = [];
let database: TestDatabase | undefined;
/** Why a server is missing (PGlite could not start): the checks that need it are skipped with this reason. */
let missing: string | undefined;

beforeAll(async () => {
  await initParser();
  database = await createTestDatabase('versions');
  servers.push(await onClient(database.url, 'the test server', () => database!.drop()));
  try {
    servers.push(await onPglite());
  } catch (err) {
    missing = `PGlite could not start: ${(err as Error).message}`;
  }
  const more = (process.env.LOCKSTEP_TEST_PG_URLS ?? '').split(',').map((u) => u.trim()).filter(Boolean);
  for (const [i, url] of more.entries()) servers.push(await onClient(url, `LOCKSTEP_TEST_PG_URLS[${i}]`));
});

afterAll(async () => {
  for (const s of servers) await s.close();
});

const rule = 'unsupported-by-server-version';

function reported(sql: string, pgVersion?: number): string[] {
  return lintSql(sql, 'migration.sql', pgVersion === undefined ? {} : { pgVersion }).findings.filter((f) => f.rule === rule).map((f) => f.message);
}

/** The servers: rejected before fact.since, run from it on. */
async function dated(fact: Fact): Promise<void> {
  for (const server of servers) {
    const outcome = await server.run(fact.sql, !fact.outsideTransaction).then(() => 'runs', (err: Error) => `rejects: ${err.message}`);
    if (server.major >= fact.since) expect(outcome, server.label).toBe('runs');
    else expect(outcome, server.label).toMatch(fact.error ? new RegExp(`^rejects: .*${fact.error.source}`) : /^rejects: /);
  }
}

describe('what PostgreSQL 16, 17 and 18 added, on the servers', () => {
  it('has an older server and a newer one to check on, where the tables the statements use can be made', async (ctx) => {
    const majors = servers.map((s) => s.major);
    if (Math.min(...majors) >= 16) ctx.skip(`no server older than 16 to see the statements rejected on (the test server is ${servers[0]?.label})`);
    if (Math.max(...majors) < 18) ctx.skip(missing ?? 'no PostgreSQL 18 server to run the statements on');
    for (const server of servers) await expect(server.run('SELECT 1;', true), server.label).resolves.toBeUndefined();
  });

  for (const sql of OLDER) {
    it(`older form, run by every server and not reported against 15: ${sql}`, async () => {
      expect(reported(sql, 15)).toEqual([]);
      for (const server of servers) await expect(server.run(sql, true), server.label).resolves.toBeUndefined();
    });
  }

  for (const { claim, sql, rejects } of CLAIMS) {
    it(`on every server, ${claim}`, async () => {
      for (const server of servers) await expect(server.run(sql, true), server.label).rejects.toThrow(rejects);
    });
  }

  for (const fact of UNSEEN) {
    it(`since ${fact.since}, not seen by the rule: ${fact.sql}`, async () => {
      expect(reported(fact.sql, fact.since - 1)).toEqual([]);
      await dated(fact);
    });
  }

  for (const fact of FACTS) {
    it(`since ${fact.since}: ${fact.sql.replace(/\s+/g, ' ')}`, async () => {
      // The rule: reported against the release before, not against the one that added it nor when the version is assumed.
      expect(reported(fact.sql, fact.since - 1).join('\n')).toMatch(new RegExp(`needs PostgreSQL ${fact.since} or later`));
      expect(reported(fact.sql, fact.since)).toEqual([]);
      expect(reported(fact.sql)).toEqual([]);
      await dated(fact);
    });
  }
});
