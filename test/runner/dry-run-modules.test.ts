/**
 * `up --dry-run` and `down --dry-run` execute nothing, module migrations included: a module is not even
 * imported (its top level would run), and the script shows a comment in its place. Real PostgreSQL,
 * through the library and the built CLI (a fresh process, so nothing is cached from an earlier import).
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigrator, type Migrator } from '../../src/api/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';

let db: TestDatabase;
let project: TempProject;
const migrators: Migrator[] = [];
const marker = (name: string): string => join(project.root, name);
const MARKERS = ['top-level-ran', 'up-ran', 'down-ran'];

// Writes a file when imported, and in up() and down(); up() also needs a row from ctx.query (a recording session returns none).
const moduleSource = (root: string): string => `import { writeFileSync } from 'node:fs';
writeFileSync(${JSON.stringify(join(root, 'top-level-ran'))}, '');
export async function up(ctx) {
  const { rows } = await ctx.query('select 1 as x');
  writeFileSync(${JSON.stringify(join(root, 'up-ran'))}, String(rows[0].x));
  await ctx.exec('CREATE TABLE from_module (id int)');
}
export async function down(ctx) {
  writeFileSync(${JSON.stringify(join(root, 'down-ran'))}, '');
  await ctx.exec('DROP TABLE from_module');
}
`;

const NOTE = '010_mod.mjs: module migration, code not run in a dry run';

function clearMarkers(): void {
  for (const m of MARKERS) rmSync(marker(m), { force: true });
}
const ranMarkers = (): string[] => MARKERS.filter((m) => existsSync(marker(m)));

async function migrator(): Promise<Migrator> {
  const m = await createMigrator({ cwd: project.root, dir: 'migrations', url: db.url });
  migrators.push(m);
  return m;
}

beforeAll(async () => {
  db = await createTestDatabase('dry_run_modules');
  project = tempProject({ '009_sql.sql': sqlMigration('CREATE TABLE before_module (id int);', 'DROP TABLE before_module;') });
  project.write({ '010_mod.mjs': moduleSource(project.root) });
});
afterAll(async () => {
  await Promise.all(migrators.map((m) => m.close()));
  project?.cleanup();
  await db?.drop();
});

describe('dry run with a module migration', () => {
  it('up --dry-run (CLI) prints a note in its place, runs none of its code, and exits 0', async () => {
    const res = await runCli(['up', '--dry-run', '--dir', 'migrations', '--url', db.url], { cwd: project.root });
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(res.stdout).toContain('CREATE TABLE before_module (id int);');
    expect(res.stdout).toMatch(new RegExp(`^-- (migrations/)?${NOTE.replace(/[.*]/g, '\\$&')}$`, 'm'));
    expect(ranMarkers()).toEqual([]);
  });

  it('up with dryRun (library) returns the script without importing the module', async () => {
    const result = await (await migrator()).up({ dryRun: true });
    expect(result.dryRun).toBe(true);
    expect(result.script).toContain(NOTE);
    expect(result.script?.indexOf('CREATE TABLE before_module')).toBeLessThan(result.script?.indexOf(NOTE) ?? -1);
    expect(ranMarkers()).toEqual([]);
    const c = await db.client();
    expect((await c.query("select to_regclass('before_module') is null as none")).rows[0].none).toBe(true);
  });

  it('down --dry-run (CLI and library) does not run the module either', async () => {
    const up = await runCli(['up', '--dir', 'migrations', '--url', db.url], { cwd: project.root });
    expect(up.code, up.stdout + up.stderr).toBe(0);
    expect(ranMarkers()).toEqual(['top-level-ran', 'up-ran']);
    clearMarkers();

    const cli = await runCli(['down', '--dry-run', '--dir', 'migrations', '--url', db.url], { cwd: project.root });
    expect(cli.code, cli.stdout + cli.stderr).toBe(0);
    expect(cli.stdout).toContain(NOTE);
    const lib = await (await migrator()).down({ dryRun: true });
    expect(lib.script).toContain(NOTE);
    expect(ranMarkers()).toEqual([]);
    const c = await db.client();
    expect((await c.query("select to_regclass('from_module') is not null as still")).rows[0].still).toBe(true);
  });

  it('a default-export or CommonJS object with transaction: false shows as outside a transaction in the script', async () => {
    const p = tempProject({
      '001_obj.mjs': "export default { transaction: false, async up(ctx) { await ctx.exec('select 1'); }, async down() {} };\n",
      '002_cjs.cjs': "module.exports = { transaction: false, up: async (ctx) => { await ctx.exec('select 2'); }, down: async () => {} };\n",
      '003_plain.mjs': "export async function up(ctx) { await ctx.exec('select 3'); }\nexport async function down() {}\n",
    });
    try {
      const m = await createMigrator({ cwd: p.root, dir: 'migrations', url: db.url, historySchema: 'dry_obj' });
      migrators.push(m);
      const script = (await m.up({ dryRun: true })).script ?? '';
      // The line before each module's note: `begin; set local ...` in a transaction, a plain `set ...` outside one.
      const lines = script.split('\n');
      // Skipping the module guard's idle_in_transaction_session_timeout, set right before every module runs.
      const before = (name: string): string =>
        lines.slice(0, lines.findIndex((l) => l.includes(`${name}: module migration`))).reverse().find((l) => !l.startsWith('set idle_in_transaction_session_timeout') && !l.startsWith('set local idle_in_transaction_session_timeout')) ?? '';
      expect(before('001_obj.mjs')).toMatch(/^set lock_timeout/);
      expect(before('002_cjs.cjs')).toMatch(/^set lock_timeout/);
      expect(before('003_plain.mjs')).toMatch(/^begin; set local lock_timeout/);
    } finally {
      p.cleanup();
    }
  });
});
