/**
 * `lockstep plan` lints pending migrations as `up`'s gate does: a type change is judged from the target's
 * column type, and from what the pending migrations before it declare.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PlanReport } from '../../src/api/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';

let db: TestDatabase;
let project: TempProject;

beforeAll(async () => {
  db = await createTestDatabase('plan_coltypes');
  project = tempProject({ '001_gadgets.sql': sqlMigration('CREATE TABLE gadgets (id int PRIMARY KEY, label varchar(50), code text);', 'DROP TABLE gadgets;') });
  const up = await runCli(['up', '--dir', project.dir, '--url', db.url], { cwd: project.root });
  expect(up.code, up.stderr).toBe(0);
  project.write({
    '002_widen.sql': sqlMigration('ALTER TABLE gadgets ALTER COLUMN label TYPE varchar(120);', 'SELECT 1;'),
    '003_narrow.sql': sqlMigration('ALTER TABLE gadgets ALTER COLUMN label TYPE varchar(100);', 'SELECT 1;'),
  });
});

afterAll(async () => {
  project?.cleanup();
  await db?.drop();
});

it("judges type changes from the target's types and the pending migrations before them", async () => {
  const r = await runCli(['plan', '--dir', project.dir, '--url', db.url, '--json'], { cwd: project.root });
  expect([0, 1]).toContain(r.code);
  const report = JSON.parse(r.stdout) as PlanReport;
  const typeFindings = (version: string) => report.migrations.find((m) => m.version === version)?.findings.filter((f) => f.rule === 'changing-column-type') ?? [];
  // varchar(50) → varchar(120), known from the target's catalog: no finding (without it: "no rewrite only if …").
  expect(typeFindings('002')).toEqual([]);
  // varchar(120), as 002 declares it → varchar(100): a rewrite, named as such.
  expect(typeFindings('003')[0]?.message).toMatch(/varchar\(120\) to varchar\(100\)/);
}, 60_000);
