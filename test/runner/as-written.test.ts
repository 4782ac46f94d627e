/**
 * Files that manage their own transactions run as written (issue 16): statement by statement outside Lockstep's
 * wrapper, each BEGIN … COMMIT block whole; a failure inside a block rolls the block back and leaves the migration
 * partial at the block's first statement, where the next `up` resumes.
 */
import { afterAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject } from '../support/fixtures.js';

const dbs: TestDatabase[] = [];
async function database(): Promise<TestDatabase> {
  const db = await createTestDatabase('as_written');
  dbs.push(db);
  return db;
}
afterAll(async () => {
  await Promise.all(dbs.map((d) => d.drop()));
});

it('runs the file\'s own block whole, leaves it partial at the block on failure, and resumes there', async () => {
  const up = (bad: boolean): string => [
    'CREATE TABLE ledger (id bigint PRIMARY KEY, amount int NOT NULL);',
    'BEGIN;',
    'INSERT INTO ledger VALUES (1, 10);',
    `INSERT INTO ledger VALUES (2, ${bad ? 'NULL' : '20'});`,
    'COMMIT;',
    'CREATE INDEX CONCURRENTLY ledger_amount ON ledger (amount);',
  ].join('\n');
  const db = await database();
  const p = tempProject({ '001_ledger.sql': sqlMigration(up(true), 'DROP TABLE ledger;') });
  const common = ['--dir', p.dir, '--url', db.url];
  const c = await db.client();
  try {
    const failed = await runCli(['up', ...common], { cwd: p.root });
    expect(failed.code, failed.stderr).toBe(1);
    const said = failed.stdout + failed.stderr;
    expect(said).toContain('LOCKSTEP_E_MIGRATION_FAILED');
    expect(said).toContain("The file's own transaction (statements 2..5 of 6) was rolled back; statement 1 is applied and recorded");
    // The statement before the block is done; the block is not, not even its first INSERT.
    expect((await c.query('select count(*)::int as n from ledger')).rows[0]).toEqual({ n: 0 });
    const row = await c.query("select status, statements_done, statements_total from lockstep.migrations where version = '001'");
    expect(row.rows[0]).toEqual({ status: 'partial', statements_done: 1, statements_total: 6 });

    const status = await runCli(['status', ...common], { cwd: p.root });
    expect(status.stdout).toContain('partial 1/6');

    p.write({ '001_ledger.sql': sqlMigration(up(false), 'DROP TABLE ledger;') });
    const resumed = await runCli(['up', ...common], { cwd: p.root });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect((await c.query('select count(*)::int as n from ledger')).rows[0]).toEqual({ n: 2 });
    expect((await c.query("select indisvalid from pg_index where indexrelid = 'ledger_amount'::regclass")).rows[0]).toEqual({ indisvalid: true });
    const done = await c.query("select status, statements_done from lockstep.migrations where version = '001'");
    expect(done.rows[0]).toEqual({ status: 'applied', statements_done: 6 });
    const events = await c.query("select kind from lockstep.events where version = '001' order by id");
    expect(events.rows.map((r) => r.kind)).toEqual(['fail', 'resume', 'apply']);
  } finally {
    p.cleanup();
  }
}, 60_000);

it('refuses a file that opens a transaction and never commits it, before anything runs (exit 3)', async () => {
  const db = await database();
  const p = tempProject({
    '001_a.sql': sqlMigration('CREATE TABLE before_it (id int);', 'DROP TABLE before_it;'),
    '002_open.sql': sqlMigration('BEGIN;\nCREATE TABLE never (id int);', 'DROP TABLE never;'),
  });
  try {
    const r = await runCli(['up', '--dir', p.dir, '--url', db.url], { cwd: p.root });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain('LOCKSTEP_E_TRANSACTION_CONTROL');
    expect(r.stderr).toMatch(/002_open\.sql.*opens a transaction \(line 2\) that it never commits/);
    const c = await db.client();
    expect((await c.query("select to_regclass('before_it') is null as absent")).rows[0]).toEqual({ absent: true });
  } finally {
    p.cleanup();
  }
}, 60_000);
