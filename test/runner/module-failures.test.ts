/**
 * A module migration that fails says where: the file (and the line in it when the error shows one), with
 * a hint about the module rather than "See the error above". A module that cannot be imported is one
 * problem, not one for up and one for down. Real PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigrator, type Migrator } from '../../src/api/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, tempProject, type TempProject } from '../support/fixtures.js';

let db: TestDatabase;
const projects: TempProject[] = [];
const migrators: Migrator[] = [];

async function setup(files: Record<string, string>): Promise<{ project: TempProject; m: Migrator }> {
  const project = tempProject(files);
  projects.push(project);
  const m = await createMigrator({ cwd: project.root, dir: 'migrations', url: db.url });
  migrators.push(m);
  return { project, m };
}

beforeAll(async () => {
  db = await createTestDatabase('module_failures');
});
afterAll(async () => {
  await Promise.all(migrators.map((m) => m.close()));
  for (const p of projects) p.cleanup();
  await db?.drop();
});

describe('module migration failures', () => {
  it('up(ctx) that throws: the file and line as location, a hint about the module', async () => {
    const { m } = await setup({
      '001_throws.mjs': "export async function up(ctx) {\n  await ctx.exec('CREATE TABLE half_done (id int)');\n  throw new Error('no rates for EUR');\n}\nexport async function down() {}\n",
    });
    const result = await m.up();
    const error = result.failed?.error;
    expect(error).toMatchObject({ code: 'LOCKSTEP_E_MIGRATION_FAILED', location: { file: 'migrations/001_throws.mjs', line: 3 } });
    expect(error?.message).toContain('no rates for EUR');
    expect(error?.hint).toContain('Fix up(ctx) (migrations/001_throws.mjs:3)');
    expect(error?.hint).not.toContain('See the error above');
    const c = await db.client();
    expect((await c.query("select to_regclass('half_done') is null as gone")).rows[0].gone).toBe(true);
  });

  it('a failed query in up(ctx): SQLSTATE in the message, the file as location', async () => {
    const { m } = await setup({ '002_bad_sql.mjs': "export async function up(ctx) { await ctx.exec('select no_such_column from pg_class'); }\nexport async function down() {}\n" });
    const error = (await m.up()).failed?.error;
    expect(error).toMatchObject({ code: 'LOCKSTEP_E_MIGRATION_FAILED', location: { file: 'migrations/002_bad_sql.mjs' }, details: { sqlState: '42703' } });
    expect(error?.message).toContain('(SQLSTATE 42703)');
  });

  it('down(ctx) that throws: the same, pointing at down and lockstep down', async () => {
    const { m } = await setup({ '003_down_throws.mjs': "export async function up() {}\nexport async function down() {\n  throw new Error('cannot undo');\n}\n" });
    expect((await m.up()).failed).toBeUndefined();
    const error = (await m.down()).failed?.error;
    expect(error).toMatchObject({ code: 'LOCKSTEP_E_MIGRATION_FAILED', location: { file: 'migrations/003_down_throws.mjs', line: 3 } });
    expect(error?.hint).toContain('Fix down(ctx)');
    expect(error?.hint).toContain('lockstep down');
  });

  it.each([
    ['004_syntax.mjs', "export async function up(ctx) { await ctx.exec('select 1')\nexport async function down() {}\n", 'migrations/004_syntax.mjs:2'],
    ['004_syntax.ts', "export async function up(ctx: unknown) {\nexport async function down() {}\n", 'migrations/004_syntax.ts:2:1'],
  ])('a syntax error in %s is reported once, with its line (CLI)', async (name, source, where) => {
    const { project } = await setup({ [name]: source });
    const res = await runCli(['up', '--dir', 'migrations', '--url', db.url], { cwd: project.root });
    expect(res.code).toBe(3);
    expect(res.stderr.match(/could not be imported/g)).toHaveLength(1);
    expect(res.stderr).not.toContain('problems');
    expect(res.stderr).toContain(`--> ${where}`);
    expect(res.stderr).toMatch(/hint: Fix migrations\/004_syntax\.(mjs|ts):2 /);
  });

  // Last: it leaves 010 partial in the shared database.
  it('a module outside a transaction that throws: the hint says its work so far stays done, not "statements 1..0"', async () => {
    const { m } = await setup({
      '010_loose.mjs': "export const transaction = false;\nexport async function up(ctx) {\n  await ctx.exec('CREATE TABLE loose_done (id int)');\n  throw new Error('rates service down');\n}\nexport async function down() {}\n",
    });
    const error = (await m.up()).failed?.error;
    expect(error).toMatchObject({ code: 'LOCKSTEP_E_MIGRATION_FAILED', location: { file: 'migrations/010_loose.mjs', line: 4 } });
    expect(error?.hint).toContain('Fix up(ctx) (migrations/010_loose.mjs:4)');
    expect(error?.hint).toContain('runs outside a transaction');
    expect(error?.hint).not.toContain('Run in a transaction (the default)');
    expect(error?.hint).not.toMatch(/statements 1\.\.0/);
    const c = await db.client();
    expect((await c.query("select to_regclass('loose_done') is not null as kept")).rows[0].kept).toBe(true);
  });
});
