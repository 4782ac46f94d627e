/**
 * Module migrations in every documented style, and a TypeScript config file, through the built CLI: a real
 * Node process, so CommonJS interop is Node's own (vitest's module runner interops differently). The
 * project has no package.json, so nothing says "type": "module".
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, tempProject, type TempProject } from '../support/fixtures.js';

let db: TestDatabase;
let project: TempProject;

const ddl = (t: string) => ({ up: `CREATE TABLE ${t} (id int)`, down: `DROP TABLE ${t}` });
const named = (t: string, ts: boolean) => {
  const a = ts ? 'ctx: any' : 'ctx';
  return `export async function up(${a}) { await ctx.exec('${ddl(t).up}'); }\nexport async function down(${a}) { await ctx.exec('${ddl(t).down}'); }\n`;
};
const defaultObject = (t: string, ts: boolean) => {
  const a = ts ? 'ctx: any' : 'ctx';
  return `export default {\n  async up(${a}) { await ctx.exec('${ddl(t).up}'); },\n  async down(${a}) { await ctx.exec('${ddl(t).down}'); },\n};\n`;
};
// Node's CommonJS lexer detects only `up` as a named export of this one.
const moduleExports = (t: string, ts: boolean) => {
  const a = ts ? '(ctx: any)' : '(ctx)';
  return `module.exports = {\n  up: async ${a} => ctx.exec('${ddl(t).up}'),\n  down: async ${a} => ctx.exec('${ddl(t).down}'),\n};\n`;
};

const MIGRATIONS: Record<string, string> = {
  '001_named.ts': named('s_named_ts', true),
  '002_def.ts': defaultObject('s_def_ts', true),
  '003_def.mts': defaultObject('s_def_mts', true),
  '004_def.cts': defaultObject('s_def_cts', true),
  '005_cjs.cts': moduleExports('s_cjs_cts', true),
  '006_named.mjs': named('s_named_mjs', false),
  '007_def.mjs': defaultObject('s_def_mjs', false),
  '008_cjs.cjs': moduleExports('s_cjs_cjs', false),
  '009_cjs.js': moduleExports('s_cjs_js', false),
};
const TABLES = Object.values(MIGRATIONS).map((src) => /CREATE TABLE (\w+)/.exec(src)?.[1]);

async function tables(): Promise<string[]> {
  const c = await db.client();
  const r = await c.query<{ t: string }>("select tablename as t from pg_tables where tablename like 's\\_%' order by 1");
  await c.end();
  return r.rows.map((x) => x.t);
}

beforeAll(async () => {
  db = await createTestDatabase('module_styles');
  project = tempProject(MIGRATIONS);
});
afterAll(async () => {
  project?.cleanup();
  await db?.drop();
});

describe('module migration styles through the CLI', () => {
  it('applies and rolls back every documented style', async () => {
    const up = await runCli(['up', '--dir', project.dir, '--url', db.url], { cwd: project.root });
    expect(up.code, up.stderr + up.stdout).toBe(0);
    expect(await tables()).toEqual([...TABLES].sort());
    const down = await runCli(['down', '--to', '0', '--dir', project.dir, '--url', db.url], { cwd: project.root });
    expect(down.code, down.stderr + down.stdout).toBe(0);
    expect(await tables()).toEqual([]);
  });

  it('reads a lockstep.config.ts that uses `export default { ... }`', async () => {
    writeFileSync(join(project.root, 'lockstep.config.ts'),
      `export default {\n  dir: 'migrations',\n  environments: { dev: { url: ${JSON.stringify(db.url)} } },\n};\n`);
    const status = await runCli(['status', '--env', 'dev', '--json'], { cwd: project.root });
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toContain('009');
  });
});
