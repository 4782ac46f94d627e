/**
 * Every bad input of issue 13 part 5, through the CLI against the server: a LOCKSTEP_E_ code, where (file:line, or the
 * flag or variable's name), a hint, the documented exit code, and nothing applied (no history, no table).
 */
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type CliResult, type TempProject } from '../support/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('bad_input');
});
afterAll(async () => {
  await db.drop();
});

/** Tables in public, and rows in Lockstep's history (0 when its tables were never created). */
async function applied(): Promise<{ tables: string[]; history: number }> {
  const c = await db.client();
  const tables = (await c.query<{ t: string }>("select tablename as t from pg_tables where schemaname = 'public' order by 1")).rows.map((r) => r.t);
  const exists = (await c.query<{ r: string | null }>("select to_regclass('lockstep.migrations')::text as r")).rows[0]?.r;
  const history = exists ? (await c.query<{ n: number }>('select count(*)::int as n from lockstep.migrations')).rows[0]?.n ?? -1 : 0;
  return { tables, history };
}

interface Expected {
  readonly code: string;
  readonly exit: number;
  /** `--> file:line` (file relative to the project root), or the flag / variable named in the message. */
  readonly where: string | RegExp;
  readonly hint: string | RegExp;
}

/** Runs the CLI in the project and checks the error's code, location, hint, exit code, and that nothing was applied. */
async function refuses(p: TempProject, args: readonly string[], want: Expected, env: Record<string, string> = {}): Promise<CliResult> {
  const r = await runCli([...args, '--url', db.url], { cwd: p.root, env });
  expect(r.code, r.stderr).toBe(want.exit);
  expect(r.stderr).toMatch(new RegExp(`^error\\[${want.code}\\]: `, 'm'));
  if (typeof want.where === 'string') expect(r.stderr).toContain(want.where);
  else expect(r.stderr).toMatch(want.where);
  const hint = /^ {2}hint: (.+)$/m.exec(r.stderr)?.[1] ?? '';
  if (typeof want.hint === 'string') expect(hint).toContain(want.hint);
  else expect(hint).toMatch(want.hint);
  expect(r.stderr).not.toMatch(/LOCKSTEP_E_INTERNAL|\n\s+at /);
  expect(await applied()).toEqual({ tables: [], history: 0 });
  p.cleanup();
  return r;
}

const first = sqlMigration('CREATE TABLE first_table (id int);', 'DROP TABLE first_table;');

describe('bad migration files: refused before anything runs', () => {
  it('dbmate: a transaction: option other than true or false', async () => {
    const p = tempProject({
      '20200101000000_a.sql': '-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down\nDROP TABLE a;\n',
      '20200102000000_b.sql': '-- migrate:up transaction:flase\nCREATE TABLE b (id int);\n-- migrate:down\nDROP TABLE b;\n',
    });
    await refuses(p, ['up'], { code: 'LOCKSTEP_E_BAD_MARKERS', exit: 3, where: '--> migrations/20200102000000_b.sql:1', hint: '`transaction:false`' });
  });

  it('dbmate: transaction:true on the marker and -- lockstep:no-transaction in the file name both lines', async () => {
    const p = tempProject({
      '20200101000000_a.sql': '-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down\nDROP TABLE a;\n',
      '20200102000000_b.sql': '-- lockstep:no-transaction\n-- migrate:up transaction:true\nCREATE INDEX CONCURRENTLY b_i ON a (id);\n-- migrate:down\nDROP INDEX b_i;\n',
    });
    const r = await refuses(p, ['up'], { code: 'LOCKSTEP_E_BAD_DIRECTIVE', exit: 3, where: '--> migrations/20200102000000_b.sql:1', hint: 'Say it once' });
    expect(r.stderr).toContain('on line 2 (transaction:true) and for none on line 1');
  });

  it('diesel: a metadata.toml that is not TOML, one whose run_in_transaction is not a boolean', async () => {
    const files = { '2020-01-01-000000_a/up.sql': 'CREATE TABLE a (id int);\n', '2020-01-02-000000_b/up.sql': 'CREATE TABLE b (id int);\n' };
    const broken = tempProject({ ...files, '2020-01-02-000000_b/metadata.toml': '# diesel\nrun_in_transaction = maybe\n' });
    await refuses(broken, ['up'], { code: 'LOCKSTEP_E_BAD_METADATA', exit: 3, where: '--> migrations/2020-01-02-000000_b/metadata.toml:2', hint: 'run_in_transaction = false' });
    const quoted = tempProject({ ...files, '2020-01-02-000000_b/metadata.toml': '\nrun_in_transaction = "false"\n' });
    await refuses(quoted, ['up'], { code: 'LOCKSTEP_E_BAD_METADATA', exit: 3, where: '--> migrations/2020-01-02-000000_b/metadata.toml:2', hint: '(no quotes)' });
  });

  it('diesel: metadata.toml that contradicts a directive names both lines', async () => {
    const p = tempProject({
      '2020-01-01-000000_a/up.sql': 'CREATE TABLE a (id int);\n',
      '2020-01-02-000000_b/up.sql': '-- builds an index\n-- lockstep:no-transaction\nCREATE INDEX CONCURRENTLY b_i ON a (id);\n',
      '2020-01-02-000000_b/metadata.toml': '# written by hand\nrun_in_transaction = true\n',
    });
    const r = await refuses(p, ['up'], { code: 'LOCKSTEP_E_BAD_METADATA', exit: 3, where: '--> migrations/2020-01-02-000000_b/metadata.toml:2', hint: 'Say it once' });
    expect(r.stderr).toContain('migrations/2020-01-02-000000_b/metadata.toml:2 says run_in_transaction = true but migrations/2020-01-02-000000_b/up.sql:2 says -- lockstep:no-transaction');
  });

  it('two different lock-timeout lines (and LOCK: true / false, two backfills): an error naming both lines', async () => {
    const timeouts = tempProject({ '001_first.sql': first, '002_b.sql': sqlMigration('CREATE TABLE b (id int);', 'DROP TABLE b;', '-- lockstep:lock-timeout 5s\n-- why: a big table\n-- lockstep:lock-timeout 10s\n') });
    const r = await refuses(timeouts, ['up'], { code: 'LOCKSTEP_E_BAD_DIRECTIVE', exit: 3, where: '--> migrations/002_b.sql:3', hint: 'Keep one of the two lines (1 or 3)' });
    expect(r.stderr).toContain('"5s" on line 1 and "10s" on line 3');
    const lock = tempProject({ '001_first.sql': first, '002_b.sql': sqlMigration('SELECT 1;', 'SELECT 1;', '-- LOCK: true\n-- LOCK: false\n') });
    await refuses(lock, ['up'], { code: 'LOCKSTEP_E_BAD_DIRECTIVE', exit: 3, where: '--> migrations/002_b.sql:2', hint: '(1 or 2)' });
    const backfills = tempProject({
      '001_first.sql': first,
      '002_b.sql': '-- lockstep:no-transaction\n-- lockstep:backfill table=first_table set="id = 1"\n-- lockstep:backfill table=first_table set="id = 2"\n-- UP\n',
    });
    const b = await refuses(backfills, ['up'], { code: 'LOCKSTEP_E_BAD_DIRECTIVE', exit: 3, where: '--> migrations/002_b.sql:3', hint: 'One backfill per migration' });
    expect(b.stderr).toContain('on lines 2 and 3');
  });

  it('the same directive twice with one value (5s and 5000ms) is accepted', async () => {
    const p = tempProject({ '001_a.sql': sqlMigration('CREATE TABLE same_twice (id int);', 'DROP TABLE same_twice;', '-- lockstep:lock-timeout 5s\n-- lockstep:lock-timeout 5000ms\n') });
    const r = await runCli(['up', '--url', db.url], { cwd: p.root });
    expect(r.code, r.stderr).toBe(0);
    await runCli(['down', '--url', db.url], { cwd: p.root });
    const c = await db.client();
    await c.query('drop schema lockstep cascade');
    p.cleanup();
  });

  it('a symbolic link that loops, and one that points nowhere, in each folder shape', async () => {
    const single = tempProject({ '001_first.sql': first });
    symlinkSync('002_loop.sql', join(single.dir, '002_loop.sql'));
    await refuses(single, ['up'], { code: 'LOCKSTEP_E_FILE_UNREADABLE', exit: 3, where: '--> migrations/002_loop.sql', hint: 'Point the link at the real file' });
    const pairs = tempProject({ '1_a.up.sql': 'CREATE TABLE a (id int);\n', '1_a.down.sql': 'DROP TABLE a;\n' });
    symlinkSync('nowhere.sql', join(pairs.dir, '2_b.up.sql'));
    await refuses(pairs, ['up'], { code: 'LOCKSTEP_E_FILE_UNREADABLE', exit: 3, where: '--> migrations/2_b.up.sql', hint: 'Restore the file it points to' });
    const diesel = tempProject({ '2020-01-01-000000_a/up.sql': 'CREATE TABLE a (id int);\n' });
    symlinkSync('2020-01-02-000000_b', join(diesel.dir, '2020-01-02-000000_b'));
    await refuses(diesel, ['up'], { code: 'LOCKSTEP_E_FILE_UNREADABLE', exit: 3, where: '--> migrations/2020-01-02-000000_b', hint: 'Point the link at the real file' });
  });

  it('a NUL byte, or invalid UTF-8, in a later migration: found before the first one runs', async () => {
    const nul = tempProject({ '001_first.sql': first, '002_b.sql': sqlMigration('CREATE TABLE b (id int);\nSELECT 1;\0', 'DROP TABLE b;') });
    await refuses(nul, ['up'], { code: 'LOCKSTEP_E_NUL_BYTE', exit: 3, where: '--> migrations/002_b.sql:3:10', hint: 'Remove the NUL byte' });
    const latin1 = tempProject({ '001_first.sql': first });
    writeFileSync(join(latin1.dir, '002_b.sql'), Buffer.concat([Buffer.from("-- UP\nINSERT INTO first_table SELECT 1 WHERE 'caf"), Buffer.from([0xe9]), Buffer.from("' <> '';\n-- DOWN\nSELECT 1;\n")]));
    await refuses(latin1, ['up'], { code: 'LOCKSTEP_E_INVALID_UTF8', exit: 3, where: '--> migrations/002_b.sql:2', hint: 'UTF-8' });
  });

  it('backfill problems found when the set is checked point at the directive line', async () => {
    const inTransaction = tempProject({ '001_first.sql': first, '002_b.sql': '-- fills id\n-- lockstep:backfill table=first_table set="id = 1"\n-- UP\n' });
    await refuses(inTransaction, ['up'], { code: 'LOCKSTEP_E_BAD_DIRECTIVE', exit: 3, where: '--> migrations/002_b.sql:2', hint: '-- lockstep:no-transaction' });
    const badWhere = tempProject({ '001_first.sql': first, '002_b.sql': '-- lockstep:no-transaction\n\n-- lockstep:backfill table=first_table set="id = 1" where="id >"\n-- UP\n' });
    await refuses(badWhere, ['up'], { code: 'LOCKSTEP_E_BAD_DIRECTIVE', exit: 3, where: '--> migrations/002_b.sql:3', hint: 'what follows WHERE' });
  });

  it('an empty file and a folder named like a migration', async () => {
    const empty = tempProject({ '001_first.sql': first, '002_b.sql': '' });
    await refuses(empty, ['up'], { code: 'LOCKSTEP_E_EMPTY_UP', exit: 3, where: '--> migrations/002_b.sql', hint: 'or delete the file' });
    const folder = tempProject({ '001_first.sql': first, '002_b.sql/notes.txt': 'x' });
    await refuses(folder, ['up'], { code: 'LOCKSTEP_E_MISSING_UP_FILE', exit: 3, where: '--> migrations/002_b.sql', hint: 'rename the directory' });
  });
});

describe('bad flags, variables and config: a usage or config error naming the flag, variable or key', () => {
  const project = (): TempProject => tempProject({ '001_first.sql': first });

  it('durations out of range: --lock-timeout 99999999999h, LOCKSTEP_STATEMENT_TIMEOUT, a config key, a directive', async () => {
    await refuses(project(), ['up', '--lock-timeout', '99999999999h'], { code: 'LOCKSTEP_E_USAGE', exit: 2, where: '--lock-timeout "99999999999h" is out of range', hint: '2147483647ms' });
    await refuses(project(), ['up', '--retry-deadline', '30000000s'], { code: 'LOCKSTEP_E_USAGE', exit: 2, where: '--retry-deadline', hint: '2147483647ms' });
    await refuses(project(), ['up'], { code: 'LOCKSTEP_E_CONFIG', exit: 2, where: 'LOCKSTEP_STATEMENT_TIMEOUT "600h" is out of range', hint: '2147483647ms' }, { LOCKSTEP_STATEMENT_TIMEOUT: '600h' });
    const file = project();
    file.write({ '../lockstep.config.json': '{\n  "dir": "migrations",\n  "lockTimeout": 99999999999\n}\n' });
    await refuses(file, ['up'], { code: 'LOCKSTEP_E_CONFIG', exit: 2, where: '--> lockstep.config.json:3:3', hint: 'see docs/configuration.md' });
    const directive = tempProject({ '001_first.sql': first, '002_b.sql': sqlMigration('SELECT 1;', 'SELECT 1;', '-- lockstep:lock-timeout 99999999999h\n') });
    await refuses(directive, ['up'], { code: 'LOCKSTEP_E_BAD_DIRECTIVE', exit: 3, where: '--> migrations/002_b.sql:1', hint: 'Write a duration' });
  });

  it('numbers are decimal digits: --step 0x1, --lock-retries 1e3, --port 0x50, LOCKSTEP_LOCK_RETRIES= 2', async () => {
    await refuses(project(), ['up', '--step', '0x1'], { code: 'LOCKSTEP_E_USAGE', exit: 2, where: '--step expects a whole number of at least 1, got "0x1"', hint: '--step 1' });
    await refuses(project(), ['down', '--step', '1.0'], { code: 'LOCKSTEP_E_USAGE', exit: 2, where: '--step', hint: 'decimal digits' });
    await refuses(project(), ['up', '--lock-retries', '1e3'], { code: 'LOCKSTEP_E_USAGE', exit: 2, where: '--lock-retries', hint: 'decimal digits' });
    await refuses(project(), ['serve', '--port', '0x50'], { code: 'LOCKSTEP_E_USAGE', exit: 2, where: '--port expects a whole number from 0 to 65535', hint: 'decimal digits' });
    await refuses(project(), ['fleet', 'up', '--concurrency', '0x2'], { code: 'LOCKSTEP_E_USAGE', exit: 2, where: '--concurrency expects a whole number of at least 1, got "0x2"', hint: 'decimal digits' });
    await refuses(project(), ['lint', '--pg-version', '0xf'], { code: 'LOCKSTEP_E_USAGE', exit: 2, where: '--pg-version', hint: '--pg-version 15' });
    await refuses(project(), ['status'], { code: 'LOCKSTEP_E_CONFIG', exit: 2, where: 'LOCKSTEP_LOCK_RETRIES', hint: 'decimal digits' }, { LOCKSTEP_LOCK_RETRIES: '0x1' });
    await refuses(project(), ['up'], { code: 'LOCKSTEP_E_CONFIG', exit: 2, where: 'LOCKSTEP_ALLOW_OUT_OF_ORDER expects true or false, got "ture"', hint: 'unset it' }, { LOCKSTEP_ALLOW_OUT_OF_ORDER: 'ture' });
  });

  it('an unknown flag or command: LOCKSTEP_E_USAGE naming it, the closest one in the hint, exit 2, no help dump', async () => {
    const r = await refuses(project(), ['up', '--lock-timout', '5s'], { code: 'LOCKSTEP_E_USAGE', exit: 2, where: "unknown option '--lock-timout'", hint: 'Did you mean --lock-timeout? Run `lockstep up --help`' });
    expect(r.stderr).not.toContain('Usage:');
    await refuses(project(), ['up', '--frobnicate'], { code: 'LOCKSTEP_E_USAGE', exit: 2, where: "unknown option '--frobnicate'", hint: /^Run `lockstep up --help`/ });
    await refuses(project(), ['statsu'], { code: 'LOCKSTEP_E_USAGE', exit: 2, where: "unknown command 'statsu'", hint: 'Did you mean status?' });
    // Another tool's name for a command gets Lockstep's, not the nearest spelling (`new` is three edits from `init`).
    await refuses(project(), ['new', 'add_users'], { code: 'LOCKSTEP_E_USAGE', exit: 2, where: "unknown command 'new'", hint: 'Did you mean `lockstep create` (`new` in dbmate and sql-migrate)?' });
    await refuses(project(), ['info'], { code: 'LOCKSTEP_E_USAGE', exit: 2, where: "unknown command 'info'", hint: 'Did you mean `lockstep status` (`info` in Flyway)?' });
    await refuses(project(), ['schema', 'dump', '--outt', 'x'], { code: 'LOCKSTEP_E_USAGE', exit: 2, where: "unknown option '--outt'", hint: 'lockstep schema dump --help' });
    const json = await runCli(['up', '--frobnicate', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'LOCKSTEP_E_USAGE', details: { argument: '--frobnicate', command: 'lockstep up' } } });
  });

  it('lockstep.config.json: a syntax error and a bad value carry line and column', async () => {
    const syntax = project();
    syntax.write({ '../lockstep.config.json': '{\n  "dir": "migrations",\n  "lockTimeout": "2s",\n}\n' });
    await refuses(syntax, ['up'], { code: 'LOCKSTEP_E_CONFIG', exit: 2, where: '--> lockstep.config.json:4:1', hint: 'at the position shown' });
    const values = project();
    values.write({ '../lockstep.config.json': '{\n  "dir": "migrations",\n  "environments": {\n    "prod": { "url": "PROD_URL", "protected": "yes" }\n  },\n  "colour": "blue"\n}\n' });
    const r = await refuses(values, ['up'], { code: 'LOCKSTEP_E_CONFIG', exit: 2, where: '--> lockstep.config.json:4:34', hint: 'docs/configuration.md' });
    expect(r.stderr).toContain('--> lockstep.config.json:6:3');
  });
});
