/**
 * `fleet plan` and `fleet status` fail as their one-database commands do: plan on a finding at the fail-on level
 * (a sampled target's own, or the static lint's for the targets not sampled), status on a target it cannot read.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';

let db: TestDatabase;
let plain: TestDatabase;
let coordinator: TestDatabase;
let project: TempProject;
let targetsFile: string;

interface PlanJson { sampled: number; total: number; failOn: string; blocking: string[] }

const common = (): string[] => ['--dir', project.dir, '--url', db.url, '--coordinator', coordinator.url, '--fleet', 'exits'];
const config = (lint: Record<string, unknown>): void => writeFileSync(join(project.root, 'lockstep.config.json'), JSON.stringify({ lint }));

beforeAll(async () => {
  db = await createTestDatabase('fleet_exits');
  plain = await createTestDatabase('fleet_exits_plain');
  coordinator = await createTestDatabase('fleet_exits_coord');
  project = tempProject({ '001_a.sql': sqlMigration('CREATE TABLE a (id bigint PRIMARY KEY);', 'DROP TABLE a;') });
  // A whole database and three tenant schemas: table a exists and is empty on every one.
  targetsFile = join(project.root, 'targets.txt');
  writeFileSync(targetsFile, `${plain.url}\n${db.url} t_1\n${db.url} t_2\n${db.url} t_3\n`);
  const up = await runCli(['fleet', 'up', ...common(), '--targets', targetsFile], { cwd: project.root });
  expect(up.code, up.stderr).toBe(0);
  // Statically an error (it fails on a table with a row); on these empty tables the target-aware lint says info.
  project.write({ '002_b.sql': sqlMigration('ALTER TABLE a ADD COLUMN b int NOT NULL;', 'ALTER TABLE a DROP COLUMN b;') });
}, 120_000);

afterAll(async () => {
  await db.drop();
  await plain.drop();
  await coordinator.drop();
  project.cleanup();
});

it('fleet plan fails on a static error-level finding when some targets were not sampled, and names why', async () => {
  const r = await runCli(['fleet', 'plan', ...common(), '--targets', targetsFile, '--sample', '2', '--json'], { cwd: project.root });
  expect(r.code, r.stderr).toBe(1);
  const p = JSON.parse(r.stdout) as PlanJson;
  expect(p).toMatchObject({ sampled: 2, total: 4, failOn: 'error' });
  expect(p.blocking).toEqual(['2 target(s) not sampled: 002 error[adding-not-null-column] migrations/002_b.sql:2 (static lint)']);
  const human = await runCli(['fleet', 'plan', ...common(), '--targets', targetsFile, '--sample', '2'], { cwd: project.root });
  expect(human.code).toBe(1);
  expect(human.stdout).toContain('Plan fails (findings at or above error, or targets not read):');
  // The static lint of the same file fails too.
  const lint = await runCli(['lint', '--dir', project.dir], { cwd: project.root });
  expect(lint.code, lint.stdout).toBe(1);
}, 120_000);

it('every target sampled: each is judged by its own facts, and fleet plan agrees with lockstep plan on it', async () => {
  const all = await runCli(['fleet', 'plan', ...common(), '--targets', targetsFile, '--sample', '4', '--json'], { cwd: project.root });
  expect(all.code, all.stdout).toBe(0);
  expect((JSON.parse(all.stdout) as PlanJson).blocking).toEqual([]);
  const one = await runCli(['plan', '--dir', project.dir, '--url', plain.url], { cwd: project.root });
  expect(one.code, one.stdout + one.stderr).toBe(0);

  // lint.failOn is the one threshold: at warning, the missing statement_timeout blocks both.
  config({ failOn: 'warning' });
  try {
    const fleet = await runCli(['fleet', 'plan', ...common(), '--targets', targetsFile, '--sample', '4', '--json'], { cwd: project.root });
    expect(fleet.code, fleet.stdout).toBe(1);
    const p = JSON.parse(fleet.stdout) as PlanJson;
    expect(p.failOn).toBe('warning');
    expect(p.blocking).toHaveLength(4);
    expect(p.blocking.every((b) => b.includes('warning[require-statement-timeout]'))).toBe(true);
    const single = await runCli(['plan', '--dir', project.dir, '--url', plain.url], { cwd: project.root });
    expect(single.code, single.stdout + single.stderr).toBe(1);
    expect(single.stdout).toContain('blocked   lint:require-statement-timeout');
  } finally {
    config({});
  }
}, 120_000);

it('fleet status fails when a target cannot be read: every other target shown, the unread ones named with a hint', async () => {
  const file = join(project.root, 'with-unreachable.txt');
  writeFileSync(file, `${db.url} t_1\npostgres://postgres@127.0.0.1:1/nowhere t_9\n${db.url} t_2\n`);
  const r = await runCli(['fleet', 'status', ...common(), '--targets', file], { cwd: project.root });
  expect(r.code, r.stderr).toBe(4); // LOCKSTEP_E_DB_UNREACHABLE, as `lockstep status` on that database
  expect(r.stdout).toContain('1 unreachable');
  expect(r.stdout).toMatch(/#t_1 +001/);
  expect(r.stderr).toContain('error[LOCKSTEP_E_DB_UNREACHABLE]: fleet exits: 1 of 3 target(s) could not be read');
  expect(r.stderr).toContain('- postgres://postgres@127.0.0.1:1/nowhere#t_9: LOCKSTEP_E_DB_UNREACHABLE');
  expect(r.stderr).toContain('hint: ');
  const json = await runCli(['fleet', 'status', ...common(), '--targets', file, '--json'], { cwd: project.root });
  expect(json.code).toBe(4);
  const s = JSON.parse(json.stdout) as { summary: { unreachable: number }; error: { code: string; details: { unreachable: Array<{ target: string }> } } };
  expect(s.summary.unreachable).toBe(1);
  expect(s.error.code).toBe('LOCKSTEP_E_DB_UNREACHABLE');
  expect(s.error.details.unreachable.map((t) => t.target)).toEqual(['postgres://postgres@127.0.0.1:1/nowhere#t_9']);

  const ok = await runCli(['fleet', 'status', ...common(), '--targets', targetsFile], { cwd: project.root });
  expect(ok.code, ok.stderr).toBe(0);
}, 120_000);
