/** Bad input gets a clear error, a stable code, a hint, a documented exit code — and changes nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { runLockKey } from '../../src/runner/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject } from '../support/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('cli_errors');
});
afterAll(async () => {
  await db.drop();
});

const tableCount = async (): Promise<number> => {
  const c = await db.client();
  const r = await c.query<{ n: number }>("select count(*)::int as n from pg_tables where schemaname = 'public'");
  return r.rows[0]?.n ?? -1;
};

describe('lockstep CLI errors', () => {
  it('unreachable database: one line with code and hint, no stack trace, exit 4', async () => {
    const p = tempProject({ '001_a.sql': sqlMigration('CREATE TABLE a (id int);', 'DROP TABLE a;') });
    const r = await runCli(['status', '--dir', p.dir, '--url', 'postgres://postgres:hunter2@127.0.0.1:1/nope'], { cwd: p.root });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^error\[LOCKSTEP_E_DB_UNREACHABLE\]: cannot reach postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/nope/m);
    expect(r.stderr).toContain('hint:');
    expect(r.stderr).not.toContain('hunter2');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    p.cleanup();
  });

  it('rejected credentials: exit 4, password redacted', async () => {
    const p = tempProject({ '001_a.sql': sqlMigration('CREATE TABLE a (id int);', 'DROP TABLE a;') });
    const url = new URL(db.url);
    url.username = 'no_such_role_lockstep';
    url.password = 's3cr3t-pw';
    const r = await runCli(['up', '--dir', p.dir, '--url', url.toString()], { cwd: p.root });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/LOCKSTEP_E_DB_AUTH/);
    expect(r.stderr).not.toContain('s3cr3t-pw');
    p.cleanup();
  });

  it('SQL syntax error: file:line:col, exit 3, nothing applied', async () => {
    const p = tempProject({
      '001_a.sql': sqlMigration('CREATE TABLE a (id int);', 'DROP TABLE a;'),
      '002_b.sql': sqlMigration('CREATE TABLE b (id int);\nALTER TABLE b ADD COLUMN x intt4 NOT NULL DEFAULT 0 FOO;', 'DROP TABLE b;'),
    });
    const r = await runCli(['up', '--dir', p.dir, '--url', db.url], { cwd: p.root });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/error\[LOCKSTEP_E_SQL_SYNTAX\]: SQL syntax error: syntax error at or near "FOO"/);
    expect(r.stderr).toMatch(/--> migrations\/002_b\.sql:3:53/);
    expect(await tableCount()).toBe(0);
    p.cleanup();
  });

  it('invalid migration files: every problem listed together, exit 3, nothing applied', async () => {
    const p = tempProject({
      '001_a.sql': sqlMigration('CREATE TABLE a (id int);', 'DROP TABLE a;'),
      '002_no_up.sql': '-- DOWN\nDROP TABLE b;\n',
      '003_empty.sql': '-- UP\n-- to do\n-- DOWN\nSELECT 1;\n',
      '004_directive.sql': '-- lockstep:frobnicate\n-- UP\nSELECT 1;\n-- DOWN\nSELECT 1;\n',
    });
    const r = await runCli(['up', '--dir', p.dir, '--url', db.url], { cwd: p.root });
    expect(r.code).toBe(3);
    for (const code of ['LOCKSTEP_E_MISSING_UP_MARKER', 'LOCKSTEP_E_EMPTY_UP', 'LOCKSTEP_E_UNKNOWN_DIRECTIVE']) expect(r.stderr).toContain(code);
    expect(r.stderr).toContain('004_directive.sql:1');
    // status lists them all, and says up refuses; it exits 0 (3 with --exit-code)
    const status = await runCli(['status', '--dir', p.dir, '--url', db.url], { cwd: p.root });
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('3 files could not be read as migrations');
    expect((await runCli(['status', '--exit-code', '--dir', p.dir, '--url', db.url], { cwd: p.root })).code).toBe(3);
    expect(await tableCount()).toBe(0);
    p.cleanup();
  });

  it('bad config: all problems reported together, exit 2', async () => {
    const p = tempProject({ '001_a.sql': sqlMigration('SELECT 1;', 'SELECT 1;') });
    p.write({ '../lockstep.config.json': JSON.stringify({ lockTimeout: 'soon', lockRetries: -1, colour: 'blue', environments: { prod: { url: 'PROD_URL', protected: 'yes' } } }) });
    const r = await runCli(['status', '--url', db.url], { cwd: p.root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('4 problems; nothing was changed.');
    expect(r.stderr).toMatch(/lockTimeout/);
    expect(r.stderr).toMatch(/lockRetries/);
    expect(r.stderr).toMatch(/colour/);
    expect(r.stderr).toMatch(/environments\.prod\.protected/);
    p.cleanup();
  });

  it('run lock held too long: names the holder, exit 5', async () => {
    const p = tempProject({ '001_a.sql': sqlMigration('CREATE TABLE a (id int);', 'DROP TABLE a;') });
    const holder = new pg.Client({ connectionString: db.url, application_name: 'deploy-pod-7' });
    await holder.connect();
    const [k1, k2] = runLockKey('lockstep');
    await holder.query('select pg_advisory_lock($1, $2)', [k1, k2]);
    try {
      const r = await runCli(['up', '--dir', p.dir, '--url', db.url, '--lock-wait', '600ms'], { cwd: p.root });
      expect(r.code).toBe(5);
      expect(r.stderr).toContain('LOCKSTEP_E_RUN_LOCK_TIMEOUT');
      expect(r.stderr).toContain('deploy-pod-7');
      expect(r.stderr).toMatch(/pid \d+/);
      expect(await tableCount()).toBe(0);
    } finally {
      await holder.end();
    }
    p.cleanup();
  });

  it('unknown command or flag: usage error, exit 2', async () => {
    const r = await runCli(['up', '--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--frobnicate'");
  });

  it('status --exit-code fails while migrations are pending, and --json is machine-readable', async () => {
    const p = tempProject({ '001_a.sql': sqlMigration('CREATE TABLE a (id int);', 'DROP TABLE a;') });
    const pending = await runCli(['status', '--dir', p.dir, '--url', db.url, '--exit-code', '--json'], { cwd: p.root });
    expect(pending.code).toBe(1);
    expect(JSON.parse(pending.stdout)).toMatchObject({ summary: { pending: 1 }, migrations: [{ version: '001', state: 'pending' }] });
    expect((await runCli(['up', '--dir', p.dir, '--url', db.url], { cwd: p.root })).code).toBe(0);
    const clean = await runCli(['status', '--dir', p.dir, '--url', db.url, '--exit-code'], { cwd: p.root });
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/001\s+a\s+applied/);
    expect((await runCli(['down', '--dir', p.dir, '--url', db.url], { cwd: p.root })).code).toBe(0);
    p.cleanup();
  });
});
