/**
 * `lockstep plan` end to end through the CLI: SQL errors with file:line:col, verdicts and exit codes,
 * the three output formats, and a plan against a target whose live schema is loaded into the shadow.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PlanReport } from '../../src/api/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';

let db: TestDatabase;
let project: TempProject;

beforeAll(async () => {
  db = await createTestDatabase('plan_cli');
  project = tempProject({
    '001_widgets.sql': sqlMigration("CREATE TABLE widgets (id int PRIMARY KEY, name text NOT NULL);\nINSERT INTO widgets SELECT g, 'w' || g FROM generate_series(1, 100) g;", 'DROP TABLE widgets;'),
  });
  const up = await runCli(['up', '--dir', project.dir, '--url', db.url], { cwd: project.root });
  expect(up.code, up.stderr).toBe(0);
  project.write({
    '002_widget_color.sql': sqlMigration('ALTER TABLE widgets ADD COLUMN color text;', 'ALTER TABLE widgets DROP COLUMN color;'),
    '003_broken.sql': sqlMigration('ALTER TABLE widgets ADD COLUMN weight int;\nUPDATE widgets\n  SET weight = nope + 1;', 'ALTER TABLE widgets DROP COLUMN weight;'),
    '004_after.sql': sqlMigration('ALTER TABLE widgets ADD COLUMN size int;', 'ALTER TABLE widgets DROP COLUMN size;'),
  });
});

afterAll(async () => {
  project?.cleanup();
  await db?.drop();
});

it('reports a failing statement with file:line:col, blocks it and the ones after it, and exits 1', async () => {
  const r = await runCli(['plan', '--dir', project.dir, '--url', db.url, '--json'], { cwd: project.root });
  expect(r.code, r.stderr).toBe(1);
  const report = JSON.parse(r.stdout) as PlanReport;
  // A shadow of the target's major version, built from its live schema.
  expect(report.shadow).toMatchObject({ kind: 'local', source: 'live-schema' });
  expect(report.migrations.map((m) => [m.version, m.verdict])).toEqual([['002', 'safe'], ['003', 'blocked'], ['004', 'blocked']]);
  const broken = report.migrations[1];
  // The server's error position, mapped back to the file: "nope" on line 4, column 16.
  expect(broken?.trace?.error).toMatchObject({ sqlState: '42703', location: { file: expect.stringContaining('003_broken.sql'), line: 4, column: 16 } });
  expect(broken?.reasons[0]).toMatchObject({ level: 'blocked', code: 'sql-error' });
  expect(report.migrations[2]?.reasons.map((x) => x.code)).toEqual(['earlier-failed']);
  expect(report.summary).toEqual({ safe: 1, attention: 0, blocked: 2 });
}, 60_000);

it('prints human and Markdown reports, and --fail-on never exits 0', async () => {
  const human = await runCli(['plan', '--dir', project.dir, '--url', db.url, '--to', '002'], { cwd: project.root });
  expect(human.code, human.stderr).toBe(0);
  expect(human.stdout).toContain('SAFE  002 widget_color');
  expect(human.stdout).toContain('AccessExclusiveLock public.widgets');
  expect(human.stdout).toContain('+ added column public.widgets.color');
  expect(human.stdout).toContain('public.widgets: ~100 rows');
  expect(human.stdout).toContain('Summary: 1 safe, 0 need attention, 0 blocked');
  const md = await runCli(['plan', '--dir', project.dir, '--url', db.url, '--format', 'markdown', '--fail-on', 'never'], { cwd: project.root });
  expect(md.code, md.stderr).toBe(0);
  expect(md.stdout).toMatch(/^### Lockstep plan: 1 safe, 0 need attention, 2 blocked/);
  expect(md.stdout).toContain('| `003` broken | ⛔ blocked |');
  expect(md.stdout).toContain('**sql-error** `');
  expect(md.stdout).toContain('003_broken.sql:4:16`: migration 003 failed: column "nope" does not exist');
}, 60_000);

it('says there is nothing to plan when nothing is pending', async () => {
  const r = await runCli(['plan', '--dir', project.dir, '--url', db.url, '--to', '001'], { cwd: project.root });
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toContain('Nothing to plan: no pending migrations.');
});

it('reads the shadow URL from LOCKSTEP_SHADOW_URL', async () => {
  const r = await runCli(['plan', '--dir', project.dir, '--url', db.url, '--to', '002', '--json'], { cwd: project.root, env: { LOCKSTEP_SHADOW_URL: db.url } });
  expect(r.code, r.stderr).toBe(0);
  expect((JSON.parse(r.stdout) as PlanReport).shadow).toMatchObject({ kind: 'server', name: expect.stringMatching(/^lockstep_shadow_/) });
}, 60_000);
