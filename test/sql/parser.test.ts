import { beforeAll, describe, expect, it } from 'vitest';
import { initParser, parseSection, noTransactionReason, relationsOf } from '../../src/sql/index.js';
import { NO_PROCEDURES, afterStatement } from '../../src/execution/index.js';

beforeAll(() => initParser());

describe('parseSection', () => {
  it('splits statements with file line and column, skipping comments', () => {
    const sql = "-- header\nCREATE TABLE a (id int);\n\n/* note */ INSERT INTO a VALUES (1);\n";
    const stmts = parseSection({ sql, path: 'm.sql', startLine: 5 });
    expect(stmts.map((s) => [s.kind, s.sql, s.line, s.column])).toEqual([
      ['CreateStmt', 'CREATE TABLE a (id int)', 6, 1],
      ['InsertStmt', 'INSERT INTO a VALUES (1)', 8, 12],
    ]);
  });

  it('keeps dollar-quoted bodies and DO blocks as one statement', () => {
    const sql = 'DO $$ BEGIN CREATE TABLE x (id int); END $$;\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ select 1; $$;';
    const stmts = parseSection({ sql, path: 'm.sql', startLine: 1 });
    expect(stmts.map((s) => s.kind)).toEqual(['DoStmt', 'CreateFunctionStmt']);
  });

  it('maps offsets after multi-byte characters', () => {
    const sql = "SELECT 'héllo';\nSELECT 2;";
    const stmts = parseSection({ sql, path: 'm.sql', startLine: 1 });
    expect(stmts[1]?.sql).toBe('SELECT 2');
    expect(stmts[0]?.sql).toBe("SELECT 'héllo'");
  });

  it('throws a coded syntax error with file:line:col', () => {
    const sql = 'SELECT 1;\nCREATE TABL x (id int);';
    expect(() => parseSection({ sql, path: 'dir/001_x.sql', startLine: 3 })).toThrowError(
      expect.objectContaining({ code: 'LOCKSTEP_E_SQL_SYNTAX', location: { file: 'dir/001_x.sql', line: 4, column: 8 } }),
    );
  });
});

describe('noTransactionReason', () => {
  it.each([
    ['CREATE INDEX CONCURRENTLY i ON t (a)', 'CREATE INDEX CONCURRENTLY'],
    ['DROP INDEX CONCURRENTLY i', 'DROP INDEX CONCURRENTLY'],
    ['REINDEX INDEX CONCURRENTLY i', 'REINDEX CONCURRENTLY'],
    ['VACUUM t', 'VACUUM'],
    ['ALTER SYSTEM SET work_mem = 1', 'ALTER SYSTEM'],
    ['ALTER TABLE p DETACH PARTITION c CONCURRENTLY', 'DETACH PARTITION CONCURRENTLY'],
    ['DO $$ BEGIN UPDATE t SET a = 1; IF true THEN COMMIT; END IF; END $$', 'a DO block that COMMITs or ROLLs BACK'],
    ['DO $$ BEGIN ROLLBACK; END $$', 'a DO block that COMMITs or ROLLs BACK'],
    ["DO $$ BEGIN RAISE NOTICE 'commit'; END $$", undefined],
    ['CREATE INDEX i ON t (a)', undefined],
    ['ANALYZE t', undefined],
  ])('%s', (sql, reason) => {
    const [stmt] = parseSection({ sql, path: 'x.sql', startLine: 1 });
    expect(stmt && noTransactionReason(stmt)).toBe(reason);
  });
});

/** Whether `name` COMMITs after the statements given, as the execution model folds them. */
const commitsAfter = (...made: Array<Parameters<typeof afterStatement>[1] | undefined>) => (name: string): string | undefined => made.reduce((known, s) => (s ? afterStatement(known, s) : known), NO_PROCEDURES).get(name);

it('noTransactionReason: a CALL of a procedure known to COMMIT refuses a transaction block, and only then', () => {
  const [create, call] = parseSection({ sql: 'CREATE PROCEDURE s.p() LANGUAGE plpgsql AS $$ BEGIN UPDATE t SET a = 1; COMMIT; END $$;\nCALL p();', path: 'x.sql', startLine: 1 });
  const [quiet] = parseSection({ sql: "CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'commit'; END $$;", path: 'x.sql', startLine: 1 });
  expect(call && noTransactionReason(call, commitsAfter(create))).toBe('CALL p(), a procedure that COMMITs or ROLLs BACK');
  expect(call && noTransactionReason(call)).toBeUndefined(); // nothing known: nothing commits
  expect(call && noTransactionReason(call, commitsAfter(quiet))).toBeUndefined();
  // replaced without COMMIT, dropped, renamed: the set follows
  expect(call && noTransactionReason(call, commitsAfter(create, quiet))).toBeUndefined();
  const [drop, rename] = parseSection({ sql: 'DROP PROCEDURE IF EXISTS s.p(int), q;\nALTER PROCEDURE p() RENAME TO p2;', path: 'x.sql', startLine: 1 });
  expect(call && noTransactionReason(call, commitsAfter(create, drop))).toBeUndefined();
  expect([commitsAfter(create, rename)('p'), commitsAfter(create, rename)('p2')]).toEqual([undefined, '']);
});

describe('relationsOf', () => {
  it.each([
    ['ALTER TABLE accounts ADD COLUMN metadata jsonb', ['accounts']],
    ['CREATE INDEX CONCURRENTLY i ON billing.payments (id)', ['billing.payments']],
    ['UPDATE a SET x = 1 FROM b WHERE a.id = b.id', ['a', 'b']],
    ['SELECT 1', []],
  ])('%s', (sql, expected) => {
    const [stmt] = parseSection({ sql, path: 'x.sql', startLine: 1 });
    expect(stmt && relationsOf(stmt)).toEqual(expected);
  });
});

it('the parser WASM keeps V8 defaults unless the host prefers the baseline compiler (the CLI does, but for serve)', async () => {
  const { withBaselineWasm, preferBaselineWasm } = await import('../../src/sql/wasm-tiering.js');
  const seen: string[] = [];
  await withBaselineWasm(async () => undefined, (flags) => seen.push(flags));
  expect(seen).toEqual([]);
  preferBaselineWasm();
  await withBaselineWasm(async () => undefined, (flags) => seen.push(flags));
  expect(seen).toEqual(['--liftoff-only', '--no-liftoff-only']);
});
