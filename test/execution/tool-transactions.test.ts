/**
 * The PostgreSQL facts behind how src/execution runs the statements before an as-written file's first BEGIN
 * (HOW_TOOLS_SEND in src/execution/execution.ts): a tool that sends the file as one query, and a tool that runs it
 * in a transaction of its own, both run them in one transaction with that BEGIN's block. Checked on the server.
 */
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initParser } from '../../src/sql/index.js';
import { DEFAULT_POLICY, describeExecution } from '../../src/execution/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let db: TestDatabase;
let client: pg.Client;
const notices: Array<{ code: string | undefined; message: string }> = [];

beforeAll(async () => {
  await initParser();
  db = await createTestDatabase('tool_tx');
  client = await db.client();
  client.on('notice', (n) => notices.push({ code: n.code, message: n.message ?? '' }));
});

afterAll(() => db.drop());

const tables = async (): Promise<string[]> =>
  (await client.query<{ t: string }>("SELECT relname AS t FROM pg_class WHERE relname IN ('a', 'b') AND relkind = 'r' ORDER BY 1")).rows.map((r) => r.t);

describe('statements before a BEGIN (PostgreSQL)', () => {
  it('in one simple query (golang-migrate, Prisma, dbmate transaction:false): a failure in the block rolls them back', async () => {
    // pg's client.query without parameters uses the simple query protocol: the whole string is one Query message.
    await expect(client.query('CREATE TABLE a (id int); BEGIN; CREATE TABLE b (id int); SELECT 1/0; COMMIT;')).rejects.toMatchObject({ code: '22012' });
    // The BEGIN's block is still open, aborted: the session needs a ROLLBACK, and then nothing of the query is left.
    await expect(client.query('SELECT 1')).rejects.toMatchObject({ code: '25P02' });
    await client.query('ROLLBACK');
    expect(await tables()).toEqual([]);
  });

  it('in one simple query, without a failure: the block commits them with its own statements', async () => {
    await client.query('CREATE TABLE a (id int); BEGIN; CREATE TABLE b (id int); COMMIT;');
    expect(await tables()).toEqual(['a', 'b']);
    await client.query('DROP TABLE a, b');
  });

  it("inside a tool's transaction: the file's BEGIN only warns, and the later COMMIT commits the statements before it", async () => {
    notices.length = 0;
    await client.query('BEGIN'); // the tool's
    await client.query('CREATE TABLE a (id int)');
    await client.query('BEGIN'); // the file's
    expect(notices).toEqual([{ code: '25001', message: 'there is already a transaction in progress' }]);
    await client.query('CREATE TABLE b (id int)');
    await client.query('COMMIT'); // the file's
    // No transaction is left open: this statement is one of its own (its transaction started with it).
    const alone = await client.query<{ alone: boolean }>('SELECT now() = statement_timestamp() AS alone');
    expect(alone.rows[0]?.alone).toBe(true);
    expect(await tables()).toEqual(['a', 'b']);
    await client.query('DROP TABLE a, b');
  });

  it("inside a tool's transaction: a failure after the file's BEGIN rolls the statements before it back too", async () => {
    await client.query('BEGIN');
    await client.query('CREATE TABLE a (id int)');
    await client.query('BEGIN');
    await client.query('CREATE TABLE b (id int)');
    await expect(client.query('SELECT 1/0')).rejects.toMatchObject({ code: '22012' });
    await client.query('ROLLBACK');
    expect(await tables()).toEqual([]);
  });

  it('a statement refused in a transaction block fails there before the BEGIN too, so its tool would fail on it', async () => {
    await client.query('CREATE TABLE a (id int)');
    await expect(client.query('CREATE INDEX CONCURRENTLY a_id ON a (id); BEGIN; CREATE TABLE b (id int); COMMIT;')).rejects.toMatchObject({ code: '25001' });
    await client.query('ROLLBACK');
    await client.query('BEGIN');
    await expect(client.query('CREATE INDEX CONCURRENTLY a_id ON a (id)')).rejects.toMatchObject({ code: '25001' });
    await client.query('ROLLBACK');
    expect(await tables()).toEqual(['a']);
    await client.query('DROP TABLE a');
  });
});

/**
 * noTransactionReason (src/sql/transaction-rules.ts) against the server, for the statements agree13 found it wrong
 * about: each runs inside a transaction block exactly when it gives no reason.
 */
describe('noTransactionReason agrees with PostgreSQL inside a transaction block', () => {
  const PROC = 'CREATE PROCEDURE agree_touch() LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; COMMIT; END $$';
  it.each([
    ['DISCARD ALL', '25001'],
    ['DISCARD TEMP', undefined],
    ['DISCARD PLANS', undefined],
    ['REINDEX (CONCURRENTLY false) INDEX r_a', undefined],
    ['REINDEX (CONCURRENTLY off, VERBOSE) INDEX r_a', undefined],
    ['REINDEX (CONCURRENTLY 0) INDEX r_a', undefined],
    ['REINDEX (CONCURRENTLY) INDEX r_a', '25001'],
    ['REINDEX (CONCURRENTLY true) TABLE r', '25001'],
    ['REINDEX (CONCURRENTLY 1) TABLE r', '25001'],
    ['DO $$ BEGIN IF true THEN CALL public.agree_touch(); END IF; END $$', '2D000'],
    ["DO $$ BEGIN RAISE NOTICE 'call agree_touch()'; END $$", undefined],
  ])('%s', async (sql, sqlState) => {
    await client.query('CREATE TABLE r (a int); CREATE INDEX r_a ON r (a)');
    await client.query(PROC);
    try {
      // The execution model's answer for the statement after the procedure's CREATE in one file.
      const reason = describeExecution({ directives: { noTransaction: false, irreversible: false, lockFlag: false } }, { kind: 'sql', path: 'x.sql', sql: `${PROC};\n${sql};`, startLine: 1 }, DEFAULT_POLICY).refusals[1];
      await client.query('BEGIN');
      const ran = await client.query(sql).then(() => undefined, (e: { code?: string }) => e.code);
      await client.query('ROLLBACK');
      expect([ran, reason !== undefined]).toEqual([sqlState, sqlState !== undefined]);
    } finally {
      await client.query('DROP TABLE r; DROP PROCEDURE agree_touch()');
    }
  });
});
