/**
 * SIGTERM stops a runner cleanly: its migrations in flight are cancelled and its claims handed back at once. While
 * it runs, a runner of other migrations is refused by the rollout.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';
import { spawnCli, waitFor } from '../support/spawn-cli.js';

let db: TestDatabase;
let coordinator: TestDatabase;
let project: TempProject;

beforeAll(async () => {
  db = await createTestDatabase('fleet_interrupt');
  coordinator = await createTestDatabase('fleet_interrupt_coord');
  project = tempProject({ '001_slow.sql': sqlMigration('CREATE TABLE slow (id int);\nSELECT pg_sleep(30);', 'DROP TABLE slow;') });
  writeFileSync(join(project.root, 'targets.txt'), 'i_1\ni_2\ni_3\ni_4\n');
}, 60_000);

afterAll(async () => {
  await db.drop();
  await coordinator.drop();
  project.cleanup();
});

it('SIGTERM: exit 143, the statements in flight cancelled and rolled back, no claim left running; other migrations may not join', async () => {
  const runner = spawnCli(['fleet', 'up', '--dir', project.dir, '--url', db.url, '--targets', 'targets.txt', '--coordinator', coordinator.url, '--concurrency', '2', '--lease', '60s'], { cwd: project.root });
  const c = await coordinator.client();
  const running = async (): Promise<number> => (await c.query<{ n: number }>("select count(*)::int as n from lockstep_fleet.targets where state = 'running'").catch(() => ({ rows: [{ n: 0 }] }))).rows[0]?.n ?? 0;
  const target = await db.client();
  // Both workers are inside pg_sleep on their target.
  await waitFor('two migrations in pg_sleep', async () => (await target.query("select 1 from pg_stat_activity where query like '%pg_sleep(30)%' and state = 'active' and pid <> pg_backend_pid()")).rowCount === 2, 60_000, 50);
  expect(await running()).toBe(2);
  // A runner of other migrations may not join the rollout under way.
  const other = tempProject({ '001_slow.sql': sqlMigration('CREATE TABLE other (id int);', 'DROP TABLE other;') });
  try {
    const refused = await runCli(['fleet', 'up', '--dir', other.dir, '--url', db.url, '--targets', join(project.root, 'targets.txt'), '--coordinator', coordinator.url], { cwd: other.root });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('LOCKSTEP_E_FLEET_GOAL');
  } finally {
    other.cleanup();
  }
  runner.child.kill('SIGTERM');
  const exit = await runner.exited;
  expect(exit.code, exit.stderr).toBe(143);
  // Handed back at once (the lease is 60 s): pending again, for the next runner.
  expect(await running()).toBe(0);
  const states = await c.query<{ state: string; n: number }>('select state, count(*)::int as n from lockstep_fleet.targets group by state');
  expect(states.rows).toEqual([{ state: 'pending', n: 4 }]);
  const tables = await target.query("select 1 from information_schema.tables where table_name = 'slow'");
  expect(tables.rowCount).toBe(0);
}, 120_000);
