/**
 * ALTER COLUMN ... TYPE judged against a real server: each change runs on a table with one row, and whether
 * pg_class.relfilenode changed (a rewrite) must be what the lock model and the changing-column-type rule say,
 * with the old type read from the catalog (as `lint --url` does) and from an earlier migration's CREATE TABLE.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyColumnEvents, columnEvents, copyColumnTypes, type ColumnTypes } from '../../src/locks/column-types.js';
import { lintSql } from '../../src/lint/index.js';
import { statementLocks } from '../../src/locks/index.js';
import type { LintOptions } from '../../src/lint/index.js';
import { isUtcTimeZone } from '../../src/locks/type-change.js';
import { readColumnTypes, readServerTimeZone } from '../../src/lint/table-sizes.js';
import { initParser, parseSql } from '../../src/sql/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let db: TestDatabase;
let client: pg.Client;
let version = 150000;

beforeAll(async () => {
  await initParser();
  db = await createTestDatabase('typechange');
  client = await db.client();
  const v = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
  version = Number(v.rows[0]?.v ?? 150000);
});

afterAll(async () => {
  await db.drop();
});

/** Creates t (n <from>) with a row, runs `setup` and the ALTER in one transaction, and says whether t was rewritten. */
async function rewritesOnServer(from: string, alter: string, value = 'NULL', setup: readonly string[] = []): Promise<boolean> {
  await client.query('DROP TABLE IF EXISTS t');
  await client.query(`CREATE TABLE t (n ${from})`);
  await client.query(`INSERT INTO t VALUES (${value})`);
  const before = await client.query<{ f: string }>("SELECT relfilenode::text AS f FROM pg_class WHERE relname = 't'");
  await client.query('BEGIN');
  try {
    for (const sql of setup) await client.query(sql);
    await client.query(alter);
    const after = await client.query<{ f: string }>("SELECT relfilenode::text AS f FROM pg_class WHERE relname = 't'");
    return after.rows[0]?.f !== before.rows[0]?.f;
  } finally {
    await client.query('ROLLBACK');
  }
}

const session = { query: <R extends pg.QueryResultRow>(sql: string, params?: unknown[]) => client.query<R>(sql, params) };

async function catalogTypes(): Promise<ColumnTypes> {
  return readColumnTypes(session as never, ['t']);
}

function migrationTypes(from: string): ColumnTypes {
  const types = copyColumnTypes(undefined);
  applyColumnEvents(types, columnEvents(parseSql(`CREATE TABLE t (n ${from})`)));
  return types;
}

/** What Lockstep says: [lock model's rewrite flag, changing-column-type severity or 'none']. */
function lockstepSays(sql: string, options: LintOptions): [boolean, string] {
  const statements = parseSql(sql);
  const alter = statements[statements.length - 1];
  if (!alter) throw new Error('no statement');
  const rewrite = statementLocks(alter, { pgVersion: options.pgVersion ?? version, columnTypes: options.columnTypes }).some((l) => l.rewrite);
  const finding = lintSql(sql, 'm.sql', options).findings.find((f) => f.rule === 'changing-column-type');
  return [rewrite, finding?.severity ?? 'none'];
}

/** [old type, new type (and USING), rewrites on PostgreSQL 15]. */
const KNOWN_OLD_TYPE: ReadonlyArray<readonly [string, string, boolean]> = [
  // The same type again, with or without a USING that is the column itself.
  ['int', 'int', false],
  ['integer', 'int4 USING n', false],
  ['int', 'integer USING n::int', false],
  ['int', 'int USING t.n', false],
  ['int', 'int USING n + 0', true],
  ['int', 'int USING n::bigint', true],
  ['text', 'text USING n', false],
  ['text', 'text USING lower(n)', true],
  ['varchar(10)', 'varchar(10)', false],
  ['numeric(10,2)', 'numeric(10,2)', false],
  ['jsonb', 'jsonb', false],
  ['timestamptz', 'timestamptz', false],
  ['int[]', 'int[]', false],
  ['varchar(10)[]', 'varchar(10)[]', false],
  // Arrays rewrite unless the type is the same, even where the element types are binary-coercible.
  ['varchar(10)[]', 'varchar(20)[]', true],
  ['varchar(10)[]', 'text[]', true],
  ['int[]', 'oid[]', true],
  // integer, oid and the reg* types.
  ['int', 'oid', false],
  ['int', 'oid USING n', false],
  ['int', 'oid USING n::oid', false],
  ['oid', 'int', false],
  ['int', 'regclass', false],
  ['oid', 'regclass', false],
  ['int', 'regtype', false],
  ['smallint', 'oid', true],
  ['bigint', 'oid', true],
  ['int', 'bigint USING n', true],
  // Text types.
  ['varchar(10)', 'varchar(20) USING n', false],
  ['varchar(10)', 'varchar(20) USING n::varchar(20)', false],
  ['varchar(10)', 'varchar(20) USING n::varchar', true],
  ['varchar(10)', 'varchar(20) USING n::text', true],
  ['varchar(10)', 'varchar(5) USING n', true],
  ['text', 'varchar USING n::varchar', false],
  ['text', 'bpchar', false],
  ['varchar(10)', 'bpchar', false],
  ['char(10)', 'bpchar', false],
  ['text', 'char(10)', true],
  ['char(10)', 'char(20)', true],
  ['char(10)', 'text', true],
  ['char(10)', 'varchar', true],
  ['xml', 'text', false],
  ['xml', 'varchar', false],
  // Bit strings.
  ['bit(8)', 'varbit', false],
  ['bit(8)', 'varbit(16)', true],
  ['varbit(8)', 'bit(8)', true],
  ['varbit(8)', 'varbit(16)', false],
  // Precision of times and timestamps.
  ['timestamp(3)', 'timestamp(6)', false],
  ['timestamp(3)', 'timestamp', false],
  ['timestamp', 'timestamp(6)', false],
  ['timestamp', 'timestamp(5)', true],
  ['timestamp(6)', 'timestamp(3)', true],
  ['timestamptz(3)', 'timestamptz(6)', false],
  ['time(3)', 'time', false],
  ['timetz(3)', 'timetz(6)', false],
  // Unchanged from before, for reference.
  ['cidr', 'inet USING n', false],
  ['numeric(10,2)', 'numeric(12,2) USING n', false],
  ['numeric(10,2)', 'numeric(10,3)', true],
];

describe('ALTER COLUMN TYPE with a known old type agrees with relfilenode', () => {
  for (const [from, to, rewrites] of KNOWN_OLD_TYPE) {
    it(`${from} -> ${to}: ${rewrites ? 'rewrite' : 'no rewrite'}`, async () => {
      const alter = `ALTER TABLE t ALTER COLUMN n TYPE ${to}`;
      expect(await rewritesOnServer(from, alter), 'the server').toBe(rewrites);
      const expected: [boolean, string] = [rewrites, rewrites ? 'error' : 'none'];
      expect(lockstepSays(alter, { pgVersion: version, columnTypes: await catalogTypes() }), 'old type from the catalog').toEqual(expected);
      expect(lockstepSays(alter, { pgVersion: version, columnTypes: migrationTypes(from) }), 'old type from a migration').toEqual(expected);
    });
  }
});

describe('ALTER COLUMN TYPE with an unknown old type', () => {
  beforeAll(() => initParser());
  it('to oid or regclass may be a catalog change (from integer or oid): a warning, not an error', () => {
    for (const to of ['oid', 'regclass']) {
      const findings = lintSql(`ALTER TABLE t ALTER COLUMN n TYPE ${to}`, 'm.sql', {}).findings.filter((f) => f.rule === 'changing-column-type');
      expect(findings.map((f) => [f.severity, f.message])).toEqual([['warning', expect.stringMatching(/no rewrite only if the column is integer or oid/)]]);
    }
  });
});

/**
 * timestamp ↔ timestamptz under a TimeZone: [database default TimeZone, old type, statements (the last is the
 * ALTER), runs in Lockstep's transaction, rewrites on PostgreSQL 15]. Each case opens a new session, so RESET and
 * SET ... DEFAULT go back to the database's default, which Lockstep is given as serverTimeZone (read the way
 * `lint --url` reads it).
 */
const TIME_ZONE_CASES: ReadonlyArray<readonly [string, string, readonly string[], boolean, boolean]> = [
  ['Etc/UTC', 'timestamp', ['ALTER TABLE t ALTER COLUMN n TYPE timestamptz'], true, false],
  ['Etc/UTC', 'timestamptz', ['ALTER TABLE t ALTER COLUMN n TYPE timestamp'], true, false],
  ['Etc/UTC', 'timestamp(3)', ['ALTER TABLE t ALTER COLUMN n TYPE timestamptz'], true, false],
  ['Etc/UTC', 'timestamp(3)', ['ALTER TABLE t ALTER COLUMN n TYPE timestamptz(6)'], true, false],
  ['Etc/UTC', 'timestamp(3)', ['ALTER TABLE t ALTER COLUMN n TYPE timestamptz(3)'], true, true],
  ['Etc/UTC', 'timestamp', ['ALTER TABLE t ALTER COLUMN n TYPE timestamptz USING n::timestamptz'], true, false],
  ['Etc/UTC', 'timestamp', ["ALTER TABLE t ALTER COLUMN n TYPE timestamptz USING n AT TIME ZONE 'UTC'"], true, true],
  ['Etc/UTC', 'timestamp[]', ['ALTER TABLE t ALTER COLUMN n TYPE timestamptz[]'], true, true],
  ['Etc/UTC', 'timestamp', ["SET TimeZone = 'America/New_York'", 'ALTER TABLE t ALTER COLUMN n TYPE timestamptz'], true, true],
  ['Etc/UTC', 'timestamp', ["SET LOCAL TimeZone = 'Europe/London'", 'ALTER TABLE t ALTER COLUMN n TYPE timestamptz'], true, true],
  ['Etc/UTC', 'timestamp', ["SET TimeZone = 'Europe/Berlin'", 'RESET TimeZone', 'ALTER TABLE t ALTER COLUMN n TYPE timestamptz'], true, false],
  ['Europe/Berlin', 'timestamp', ['ALTER TABLE t ALTER COLUMN n TYPE timestamptz'], true, true],
  ['Europe/Berlin', 'timestamptz', ['ALTER TABLE t ALTER COLUMN n TYPE timestamp'], true, true],
  ['Europe/Berlin', 'timestamp', ["SET LOCAL TimeZone = 'UTC'", 'ALTER TABLE t ALTER COLUMN n TYPE timestamptz'], true, false],
  ['Europe/Berlin', 'timestamptz', ["SET TIME ZONE 'Etc/UTC'", 'ALTER TABLE t ALTER COLUMN n TYPE timestamp'], true, false],
  ['Europe/Berlin', 'timestamp', ["SET TimeZone = 'UTC'", 'SET TIME ZONE LOCAL', 'ALTER TABLE t ALTER COLUMN n TYPE timestamptz'], true, true],
  ['Europe/Berlin', 'timestamp', ["SET TimeZone = 'UTC'", 'SET TIME ZONE DEFAULT', 'ALTER TABLE t ALTER COLUMN n TYPE timestamptz'], true, true],
  ['Europe/Berlin', 'timestamp', ["SELECT set_config('TimeZone', 'UTC', true)", 'ALTER TABLE t ALTER COLUMN n TYPE timestamptz'], true, false],
  ['Europe/Berlin', 'timestamp', ['SET TIME ZONE 0', 'ALTER TABLE t ALTER COLUMN n TYPE timestamptz'], true, false],
  ['Europe/Berlin', 'timestamp', ["SET TIME ZONE INTERVAL '+00:00' HOUR TO MINUTE", 'ALTER TABLE t ALTER COLUMN n TYPE timestamptz'], true, false],
  ['Europe/Berlin', 'timestamp', ["SET TimeZone = 'Zulu'", 'ALTER TABLE t ALTER COLUMN n TYPE timestamptz'], true, false],
  ['Europe/Berlin', 'timestamp', ["SET TimeZone = 'UTC0'", 'ALTER TABLE t ALTER COLUMN n TYPE timestamptz'], true, false],
  ['Europe/Berlin', 'timestamp', ["SET TimeZone = 'Africa/Abidjan'", 'ALTER TABLE t ALTER COLUMN n TYPE timestamptz'], true, true],
  // Outside a transaction: SET LOCAL does nothing, SET LOCAL ends at COMMIT, ROLLBACK undoes SET.
  ['Europe/Berlin', 'timestamp', ["SET LOCAL TimeZone = 'UTC'", 'ALTER TABLE t ALTER COLUMN n TYPE timestamptz'], false, true],
  ['Europe/Berlin', 'timestamp', ['BEGIN', "SET LOCAL TimeZone = 'UTC'", 'COMMIT', 'ALTER TABLE t ALTER COLUMN n TYPE timestamptz'], false, true],
  ['Europe/Berlin', 'timestamp', ['BEGIN', "SET TimeZone = 'UTC'", 'ROLLBACK', 'ALTER TABLE t ALTER COLUMN n TYPE timestamptz'], false, true],
  ['Europe/Berlin', 'timestamp', ['BEGIN', "SET TimeZone = 'UTC'", 'COMMIT', 'ALTER TABLE t ALTER COLUMN n TYPE timestamptz'], false, false],
];

describe('timestamp ↔ timestamptz follows the session TimeZone, as relfilenode shows', () => {
  it('every zero-offset name Lockstep accepts skips the rewrite, and every zone it rejects that is at +00:00 today rewrites', async () => {
    const res = await client.query<{ name: string; utc_offset_zero: boolean }>("SELECT name, utc_offset = '0' AS utc_offset_zero FROM pg_timezone_names WHERE name NOT IN ('localtime', 'Factory', 'posix/Factory')");
    const zero = res.rows.filter((r) => r.utc_offset_zero).map((r) => r.name);
    for (const name of zero) {
      const rewrites = await rewritesOnServer('timestamp', 'ALTER TABLE t ALTER COLUMN n TYPE timestamptz', 'now()', [`SET LOCAL TimeZone = '${name}'`]);
      expect({ name, utc: isUtcTimeZone(name) }).toEqual({ name, utc: !rewrites });
    }
    expect(res.rows.filter((r) => isUtcTimeZone(r.name) && !r.utc_offset_zero)).toEqual([]);
  });

  for (const [serverZone, from, statements, transactional, rewrites] of TIME_ZONE_CASES) {
    it(`default ${serverZone}, ${from}: ${statements.join('; ')}${transactional ? '' : ' (no transaction)'}: ${rewrites ? 'rewrite' : 'no rewrite'}`, async () => {
      await client.query(`ALTER DATABASE ${db.name} SET TimeZone = '${serverZone}'`);
      const c = await db.client();
      try {
        await c.query('DROP TABLE IF EXISTS t');
        await c.query(`CREATE TABLE t (n ${from})`);
        await c.query('INSERT INTO t VALUES (NULL)');
        const serverTimeZone = await readServerTimeZone({ query: (sql: string) => c.query(sql) } as never);
        expect(serverTimeZone).toBe(serverZone);
        const file = async () => (await c.query<{ f: string }>("SELECT relfilenode::text AS f FROM pg_class WHERE relname = 't'")).rows[0]?.f;
        const before = await file();
        if (transactional) await c.query('BEGIN');
        for (const sql of statements) await c.query(sql);
        expect((await file()) !== before, 'the server').toBe(rewrites);
        if (transactional) await c.query('ROLLBACK');
        const findings = lintSql(statements.join(';\n'), 'm.sql', { pgVersion: version, columnTypes: migrationTypes(from), serverTimeZone, transactional }).findings;
        expect(findings.filter((f) => f.rule === 'changing-column-type').map((f) => f.severity)).toEqual(rewrites ? ['error'] : []);
      } finally {
        await c.end();
        await client.query(`ALTER DATABASE ${db.name} RESET TimeZone`);
      }
    });
  }
});
