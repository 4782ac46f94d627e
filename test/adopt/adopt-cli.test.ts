/**
 * End to end, through the built CLI, for every tool whose layout Lockstep reads: a database half-migrated by
 * the tool (its history table and rows as the tool writes them); `up` and `down` refuse and change nothing,
 * `adopt --dry-run` lists and writes nothing, `adopt` records exactly the applied ones, `up` applies the rest.
 */
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli } from '../support/fixtures.js';
import { fixtureCopy, historyKeys } from './support/fixture-files.js';
import { TOOL_FIXTURES, upSql, type ToolFixture } from './support/tool-histories.js';

/** Where the tool keeps the time it ran a migration (tools that keep one). */
const TIME_COLUMN: Readonly<Record<string, string>> = {
  goose: 'goose_db_version.tstamp',
  'sql-migrate': 'gorp_migrations.applied_at',
  'node-pg-migrate': 'pgmigrations.run_on',
  diesel: '__diesel_schema_migrations.run_on',
  sqlx: '_sqlx_migrations.installed_on',
};

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function project(f: ToolFixture): Promise<{ db: TestDatabase; root: string; dir: string; cli(...args: string[]): ReturnType<typeof runCli> }> {
  const db = await createTestDatabase(`adopt_cli_${f.tool}`);
  const { root, dir } = fixtureCopy(f);
  cleanups.push(async () => {
    await db.drop();
    rmSync(root, { recursive: true, force: true });
  });
  return { db, root, dir, cli: (...args) => runCli([...args, '--dir', dir, '--url', db.url], { cwd: root }) };
}

const tableExists = async (db: TestDatabase, name: string): Promise<boolean> =>
  (await (await db.client()).query('select to_regclass($1) is not null as ok', [name])).rows[0].ok as boolean;

async function lockstepRows(db: TestDatabase): Promise<Array<{ version: string; applied_at: Date }>> {
  if (!(await tableExists(db, 'lockstep.migrations'))) return [];
  return (await (await db.client()).query('select version, applied_at from lockstep.migrations order by version')).rows;
}

describe.each(TOOL_FIXTURES)('$tool', (f) => {
  it('up refuses, adopt records what the tool applied, up applies the rest', async () => {
    const { db, root, dir, cli } = await project(f);
    const total = (await historyKeys(dir, root, Infinity)).length;
    const c = await db.client();
    await f.create(c);
    for (const m of f.migrations.slice(0, 2)) {
      await c.query(upSql(f, m, dir));
      await f.record(c, m, dir);
    }
    const time = TIME_COLUMN[f.tool];
    if (time) {
      const [table, column] = time.split('.');
      await c.query(`update ${table} set ${column} = '2020-01-02 03:04:05'`);
    }

    // status says whose history is there, and that up waits for adopt
    const status = await cli('status', '--json');
    expect(status.code, status.stderr).toBe(0);
    expect((JSON.parse(status.stdout) as { foreignHistory: unknown[] }).foreignHistory).toEqual([expect.objectContaining({ tool: f.tool, ran: 2 })]);
    expect((await cli('status')).stdout).toContain(`This database holds ${f.tool}'s history`);

    for (const command of ['up', 'down']) {
      const refused = await cli(command);
      expect(refused.code, refused.stderr).toBe(6);
      expect(refused.stderr).toContain('LOCKSTEP_E_FOREIGN_HISTORY');
      expect(refused.stderr).toContain('lockstep adopt');
    }
    expect(await tableExists(db, f.tool === 'prisma' ? '"Review"' : 'reviews')).toBe(false);
    expect(await lockstepRows(db)).toEqual([]);

    const dry = await cli('adopt', '--dry-run', '--json');
    expect(dry.code, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ tool: f.tool, dryRun: true, recorded: f.migrations.slice(0, 2).map((m) => m.id) });
    expect(await lockstepRows(db)).toEqual([]);

    const adopted = await cli('adopt');
    expect(adopted.code, adopted.stderr).toBe(0);
    expect(adopted.stdout).toContain('Recorded 2 migration(s) as applied');
    const rows = await lockstepRows(db);
    expect(rows.map((r) => r.version)).toEqual(await historyKeys(dir, root, 2));
    if (time) {
      // The tool's column is a timestamp in the session's time zone; the server says which instant that is.
      const instant = (await c.query(`select '2020-01-02 03:04:05'::timestamp::timestamptz as t`)).rows[0].t as Date;
      expect(rows.map((r) => r.applied_at.toISOString())).toEqual(rows.map(() => instant.toISOString()));
    }

    const up = await cli('up');
    expect(up.code, up.stderr).toBe(0);
    expect(up.stdout).toContain(`${total - 2} migration(s) applied`);
    expect(await tableExists(db, f.tool === 'prisma' ? '"Review"' : 'reviews')).toBe(true);
    expect((await lockstepRows(db)).map((r) => r.version).sort()).toEqual((await historyKeys(dir, root, total)).sort());
  });
});

describe('refusals through the CLI', () => {
  it('a dirty golang-migrate version: adopt exits 6 naming it, and records nothing until --failed-as', async () => {
    const f = TOOL_FIXTURES.find((x) => x.tool === 'golang-migrate');
    if (!f?.fail) throw new Error('fixture');
    const { db, root, dir, cli } = await project(f);
    const c = await db.client();
    await f.create(c);
    const [first, second] = f.migrations;
    if (!first || !second) throw new Error('fixture');
    await c.query(upSql(f, first, dir));
    await f.fail(c, second, dir);

    const refused = await cli('adopt', '--json');
    expect(refused.code).toBe(6);
    expect(JSON.parse(refused.stdout).error).toMatchObject({ code: 'LOCKSTEP_E_ADOPT_FAILED' });
    expect(refused.stderr).toContain('--failed-as');
    expect(await lockstepRows(db)).toEqual([]);

    const rolledBack = await cli('adopt', '--failed-as', 'rolled-back');
    expect(rolledBack.code, rolledBack.stderr).toBe(0);
    expect((await lockstepRows(db)).map((r) => r.version)).toEqual(await historyKeys(dir, root, 1));
  });

  // A folder of .up.sql/.down.sql pairs is golang-migrate's or sqlx's: the history on the database says whose.
  it('a pair folder on a database holding both golang-migrate\'s and sqlx\'s history: adopt asks, --tool sqlx takes sqlx\'s', async () => {
    const f = TOOL_FIXTURES.find((x) => x.tool === 'sqlx');
    const g = TOOL_FIXTURES.find((x) => x.tool === 'golang-migrate');
    if (!f || !g) throw new Error('fixture');
    const { db, dir, cli } = await project(f);
    const c = await db.client();
    await f.create(c);
    await g.create(c);
    const [first] = f.migrations;
    if (!first) throw new Error('fixture');
    await c.query(upSql(f, first, dir));
    await f.record(c, first, dir);

    const ambiguous = await cli('adopt', '--dry-run');
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('LOCKSTEP_E_ADOPT_AMBIGUOUS');
    expect(ambiguous.stderr).toContain('sqlx (public._sqlx_migrations)');
    expect(ambiguous.stderr).toContain('golang-migrate (public.schema_migrations)');
    const dry = await cli('adopt', '--dry-run', '--json', '--tool', 'sqlx');
    expect(dry.code, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ tool: 'sqlx', table: 'public._sqlx_migrations', recorded: [first.id] });
  });

  it('a bad --tool or --failed-as is a usage error', async () => {
    const f = TOOL_FIXTURES[0];
    if (!f) throw new Error('fixture');
    const { cli } = await project(f);
    expect((await cli('adopt', '--tool', 'liquibase')).code).toBe(2);
    expect((await cli('adopt', '--failed-as', 'maybe')).code).toBe(2);
  });

  it('an empty database with no history: adopt says there is nothing to adopt', async () => {
    const f = TOOL_FIXTURES[0];
    if (!f) throw new Error('fixture');
    const { cli } = await project(f);
    const r = await cli('adopt');
    expect(r.code).toBe(6);
    expect(r.stderr).toContain('LOCKSTEP_E_ADOPT_NOT_FOUND');
  });
});
