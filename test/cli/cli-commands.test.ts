/** The CLI's own commands end to end: init, create, CI identity in history, SAFETY notes. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject } from '../support/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('cli_commands');
});
afterAll(async () => {
  await db.drop();
});

it('init creates the directory and a config; create writes each layout from a template', async () => {
  const p = tempProject();
  p.remove('.');
  const init = await runCli(['init'], { cwd: p.root });
  expect(init.code, init.stderr).toBe(0);
  expect(init.stdout).toContain('lockstep.config.json');
  for (const layout of ['single-file', 'pair', 'directory', 'module']) {
    const r = await runCli(['create', `add ${layout} thing`, '--layout', layout, '--json'], { cwd: p.root });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ version: expect.stringMatching(/^\d{14}$/), files: expect.any(Array) });
    await new Promise((res) => setTimeout(res, 1100)); // versions are second-resolution UTC timestamps
  }
  const names = readdirSync(p.dir).sort();
  expect(names.some((n) => n.endsWith('_add_single_file_thing.sql'))).toBe(true);
  expect(names.some((n) => n.endsWith('_add_pair_thing.up.sql'))).toBe(true);
  expect(names.some((n) => n.endsWith('_add_pair_thing.down.sql'))).toBe(true);
  expect(names.some((n) => n.endsWith('_add_directory_thing'))).toBe(true);
  expect(names.some((n) => n.endsWith('_add_module_thing.ts'))).toBe(true);
  const bad = await runCli(['create', 'x', '--layout', 'zip'], { cwd: p.root });
  expect(bad.code).toBe(2);
  // A second init changes nothing, and does not claim to have recorded the migrations it found as adoptedThrough.
  const again = await runCli(['init'], { cwd: p.root });
  expect(again.code, again.stderr).toBe(0);
  expect(again.stdout.trim()).toBe('Already initialised.');
  expect(readFileSync(join(p.root, 'lockstep.config.json'), 'utf8')).not.toContain('adoptedThrough');
  p.cleanup();
}, 30_000);

it('records the CI identity with every event and shows SAFETY notes before a migration runs', async () => {
  const p = tempProject({ '001_a.sql': sqlMigration('CREATE TABLE a (id int);', 'DROP TABLE a;', '-- SAFETY: a is tiny; safe at any time\n-- LOCK: true\n') });
  const env = { GITHUB_SHA: 'abc123def4567890', GITHUB_SERVER_URL: 'https://github.example', GITHUB_REPOSITORY: 'acme/payments', GITHUB_RUN_ID: '42' };
  const up = await runCli(['up', '--dir', p.dir, '--url', db.url, '--verbose'], { cwd: p.root, env });
  expect(up.code, up.stderr).toBe(0);
  expect(up.stderr).toContain('SAFETY: a is tiny; safe at any time');
  expect(up.stderr).toContain('LOCK:');
  expect(up.stderr).toContain('[1/1] CREATE TABLE a (id int)');
  const hist = await runCli(['history', '--dir', p.dir, '--url', db.url, '--json'], { cwd: p.root });
  const report = JSON.parse(hist.stdout) as { events: Array<{ kind: string; ciCommit: string; ciRunUrl: string }> };
  expect(report.events[0]).toMatchObject({ kind: 'apply', ciCommit: 'abc123def4567890', ciRunUrl: 'https://github.example/acme/payments/actions/runs/42' });
  p.cleanup();
});
