/** history --limit takes a whole number from 1 to 10000 (as the HTTP API); anything else is a usage error. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMigrator } from '../../src/api/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject } from '../support/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('history_limit');
});
afterAll(async () => {
  await db.drop();
});

it('history --limit: -3, 1.5, abc, 0, 10001 are LOCKSTEP_E_USAGE (exit 2); 1 limits the events', async () => {
  const p = tempProject({
    '001_a.sql': sqlMigration('CREATE TABLE a (id int);', 'DROP TABLE a;'),
    '002_b.sql': sqlMigration('CREATE TABLE b (id int);', 'DROP TABLE b;'),
  });
  const common = ['--dir', p.dir, '--url', db.url];
  expect((await runCli(['up', ...common], { cwd: p.root })).code).toBe(0);
  for (const bad of ['-3', '1.5', 'abc', '0', '10001', '']) {
    const r = await runCli(['history', '--limit', bad, ...common], { cwd: p.root });
    expect(r.code, `${bad}: ${r.stderr}`).toBe(2);
    expect(r.stderr).toContain('LOCKSTEP_E_USAGE');
    expect(r.stderr).toContain('1 to 10000');
  }
  const one = await runCli(['history', '--limit', '1', '--json', ...common], { cwd: p.root });
  expect(one.code, one.stderr).toBe(0);
  expect((JSON.parse(one.stdout) as { events: unknown[] }).events).toHaveLength(1);

  const m = await createMigrator({ dir: p.dir, url: db.url, cwd: p.root });
  try {
    await expect(m.history({ limit: 0 })).rejects.toMatchObject({ code: 'LOCKSTEP_E_USAGE' });
    await expect(m.history({ limit: 2.5 })).rejects.toMatchObject({ code: 'LOCKSTEP_E_USAGE' });
    expect((await m.history({ limit: 2 })).events).toHaveLength(2);
  } finally {
    await m.close();
  }
  p.cleanup();
}, 60_000);
