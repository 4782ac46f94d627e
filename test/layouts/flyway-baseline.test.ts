/**
 * Flyway baseline migrations (`B<version>__…`) against the real server, through the CLI: on an empty database the
 * latest baseline at or below the target runs in place of the versioned migrations it stands for; on a database with
 * migrations applied baselines are ignored; a Flyway history with a SQL_BASELINE row is adopted as that picture; and
 * status, plan, up --dry-run and up agree on what is pending. Fixtures are written here, in Flyway's format.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { flywayChecksum } from '../../src/adopt/tool-checksums.js';
import { adminUrl, createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, tempProject, type TempProject } from '../support/fixtures.js';
import { shareServerShadows } from '../support/server-shadows.js';

shareServerShadows();

const V1 = 'CREATE TABLE a (id bigint PRIMARY KEY);\n';
const V2 = 'ALTER TABLE a ADD COLUMN b int;\n';
const V3 = 'CREATE TABLE c (id bigint PRIMARY KEY);\n';
const V4 = 'ALTER TABLE c ADD COLUMN d int;\n';
const V5 = 'CREATE TABLE e (id bigint PRIMARY KEY);\n';
// B2 stands for V1..V2, B4 for V1..V4; each differs from the versioned path in a way the tests can see (a comment
// column), so which one ran shows in the catalog.
const B2 = 'CREATE TABLE a (id bigint PRIMARY KEY, b int);\nCOMMENT ON TABLE a IS \'from B2\';\n';
const B4 = 'CREATE TABLE a (id bigint PRIMARY KEY, b int);\nCREATE TABLE c (id bigint PRIMARY KEY, d int);\nCOMMENT ON TABLE a IS \'from B4\';\n';

const FILES: Readonly<Record<string, string>> = {
  'V1__a.sql': V1, 'V2__b.sql': V2, 'B2__to_two.sql': B2, 'V3__c.sql': V3, 'V4__d.sql': V4, 'B4__to_four.sql': B4, 'V5__e.sql': V5,
  'R__view.sql': 'CREATE OR REPLACE VIEW av AS SELECT id FROM a;\n',
};

interface Item { readonly id: string; readonly state: string; readonly ignored: string | null }

const dbs: TestDatabase[] = [];
const projects: TempProject[] = [];
afterEach(() => {
  for (const p of projects.splice(0)) p.cleanup();
});
afterAll(async () => {
  for (const db of dbs) await db.drop();
});

async function setup(files: Readonly<Record<string, string>> = FILES): Promise<{ db: TestDatabase; p: TempProject; common: string[] }> {
  const db = await createTestDatabase('flyway_b');
  dbs.push(db);
  const p = tempProject(files);
  projects.push(p);
  return { db, p, common: ['--dir', p.dir, '--url', db.url] };
}

async function status(p: TempProject, common: readonly string[], extra: readonly string[] = []): Promise<Item[]> {
  const r = await runCli(['status', ...common, '--json', ...extra], { cwd: p.root });
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { migrations: Item[] }).migrations;
}

const states = (items: readonly Item[]): Record<string, string> => Object.fromEntries(items.map((i) => [i.id, i.state]));

async function up(p: TempProject, common: readonly string[], extra: readonly string[] = []): Promise<string[]> {
  const r = await runCli(['up', ...common, '--no-lint', '--json', ...extra], { cwd: p.root });
  expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
  return (JSON.parse(r.stdout) as { done: Array<{ version: string }> }).done.map((a) => a.version);
}

async function tableComment(db: TestDatabase, table: string): Promise<string | null> {
  const c = await db.client();
  const r = await c.query<{ c: string | null }>('select obj_description(to_regclass($1), \'pg_class\') as c', [table]);
  return r.rows[0]?.c ?? null;
}

describe('Flyway baseline migrations', () => {
  it('an empty database takes the latest baseline, then only the versions after it; status, plan and up --dry-run agree', async () => {
    const { db, p, common } = await setup();
    expect(states(await status(p, common))).toEqual({ 1: 'ignored', 2: 'ignored', B2: 'ignored', 3: 'ignored', 4: 'ignored', B4: 'pending', 5: 'pending', R__view: 'pending' });
    const plan = await runCli(['plan', ...common, '--shadow-url', adminUrl(), '--json', '--fail-on', 'never'], { cwd: p.root });
    expect(plan.code, plan.stderr).toBe(0);
    expect((JSON.parse(plan.stdout) as { migrations: Array<{ version: string }> }).migrations.map((m) => m.version)).toEqual(['B4', '5', 'R__view']);
    const dry = await runCli(['up', ...common, '--dry-run', '--no-lint'], { cwd: p.root });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('3 migration(s) would be applied');
    expect(dry.stdout).toContain('from B4');
    expect(dry.stdout).not.toContain('from B2');

    expect(await up(p, common)).toEqual(['B4', '5', 'R__view']);
    expect(await tableComment(db, 'a')).toBe('from B4');
    const after = await status(p, common);
    expect(states(after)).toEqual({ 1: 'ignored', 2: 'ignored', B2: 'ignored', 3: 'ignored', 4: 'ignored', B4: 'applied', 5: 'applied', R__view: 'applied' });
    expect(after.find((i) => i.id === '3')?.ignored).toMatch(/covered by the baseline migration B4/);
    // Nothing left: a second up does nothing, and a new version after it runs.
    expect(await up(p, common)).toEqual([]);
    p.write({ 'V6__f.sql': 'CREATE TABLE f (id bigint PRIMARY KEY);\n' });
    expect(await up(p, common)).toEqual(['6']);
  });

  it('with a target below a baseline, takes the latest baseline at or below it', async () => {
    const { db, p, common } = await setup();
    expect(states(await status(p, common))).toMatchObject({ B4: 'pending' });
    // `--to 3` names V3 (B and V may share a version: the bare version is the versioned one).
    expect(await up(p, common, ['--to', '3'])).toEqual(['B2', '3']);
    expect(await tableComment(db, 'a')).toBe('from B2');
    // Then the database has migrations: B4 is ignored, 4 and 5 run as versioned migrations.
    expect(states(await status(p, common))).toEqual({ 1: 'ignored', B2: 'applied', 2: 'ignored', 3: 'applied', 4: 'pending', B4: 'ignored', 5: 'pending', R__view: 'pending' });
    expect(await up(p, common)).toEqual(['4', '5', 'R__view']);
  });

  it('with a target below every baseline, runs the versioned migrations', async () => {
    const { db, p, common } = await setup();
    expect(await up(p, common, ['--to', '1'])).toEqual(['1']);
    expect(states(await status(p, common))).toMatchObject({ 1: 'applied', 2: 'pending', B2: 'ignored', B4: 'ignored' });
    expect(await up(p, common)).toEqual(['2', '3', '4', '5', 'R__view']);
    expect(await tableComment(db, 'a')).toBeNull();
  });

  it('on a database with migrations applied, baselines are ignored', async () => {
    const { p, common } = await setup({ 'V1__a.sql': V1, 'V2__b.sql': V2 });
    expect(await up(p, common)).toEqual(['1', '2']);
    p.write({ 'B2__to_two.sql': B2, 'V3__c.sql': V3, 'V4__d.sql': V4, 'B4__to_four.sql': B4 });
    const items = await status(p, common);
    expect(states(items)).toEqual({ 1: 'applied', 2: 'applied', B2: 'ignored', 3: 'pending', 4: 'pending', B4: 'ignored' });
    expect(items.find((i) => i.id === 'B4')?.ignored).toMatch(/already has migrations applied/);
    expect(await up(p, common)).toEqual(['3', '4']);
  });

  it('adopts a Flyway history whose empty-database run took a baseline migration (a SQL_BASELINE row)', async () => {
    const { db, p, common } = await setup();
    const c = await db.client();
    // What Flyway leaves after `migrate` on an empty database with B4 and V5: the objects, and its history rows.
    await c.query(B4 + V5);
    await c.query(`CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY, version varchar(50), description varchar(200) NOT NULL,
      type varchar(20) NOT NULL, script varchar(1000) NOT NULL, checksum int, installed_by varchar(100) NOT NULL,
      installed_on timestamp NOT NULL DEFAULT now(), execution_time int NOT NULL, success boolean NOT NULL)`);
    const insert = 'INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success) VALUES ($1, $2, $3, $4, $5, $6, \'flyway\', 1, true)';
    await c.query(insert, [1, '4', 'to four', 'SQL_BASELINE', 'B4__to_four.sql', flywayChecksum(B4)]);
    await c.query(insert, [2, '5', 'e', 'SQL', 'V5__e.sql', flywayChecksum(V5)]);

    const text = await runCli(['adopt', ...common, '--dry-run'], { cwd: p.root });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('1 migration(s) left pending');
    expect(text.stdout).toMatch(/3: flyway never ran it \(.*\); ignored, as `lockstep status` shows it: covered by the baseline migration B4/);
    const adopt = await runCli(['adopt', ...common, '--json'], { cwd: p.root });
    expect(adopt.code, `${adopt.stdout}\n${adopt.stderr}`).toBe(0);
    const verdicts = Object.fromEntries((JSON.parse(adopt.stdout) as { migrations: Array<{ id: string; verdict: string }> }).migrations.map((m) => [m.id, m.verdict]));
    expect(verdicts).toMatchObject({ 1: 'skipped-by-tool', 3: 'skipped-by-tool', 4: 'skipped-by-tool', B2: 'skipped-by-tool', B4: 'applied', 5: 'applied', R__view: 'pending' });
    // What adopt says it leaves to `up` is what status then shows: the covered migrations are ignored, not pending.
    const items = (JSON.parse(adopt.stdout) as { migrations: Array<{ id: string; action: string; ignored?: string }> }).migrations;
    expect(Object.fromEntries(items.map((m) => [m.id, m.action]))).toEqual({ 1: 'ignored', 2: 'ignored', B2: 'ignored', 3: 'ignored', 4: 'ignored', B4: 'record', 5: 'record', R__view: 'leave-pending' });
    expect(items.find((m) => m.id === '3')?.ignored).toMatch(/covered by the baseline migration B4/);
    // The same picture as after Lockstep's own run on an empty database.
    expect(states(await status(p, common))).toEqual({ 1: 'ignored', 2: 'ignored', B2: 'ignored', 3: 'ignored', 4: 'ignored', B4: 'applied', 5: 'applied', R__view: 'pending' });
    expect(await up(p, common)).toEqual(['R__view']);
  });

  it('lockstep baseline: a baseline migration named records it alone; a version records the versioned ones, baselines ignored', async () => {
    const one = await setup();
    await (await one.db.client()).query(B4);
    const r1 = await runCli(['baseline', 'B4', ...one.common], { cwd: one.p.root });
    expect(r1.code, r1.stderr).toBe(0);
    expect(states(await status(one.p, one.common))).toEqual({ 1: 'ignored', 2: 'ignored', B2: 'ignored', 3: 'ignored', 4: 'ignored', B4: 'applied', 5: 'pending', R__view: 'pending' });

    const two = await setup();
    await (await two.db.client()).query(V1 + V2);
    const r2 = await runCli(['baseline', '2', ...two.common], { cwd: two.p.root });
    expect(r2.code, r2.stderr).toBe(0);
    expect(states(await status(two.p, two.common))).toEqual({ 1: 'applied', 2: 'applied', B2: 'ignored', 3: 'pending', 4: 'pending', B4: 'ignored', 5: 'pending', R__view: 'pending' });
    expect(await up(two.p, two.common)).toEqual(['3', '4', '5', 'R__view']);
  });

  it('reads the configured baselineMigrationPrefix, and refuses a baseline whose version cannot be read', async () => {
    const { p, common } = await setup({ 'V1__a.sql': V1, 'V2__b.sql': V2, 'IB2__to_two.sql': B2, 'V3__c.sql': V3 });
    writeFileSync(join(p.root, 'lockstep.config.json'), JSON.stringify({ baselineMigrationPrefix: 'IB' }));
    expect(states(await status(p, common))).toEqual({ 1: 'ignored', 2: 'ignored', B2: 'pending', 3: 'pending' });

    p.write({ 'IB__broken.sql': 'SELECT 1;\n' });
    const r = await runCli(['up', ...common, '--no-lint'], { cwd: p.root });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('LOCKSTEP_E_BAD_FILE_NAME');
    expect(r.stderr).toContain('IB__broken.sql');
  });

  it('lints a baseline migration like any migration', async () => {
    const { p } = await setup({ 'V1__a.sql': V1, 'B1__base.sql': 'CREATE TABLE a (id int);\n' });
    const lint = await runCli(['lint', '--dir', p.dir, '--format', 'json', '--fail-on', 'none'], { cwd: p.root });
    expect(lint.code, lint.stderr).toBe(0);
    const findings = JSON.parse(lint.stdout) as Array<{ rule: string; file: string }>;
    expect(findings.filter((f) => f.file.endsWith('B1__base.sql')).map((f) => f.rule)).toContain('table-without-primary-key');
  });
});
