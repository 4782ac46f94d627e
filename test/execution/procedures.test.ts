/**
 * A CALL of a procedure that COMMITs, when an EARLIER migration (or a statement before it) creates the procedure: the
 * PostgreSQL facts (2D000 inside a transaction block, fine outside one, fine inside one once replaced without COMMIT),
 * and the execution model's answer (src/execution/procedures.ts procedureScope, describeExecution) for each.
 */
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MigrationFile } from '../../src/core/types.js';
import { DEFAULT_POLICY, describeExecution, procedureScope, type CommittingProcedures } from '../../src/execution/index.js';
import { initParser } from '../../src/sql/index.js';
import { readCommittingProcedures } from '../../src/schema/index.js';
import { openDatabase } from '../../src/db/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let db: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  await initParser();
  db = await createTestDatabase('procs');
  client = await db.client();
  await client.query('CREATE TABLE t (id bigint PRIMARY KEY, a int); INSERT INTO t VALUES (1, 0)');
});

afterAll(() => db.drop());

const COMMITS = 'CREATE OR REPLACE PROCEDURE backfill() LANGUAGE plpgsql AS $$ BEGIN UPDATE t SET a = a + 1 WHERE id = 1; COMMIT; END $$';
const QUIET = 'CREATE OR REPLACE PROCEDURE backfill() LANGUAGE plpgsql AS $$ BEGIN UPDATE t SET a = a + 1 WHERE id = 1; END $$';

function migration(id: string, sql: string): MigrationFile {
  return {
    id, tool: 'lockstep', version: id, name: id, layout: 'single-file', paths: [`${id}.sql`], checksum: '',
    up: { kind: 'sql', path: `${id}.sql`, sql, startLine: 1 },
    directives: { noTransaction: false, irreversible: false, lockFlag: false },
  };
}

const modeOf = (file: MigrationFile, known: CommittingProcedures): string =>
  describeExecution(file, file.up as Extract<MigrationFile['up'], { kind: 'sql' }>, DEFAULT_POLICY, 'lockstep', known).mode;

/** Runs `sql` inside BEGIN … ROLLBACK and alone; the SQLSTATE each fails with, or null. */
async function inAndOutOfBlock(sql: string): Promise<[string | null, string | null]> {
  await client.query('BEGIN');
  const inside = await client.query(sql).then(() => null, (e: { code?: string }) => e.code ?? 'unknown');
  await client.query('ROLLBACK');
  const alone = await client.query(sql).then(() => null, (e: { code?: string }) => e.code ?? 'unknown');
  return [inside, alone];
}

describe('PostgreSQL: a CALL of a procedure that COMMITs, created before (another migration, another session)', () => {
  it('fails inside a transaction block with 2D000 and runs outside one; so does a DO block that CALLs it', async () => {
    await client.query(COMMITS);
    expect(await inAndOutOfBlock('CALL backfill()')).toEqual(['2D000', null]);
    expect(await inAndOutOfBlock('DO $$ BEGIN CALL backfill(); END $$')).toEqual(['2D000', null]);
    // Outside a block its COMMIT committed: the two runs alone each added 1.
    expect((await client.query<{ a: number }>('SELECT a FROM t WHERE id = 1')).rows[0]?.a).toBe(2);
  });

  it('replaced without COMMIT, it runs inside a transaction block again', async () => {
    await client.query(QUIET);
    expect(await inAndOutOfBlock('CALL backfill()')).toEqual([null, null]);
  });

  it('the execution model agrees: outside a transaction exactly when PostgreSQL refuses the CALL inside one', () => {
    const scope = procedureScope([migration('001', `${COMMITS};`), migration('002', 'CALL backfill();'), migration('003', `${QUIET};`), migration('004', 'CALL backfill();')]);
    const files = [migration('002', 'CALL backfill();'), migration('004', 'CALL backfill();')];
    expect(files.map((f) => modeOf(f, scope.before(f)))).toEqual(['no-transaction', 'transaction']);
  });
});

describe('procedureScope: the committing procedures before each migration, in the run order', () => {
  const files = [
    migration('001', `CREATE TABLE t (id bigint);\n${COMMITS};`),
    migration('002', 'CALL backfill();'),
    migration('003', 'DO $$ BEGIN IF true THEN CALL public.backfill(); END IF; END $$;'),
    migration('004', 'ALTER PROCEDURE backfill() RENAME TO backfill_v1;'),
    migration('005', 'CALL backfill_v1();'),
    migration('006', 'DROP PROCEDURE backfill_v1();'),
    migration('007', `${COMMITS};\n${QUIET};`),
    migration('008', `CALL backfill();\n${COMMITS};`),
    migration('009', 'CALL backfill();'),
  ];
  // Computed in the tests: the parser is loaded in beforeAll.
  let scope: ReturnType<typeof procedureScope>;
  beforeAll(() => {
    scope = procedureScope(files);
  });

  it('follows CREATE, RENAME, DROP and CREATE OR REPLACE, in earlier files and in the file itself', () => {
    expect(files.map((f) => [...scope.before(f).keys()])).toEqual([[], ['backfill'], ['backfill'], ['backfill'], ['backfill_v1'], ['backfill_v1'], [], [], ['backfill']]);
    expect([...scope.after(files[7] as MigrationFile)]).toEqual([['backfill', 'created by migration 008']]);
    expect(files.map((f) => modeOf(f, scope.before(f)))).toEqual(['transaction', 'no-transaction', 'no-transaction', 'transaction', 'no-transaction', 'transaction', 'transaction', 'transaction', 'no-transaction']);
  });

  it('a migration it was not given (a free-standing file) knows the base only; the base is what a database holds', () => {
    const outside = migration('other', 'CALL backfill();');
    expect(modeOf(outside, scope.before(outside))).toBe('transaction');
    const onDatabase = procedureScope([outside], new Map([['backfill', 'on the database']]));
    expect(modeOf(outside, onDatabase.before(outside))).toBe('no-transaction');
    expect(describeExecution(outside, outside.up as Extract<MigrationFile['up'], { kind: 'sql' }>, DEFAULT_POLICY, 'lockstep', onDatabase.before(outside)).why).toBe('CALL backfill(), a procedure that COMMITs or ROLLs BACK (on the database) (line 1) cannot run inside a transaction block');
  });

  it('shares one set between migrations that change nothing (no copy per file of a long folder)', () => {
    expect(scope.before(files[1] as MigrationFile)).toBe(scope.before(files[2] as MigrationFile));
    expect(scope.before(files[2] as MigrationFile)).toBe(scope.before(files[3] as MigrationFile));
  });
});

describe('readCommittingProcedures: the target\'s procedures that COMMIT or ROLL BACK', () => {
  it('reads PL/pgSQL procedures whose body COMMITs or ROLLs BACK, in any user schema; not a word in a comment, a function or SQL', async () => {
    await client.query(`CREATE SCHEMA jobs;
      CREATE PROCEDURE jobs.nightly() LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; ROLLBACK; END $$;
      CREATE PROCEDURE talks() LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'commit'; -- commit later
      END $$;
      CREATE PROCEDURE in_sql() LANGUAGE sql AS $$ SELECT 1 $$;
      CREATE FUNCTION f_commit() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;
      ${COMMITS}`);
    const database = openDatabase(db.url);
    const session = await database.connect('procedures test');
    const known = await readCommittingProcedures(session).finally(async () => {
      await session.release();
      await database.close();
    });
    expect([...known].sort()).toEqual([['backfill', 'on the target database, created by no migration'], ['nightly', 'on the target database, created by no migration']]);
  });
});
