/** `history --version V` filters by migration; only `lockstep --version` (before any command) prints the program version. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LOCKSTEP_VERSION } from '../../src/core/version-info.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject } from '../support/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('history_version');
});
afterAll(async () => {
  await db.drop();
});

it('history --version V shows that migration, lockstep --version / -V still print the program version', async () => {
  const p = tempProject({
    '001_a.sql': sqlMigration('CREATE TABLE a (id int);', 'DROP TABLE a;'),
    '002_b.sql': sqlMigration('CREATE TABLE b (id int);', 'DROP TABLE b;'),
  });
  const common = ['--dir', p.dir, '--url', db.url];
  expect((await runCli(['up', ...common], { cwd: p.root })).code).toBe(0);
  const r = await runCli(['history', '--version', '002', '--json', ...common], { cwd: p.root });
  expect(r.code, r.stderr).toBe(0);
  const report = JSON.parse(r.stdout) as { migrations: Array<{ version: string }>; events: Array<{ version: string }> };
  expect(report.migrations.map((m) => m.version)).toEqual(['002']);
  expect(report.events.every((e) => e.version === '002')).toBe(true);
  // Versions compare as numbers: 2 is 002. Something that cannot name a migration is a usage error.
  const numeric = JSON.parse((await runCli(['history', '--version', '2', '--json', ...common], { cwd: p.root })).stdout) as typeof report;
  expect(numeric.migrations.map((m) => m.version)).toEqual(['002']);
  expect(numeric.events.length).toBeGreaterThan(0);
  const bad = await runCli(['history', '--version', 'a;b', ...common], { cwd: p.root });
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('LOCKSTEP_E_USAGE');

  for (const flag of ['--version', '-V']) {
    const v = await runCli([flag]);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toBe(LOCKSTEP_VERSION);
  }
  // the common options still work after the command name
  const status = await runCli(['status', '--json', ...common], { cwd: p.root });
  expect(status.code, status.stderr).toBe(0);
  p.cleanup();
}, 60_000);
