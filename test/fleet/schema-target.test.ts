/** `--schema`: a schema target inside a database, with its own search_path, history tables and run lock. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';

let db: TestDatabase;
let project: TempProject;

beforeAll(async () => {
  db = await createTestDatabase('schema_target');
  project = tempProject({
    '001_accounts.sql': sqlMigration('CREATE TABLE accounts (id bigint PRIMARY KEY);', 'DROP TABLE accounts;'),
    '002_log.sql': sqlMigration("INSERT INTO accounts VALUES (1);", 'DELETE FROM accounts;'),
  });
});

afterAll(async () => {
  await db.drop();
  project.cleanup();
});

it('up --schema creates the tenant tables and the history in that schema only, one tenant at a time', async () => {
  const a = await runCli(['up', '--dir', project.dir, '--url', db.url, '--schema', 'tenant_a', '--json'], { cwd: project.root });
  expect(a.code, a.stderr).toBe(0);
  expect((JSON.parse(a.stdout) as { done: unknown[]; target: string }).done).toHaveLength(2);
  const c = await db.client();
  const tables = await c.query<{ s: string; t: string }>("select table_schema as s, table_name as t from information_schema.tables where table_schema not in ('pg_catalog','information_schema') order by 1, 2");
  expect(tables.rows.filter((r) => r.t === 'accounts')).toEqual([{ s: 'tenant_a', t: 'accounts' }]);
  expect(tables.rows.some((r) => r.s === 'tenant_a' && r.t === 'migrations')).toBe(true);
  expect(tables.rows.some((r) => r.s === 'lockstep')).toBe(false);

  // The second tenant still has everything pending; the first has nothing left.
  const statusB = await runCli(['status', '--dir', project.dir, '--url', db.url, '--schema', 'tenant_b', '--json'], { cwd: project.root });
  expect((JSON.parse(statusB.stdout) as { summary: { pending: number } }).summary.pending).toBe(2);
  const again = await runCli(['up', '--dir', project.dir, '--url', db.url, '--schema', 'tenant_a', '--json'], { cwd: project.root });
  expect((JSON.parse(again.stdout) as { done: unknown[] }).done).toHaveLength(0);
  const b = await runCli(['up', '--dir', project.dir, '--url', db.url, '--schema', 'tenant_b'], { cwd: project.root, env: {} });
  expect(b.code, b.stderr).toBe(0);
  const rows = await c.query<{ n: number }>('select (select count(*) from tenant_a.accounts) + (select count(*) from tenant_b.accounts) as n');
  expect(Number(rows.rows[0]?.n)).toBe(2);
});

it('a schema name that is not a plain identifier is refused before anything runs', async () => {
  const r = await runCli(['up', '--dir', project.dir, '--url', db.url, '--schema', 'x; drop table y'], { cwd: project.root });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('LOCKSTEP_E_USAGE');
  expect(r.stderr).toContain('not a plain schema name');
});

it('--schema without a database URL is refused: a tenant schema is never the embedded default', async () => {
  const r = await runCli(['up', '--dir', project.dir, '--schema', 'tenant_c'], { cwd: project.root });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('LOCKSTEP_E_NO_DATABASE_URL');
  const fleet = await runCli(['fleet', 'up', '--dir', project.dir, '--url', db.url, '--schema', 'tenant_c'], { cwd: project.root });
  expect(fleet.code).toBe(2);
  expect(fleet.stderr).toContain('--schema names one target');
});
