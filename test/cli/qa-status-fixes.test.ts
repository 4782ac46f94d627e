/** QA fixes around status and version arguments, end to end against PostgreSQL. */
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject } from '../support/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('qa_status');
});
afterAll(async () => {
  await db.drop();
});

/** 001_t1.sql … with tables <prefix>1 …; each test uses its own history schema and table names. */
function migrations(n: number, prefix = 't'): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 1; i <= n; i++) files[`00${i}_t${i}.sql`] = sqlMigration(`CREATE TABLE ${prefix}${i} (id int);`, `DROP TABLE ${prefix}${i};`);
  return files;
}

it('a rolled-back migration whose file was deleted is not pending: status leaves it out and up ignores it', async () => {
  const p = tempProject(migrations(9));
  const common = ['--dir', p.dir, '--url', db.url];
  const up = await runCli(['up', ...common], { cwd: p.root });
  expect(up.code, up.stderr).toBe(0);
  renameSync(join(p.dir, '004_t4.sql'), join(p.root, '004_t4.sql'));
  const down = await runCli(['down', '--to', '003', ...common], { cwd: p.root });
  expect(down.code, down.stderr).toBe(0);

  const status = await runCli(['status', '--json', ...common], { cwd: p.root });
  expect(status.code, status.stderr).toBe(0);
  const report = JSON.parse(status.stdout) as { migrations: Array<{ version: string; state: string }>; summary: { pending: number } };
  expect(report.migrations.map((m) => m.version)).not.toContain('004');
  expect(report.summary.pending).toBe(5);

  const dry = await runCli(['up', '--dry-run', ...common], { cwd: p.root });
  expect(dry.code, dry.stderr).toBe(0);
  expect(dry.stdout + dry.stderr).not.toContain('LOCKSTEP_E_INTERNAL');
  const again = await runCli(['up', ...common], { cwd: p.root });
  expect(again.code, again.stderr).toBe(0);
  const after = JSON.parse((await runCli(['status', '--json', ...common], { cwd: p.root })).stdout) as { summary: { applied: number; pending: number } };
  expect(after.summary).toMatchObject({ applied: 8, pending: 0 });
  // history still shows what happened to 004
  const hist = await runCli(['history', '--json', ...common], { cwd: p.root });
  expect(JSON.parse(hist.stdout).migrations.some((m: { version: string; status: string }) => m.version === '004' && m.status === 'rolled_back')).toBe(true);
  p.cleanup();
}, 60_000);

it('down with both --step and --to is a usage error and rolls back nothing', async () => {
  const p = tempProject(migrations(5, 'both'));
  const common = ['--dir', p.dir, '--url', db.url, '--history-schema', 'qa_down_both'];
  expect((await runCli(['up', ...common], { cwd: p.root })).code).toBe(0);
  for (const extra of [[], ['--dry-run']]) {
    const r = await runCli(['down', '--step', '2', '--to', '003', ...extra, ...common], { cwd: p.root });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('LOCKSTEP_E_USAGE');
    expect(r.stderr).toContain('not both');
  }
  const status = JSON.parse((await runCli(['status', '--json', ...common], { cwd: p.root })).stdout) as { summary: { applied: number } };
  expect(status.summary.applied).toBe(5);
  // each alone still works
  expect((await runCli(['down', '--step', '1', ...common], { cwd: p.root })).code).toBe(0);
  expect((await runCli(['down', '--to', '003', ...common], { cwd: p.root })).code).toBe(0);
  p.cleanup();
}, 60_000);

it('down --to takes a migration by its file stem (003_t3), as by its version, and a stem of no migration is refused', async () => {
  const p = tempProject(migrations(5, 'stem'));
  const common = ['--dir', p.dir, '--url', db.url, '--history-schema', 'qa_down_stem'];
  expect((await runCli(['up', ...common], { cwd: p.root })).code).toBe(0);
  const wrong = await runCli(['down', '--to', '003_nope', ...common], { cwd: p.root });
  expect(wrong.code, wrong.stderr).not.toBe(0);
  const before = JSON.parse((await runCli(['status', '--json', ...common], { cwd: p.root })).stdout) as { summary: { applied: number } };
  expect(before.summary.applied).toBe(5);
  const down = await runCli(['down', '--to', '003_t3', ...common], { cwd: p.root });
  expect(down.code, down.stderr).toBe(0);
  const after = JSON.parse((await runCli(['status', '--json', ...common], { cwd: p.root })).stdout) as { migrations: Array<{ version: string; state: string }> };
  expect(after.migrations.filter((m) => m.state === 'applied').map((m) => m.version)).toEqual(['001', '002', '003']);
  p.cleanup();
}, 60_000);
